/**
 * Bytes to text. The charset comes from a byte-order mark, then (HTML only) `<meta charset>` or
 * `<meta http-equiv="content-type" content="…; charset=…">`, then strict UTF-8 validation, then `chardet`.
 * GB2312/GBK labels decode as GB18030 and Big5 as Big5-HKSCS (supersets, as browsers do). One deviation from
 * browsers: bytes that are valid multi-byte UTF-8 decode as UTF-8 even under a legacy `<meta>` label.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ParseError } from './errors.ts';

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Charset labels pages declare → iconv-lite names (a Map: labels come from the page, `constructor` too). */
const LABELS: ReadonlyMap<string, string> = new Map([
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['x-gbk', 'gb18030'],
  ['euc-cn', 'gb18030'],
  ['cp936', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['big5', 'big5hkscs'],
  ['big5-hkscs', 'big5hkscs'],
  ['x-x-big5', 'big5hkscs'],
  ['cp950', 'big5hkscs'],
  ['utf-8', 'utf8'],
  ['utf8', 'utf8'],
  ['iso-8859-1', 'windows-1252'],
  ['us-ascii', 'utf8'],
  ['ascii', 'utf8'],
]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** `utf16le`/`utf16be` when the bytes look like BOM-less UTF-16 (every other byte zero), else undefined. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.6 && evenZero < half * 0.1) return 'utf16le';
  if (evenZero > half * 0.6 && oddZero < half * 0.1) return 'utf16be';
  return undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf16be';
  return undefined;
}

/** A description of the binary format when the bytes are not text ("PNG image", "binary data"), else undefined. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  if (bomCharset(bytes) || sniffUtf16(bytes)) return undefined;
  for (const [kind, magic] of MAGIC) if (startsWith(bytes, magic)) return kind;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return 'NUL bytes';
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.02 ? 'control characters' : undefined;
}

function normaliseLabel(label: string): string | undefined {
  const key = label.trim().toLowerCase();
  const charset = LABELS.get(key) ?? key;
  return iconv.encodingExists(charset) ? charset : undefined;
}

/** The charset a `<meta>` tag in the first 4 KB declares, if iconv-lite knows it. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m?.[1]) {
      const charset = normaliseLabel(m[1]);
      // A page that can declare utf-16 in ASCII bytes is not utf-16 (the HTML standard reads it as utf-8).
      if (charset) return /^utf-?16/.test(charset) ? 'utf8' : charset;
    }
  }
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function sniff(bytes: Uint8Array): string | undefined {
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  if (isUtf8(bytes)) return 'utf8';
  const detected = chardet.detect(bytes.subarray(0, 65536));
  return detected ? normaliseLabel(detected) : undefined;
}

function replacementCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** Tolerates a few broken characters (real pages have them), not a wrong guess. */
function decodesCleanly(text: string): boolean {
  const bad = replacementCount(text);
  return bad <= 3 || bad <= text.length * 0.001;
}

/** Charsets to try, cheapest evidence first; computed lazily so that chardet runs only when needed. */
function* candidates(bytes: Uint8Array, html: boolean): Generator<string | undefined> {
  yield bomCharset(bytes);
  const declared = html ? metaCharset(bytes) : undefined;
  // Pages re-encoded to UTF-8 often keep their old `charset=gb2312`: valid multi-byte UTF-8 wins over the label.
  if (declared && declared !== 'utf8' && hasMultibyte(bytes) && isUtf8(bytes)) yield 'utf8';
  yield declared;
  yield sniff(bytes);
}

/**
 * Decodes `bytes` (the whole file). `html` enables the `<meta>` charset step. Throws a ParseError naming `name`
 * when no charset decodes the bytes without many replacement characters.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { html?: boolean } = {}): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tried: string[] = [];
  for (const charset of candidates(bytes, options.html ?? false)) {
    if (!charset || tried.includes(charset)) continue;
    tried.push(charset);
    const text = charset === 'utf8' ? buffer.toString('utf8') : iconv.decode(buffer, charset);
    if (decodesCleanly(text)) return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const what = tried.length ? `as ${tried.join(', ')}` : 'with any known charset';
  throw new ParseError(name, `cannot decode the text ${what} (too many invalid byte sequences)`);
}
