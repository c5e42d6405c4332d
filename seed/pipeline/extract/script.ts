import * as OpenCC from 'opencc-js';
import { venuePrepositions } from './venue-preposition.ts';

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
  // The text up to `kept` is copied unchanged in one piece (most characters fold to themselves).
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Han characters and CJK punctuation other than the ideographic space are NFKC-stable: skip the call.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) || (code > 0x3000 && code <= 0x303f)) continue;
    const ch = text[i] ?? '';
    const folded = ch.normalize('NFKC');
    if (folded.length !== 1 || folded === ch) continue;
    out += text.slice(kept, i) + folded;
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** A set of UTF-16 units, one byte per unit (asked for every character of a text). */
interface UnitSet {
  size: number;
  has(code: number): boolean;
}

let convertible: UnitSet | undefined;

/** Han characters the traditional → simplified conversion changes on their own (computed once). */
function traditionalCharacters(): UnitSet {
  if (!convertible) {
    // One character per line, so the converter's phrase table never joins neighbours.
    const chars: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
    const converted = t2s()(chars.join('\n')).split('\n');
    const marks = new Uint8Array(0x10000);
    let size = 0;
    if (converted.length === chars.length) {
      chars.forEach((ch, i) => {
        if (converted[i] !== ch) {
          marks[ch.charCodeAt(0)] = 1;
          size++;
        }
      });
    }
    convertible = { size, has: (code) => marks[code] === 1 };
  }
  return convertible;
}

/** Traditional → simplified, same length (whole-text conversion when it keeps the length, else per character). */
export function toSimplifiedSameLength(text: string): string {
  // Simplified text holds a few characters the converter would touch (variants, 於5月18日): one or two are converted
  // each alone; three or more mean work.
  const set = traditionalCharacters();
  let seen = set.size === 0 ? 3 : 0;
  for (let i = 0; i < text.length && seen < 3; i++) if (set.has(text.charCodeAt(i))) seen++;
  if (seen === 0) return text;
  if (seen < 3) return [...text].map((ch) => (set.has(ch.charCodeAt(0)) ? oneCharacter(ch) : ch)).join('');
  const whole = t2s()(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) out += oneCharacter(ch);
  return out;
}

/** One character converted, or as it is when its conversion would change the length. */
function oneCharacter(ch: string): string {
  const converted = t2s()(ch);
  return converted.length === ch.length ? converted : ch;
}

export interface AnalysisText {
  /** Same length as the original; simplified and width-folded. */
  text: string;
  /** Whether the original is written in traditional characters. */
  traditional: boolean;
}

/**
 * Characters of the simplified standard (GB2312) that the converter reads as traditional variants (乾 → 干, 於 → 于,
 * 徵 → 征): the rules read them converted on every page (于5月18日, 会后), but on a simplified page they are the page's
 * own characters, and a name keeps them (济南乾元, 於立新; see keptSpelling).
 */
const SIMPLIFIED_VARIANTS = new Set('乾於徵夥後麽菸薹拚捱摺吒榘袷麴醣');

/** The copy of `text` the rules read (see the module comment). */
export function analysisText(text: string): AnalysisText {
  const recent = recentAnalyses.get(text);
  if (recent) return recent;
  const folded = foldWidth(text);
  const simplified = toSimplifiedSameLength(folded);
  let changed = 0;
  let han = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    // (A character of the simplified standard, 於 or 乾, says nothing of the page's script.)
    if (code !== simplified.charCodeAt(i) && !SIMPLIFIED_VARIANTS.has(folded[i] ?? '')) changed++;
  }
  const traditional = changed >= 3 && changed >= han * 0.02;
  const analysed = { text: venuePrepositions(simplified), traditional };
  // (Several readers ask for the headline's copy in one extraction: the last few answers are kept.)
  if (recentAnalyses.size >= 4) recentAnalyses.delete(recentAnalyses.keys().next().value ?? '');
  recentAnalyses.set(text, analysed);
  return analysed;
}

const recentAnalyses = new Map<string, AnalysisText>();

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

/** Simplified form of a name (for ids): NFKC, then traditional → simplified. */
export function simplifiedName(name: string): string {
  return convertedName(name);
}

/** Whether a form as the page writes it has a character the conversion changes but a simplified page keeps (於, 乾). */
export function hasOwnSpelling(form: string): boolean {
  for (const ch of form.normalize('NFKC')) if (SIMPLIFIED_VARIANTS.has(ch)) return true;
  return false;
}

/**
 * A name (or an id's key) as a simplified page spells it: where a written form of it (a mention as the page writes
 * it, a byline field) has a character of the simplified standard the conversion changed (於立新 read as 于立新), the
 * name takes the page's character back. Only names: the rules read the converted text.
 */
export function keptSpelling(name: string, written: Iterable<string>): string {
  let kept = name;
  for (const form of written) {
    const folded = form.normalize('NFKC');
    if (!hasOwnSpelling(folded)) continue;
    const converted = convertedName(folded);
    if (converted.length !== folded.length || !kept.includes(converted)) continue;
    const own = [...converted].map((ch, i) => (SIMPLIFIED_VARIANTS.has(folded[i] ?? '') ? folded[i] : ch));
    kept = kept.replaceAll(converted, own.join(''));
  }
  return kept;
}

/** Traditional form of a simplified name (an alias). */
export const traditionalName = memo((name) => s2t()(name));
