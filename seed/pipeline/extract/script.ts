import * as OpenCC from 'opencc-js';

/**
 * Script handling. The rules read a simplified, NFKC-folded copy of the text that has exactly the same length
 * as `article.text`, so every offset found in the copy is an offset into the original: full-width commas and
 * brackets fold to ASCII, traditional characters become simplified, and any character whose folding would change
 * the length is left as it is.
 */

type Convert = (text: string) => string;
let toSimplifiedFn: Convert | undefined;
let toTraditionalFn: Convert | undefined;

function t2s(): Convert {
  // From Hong Kong forms: every traditional character the Taiwan-standard table knows, and HK variants (衞 → 卫) too.
  toSimplifiedFn ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplifiedFn;
}

function s2t(): Convert {
  toTraditionalFn ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return toTraditionalFn;
}

/** NFKC per UTF-16 unit where that keeps the length (，→ , （→ ( Ａ→A), else the unit unchanged. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    // Han characters and CJK punctuation other than the ideographic space are NFKC-stable: skip the call.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) || (code > 0x3000 && code <= 0x303f)) {
      out += ch;
      continue;
    }
    const folded = ch.normalize('NFKC');
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}

let convertible: Set<number> | undefined;

/** Han characters the traditional → simplified conversion changes on their own (computed once). */
function traditionalCharacters(): Set<number> {
  if (!convertible) {
    // One character per line, so the converter's phrase table never joins neighbours.
    const chars: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
    const converted = t2s()(chars.join('\n')).split('\n');
    const set = new Set<number>();
    if (converted.length === chars.length) {
      chars.forEach((ch, i) => {
        if (converted[i] !== ch) set.add(ch.charCodeAt(0));
      });
    }
    convertible = set;
  }
  return convertible;
}

/** Traditional → simplified, same length (whole-text conversion when it keeps the length, else per character). */
export function toSimplifiedSameLength(text: string): string {
  // Simplified text holds a few characters the converter would touch (variants); three or more mean work.
  const set = traditionalCharacters();
  let seen = set.size === 0 ? 3 : 0;
  for (let i = 0; i < text.length && seen < 3; i++) if (set.has(text.charCodeAt(i))) seen++;
  if (seen < 3) return text;
  const whole = t2s()(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const converted = t2s()(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

export interface AnalysisText {
  /** Same length as the original; simplified and width-folded. */
  text: string;
  /** Whether the original is written in traditional characters. */
  traditional: boolean;
}

/**
 * Characters of the simplified standard (GB2312) that the converter reads as traditional variants (乾 → 干, 於 → 于,
 * 徵 → 征): on a simplified page they are the page's own characters, and a name keeps them (济南乾元, 於立新).
 */
const SIMPLIFIED_VARIANTS = new Set('乾於徵夥後麽菸薹拚捱摺吒榘袷麴醣');

/** The copy of `text` the rules read (see the module comment). */
export function analysisText(text: string): AnalysisText {
  const folded = foldWidth(text);
  let simplified = toSimplifiedSameLength(folded);
  let changed = 0;
  let han = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (folded[i] !== simplified[i]) changed++;
  }
  const traditional = changed >= 3 && changed >= han * 0.02;
  if (!traditional && simplified !== folded)
    simplified = [...simplified]
      .map((ch, i) => (SIMPLIFIED_VARIANTS.has(folded[i] ?? '') ? folded[i] : ch))
      .join('');
  return { text: simplified, traditional };
}

/** Whether the article being read is in simplified characters (set once per article, see setPageScript). */
let simplifiedPage = false;

/** The script of the article being read: on a simplified page, names keep the page's own characters (乾, 於). */
export function setPageScript(traditional: boolean): void {
  simplifiedPage = !traditional;
}

/** A bounded memo: names repeat within and across articles, conversions cost a dictionary walk each. */
function memo(convert: (name: string) => string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let value = cache.get(name);
    if (value === undefined) {
      if (cache.size > 50_000) cache.clear();
      value = convert(name);
      cache.set(name, value);
    }
    return value;
  };
}

const convertedName = memo((name) => t2s()(name.normalize('NFKC')));

/**
 * Simplified form of a name (for ids): NFKC, then traditional → simplified; on a simplified page the characters of
 * the simplified standard the converter would change (乾 → 干) stay as written.
 */
export function simplifiedName(name: string): string {
  const converted = convertedName(name);
  if (!simplifiedPage || converted === name || ![...name].some((ch) => SIMPLIFIED_VARIANTS.has(ch)))
    return converted;
  const folded = name.normalize('NFKC');
  if (converted.length !== folded.length) return converted;
  return [...converted].map((ch, i) => (SIMPLIFIED_VARIANTS.has(folded[i] ?? '') ? folded[i] : ch)).join('');
}

/** Traditional form of a simplified name (an alias). */
export const traditionalName = memo((name) => s2t()(name));
