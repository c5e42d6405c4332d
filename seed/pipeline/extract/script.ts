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
  toSimplifiedFn ??= OpenCC.Converter({ from: 't', to: 'cn' });
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
    if (code < 0x80) {
      out += ch;
      continue;
    }
    const folded = ch.normalize('NFKC');
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}

/** Traditional → simplified, same length (whole-text conversion when it keeps the length, else per character). */
export function toSimplifiedSameLength(text: string): string {
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

/** The copy of `text` the rules read (see the module comment). */
export function analysisText(text: string): AnalysisText {
  const folded = foldWidth(text);
  const simplified = toSimplifiedSameLength(folded);
  let changed = 0;
  let han = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (folded[i] !== simplified[i]) changed++;
  }
  return { text: simplified, traditional: changed >= 3 && changed >= han * 0.02 };
}

/** Simplified form of a name (for ids): NFKC, then traditional → simplified. */
export function simplifiedName(name: string): string {
  return t2s()(name.normalize('NFKC'));
}

/** Traditional form of a simplified name (an alias). */
export function traditionalName(name: string): string {
  return s2t()(name);
}
