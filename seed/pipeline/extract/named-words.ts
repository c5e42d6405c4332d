import type { Doc } from './doc.ts';
import { DESCRIPTION_WORDS } from './lexicon/name-scan.ts';
import { isGenericHead } from './named-heads.ts';
import { dictionaryEntry } from './tokens.ts';

/** What the words before a name's ending are made of: everyday words, a proper name, places, a description. */

/** Dictionary words at least this frequent are everyday words (长期以来, 多年), never a brand the segmenter knows. */
export const COMMON_WORD_FREQ = 100;

/** Whether every segmenter word of text[from, to), read from the end, passes `ok`. */
function everyWord(
  doc: Doc,
  from: number,
  to: number,
  ok: (word: string, start: number) => boolean,
): boolean {
  for (let end = to; end > from; ) {
    const start = Math.max(from, doc.tokens.startOfTokenEndingAt(end));
    if (!ok(doc.text.slice(start, end), start)) return false;
    end = start;
  }
  return true;
}

/** Whether the words in text[from, to) are all everyday words of two or more characters (研发, 爱国主义教育). */
export function everydayWords(doc: Doc, from: number, to: number): boolean {
  return everyWord(doc, from, to, (word) => {
    const entry = dictionaryEntry(word);
    return (
      word.length >= 2 && entry !== undefined && entry.freq >= COMMON_WORD_FREQ && !/^n[rsz]/.test(entry.tag)
    );
  });
}

/**
 * Whether the words from `at` (before the ending at `s`) open on a proper name: a word the dictionary does not know
 * or knows as a name, or characters the segmenter could not join into words (青/禾).
 */
export function opensProperName(doc: Doc, at: number, s: number): boolean {
  const { text, tokens } = doc;
  const wordEnd = (from: number) => {
    let end = from + 1;
    while (end < s && !tokens.isBoundary(end)) end++;
    return end;
  };
  const proper = (from: number, to: number) => {
    const entry = dictionaryEntry(text.slice(from, to));
    return !entry || /^n[rszt]/.test(entry.tag);
  };
  const end = wordEnd(at);
  if (end - at > 1) return proper(at, end);
  // 青/禾, 白/石文: a character cut off on its own, then another or a name.
  const next = wordEnd(end);
  return end < s && (next - end === 1 || proper(end, next));
}

/** Whether text[from, to) is made of everyday words (two characters or more) and places only: no proper name. */
export function plainWords(doc: Doc, from: number, to: number): boolean {
  return everyWord(doc, from, to, (word, start) => {
    const entry = dictionaryEntry(word);
    const everyday =
      word.length > 1 && entry !== undefined && entry.freq >= COMMON_WORD_FREQ && !/^nr/.test(entry.tag);
    return everyday || isGenericHead(word) || /^ns/.test(doc.tokens.tagAt(start));
  });
}

/** Tags of words no proper name is made of alone: common nouns, verbs, adjectives, distinguishers, numbers. */
const COMMON_TAGS = /^(?:n|vn|v|a|ad|b|m|q|s|f|d|l)$/;

/** 大型<trade>集团, 一流<trade>企业: words describing a kind, then common nouns only; no one's name. */
export function describedOnly(doc: Doc, start: number, s: number): boolean {
  const { text, tokens } = doc;
  let at = start;
  for (;;) {
    const word = DESCRIPTION_WORDS.find((w) => text.startsWith(w, at));
    if (!word) break;
    at += word.length;
  }
  if (at === start || at >= s) return false;
  for (let p = at; p < s; p++) {
    if (p !== at && !tokens.isBoundary(p)) continue;
    if (!COMMON_TAGS.test(tokens.tagAt(p))) return false;
  }
  return true;
}
