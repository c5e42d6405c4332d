import type { Doc } from './doc.ts';
import { surnameAt } from './lexicon/surnames.ts';
import { captionOrderBefore } from './lexicon/words.ts';
import { boundaryStrength, listedName, NOT_IN_GIVEN, type TitledName } from './names.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * Names standing alone between separators (`…负责人；甲乙丙、丁戊己参加`, `陪同人员有甲乙丙，丁戊己。`): a single surname and
 * a two-character given name, set off on the left by punctuation or a conjunction and on the right by punctuation,
 * a conjunction, 等 or a word that follows names (出席, 表示). Neither half may be an everyday word (支持下, 招项目) and the
 * three characters are no word and no place. Four characters read so too when they open with a compound surname
 * (欧阳) or with two single ones (a married name, 陈李X X). Only names the other readers did not find; captions'
 * who-stands-where is left out.
 */

/** What sets a name off: punctuation, a space, or a conjunction of names. */
const SEPARATORS = new Set([...'、，,。；;：:及和与 \n\r\t\u00a0\u3000']);
/** A given name's last character that is the verb or conjunction after a two-character name (甲乙为会长, 甲乙和丙). */
const CLAUSE_LAST = /[为和是]$/;
/**
 * The last character of a division's or a body's name (禾溪乡, 青川町, 文旅厅, 禾商会): standing alone with no title, such
 * a word is the place or body itself, not a person. (Not the brand ends of named-titled.ts: 村, 组, 队, 站, 科 end given
 * names too, and 町 and 会 are no brand's end; a set-off name ending in none of these reads as before: 戚南乔.)
 */
const UNIT_LAST = /[町乡镇县市区省厅局处办委部司会路街线桥]$/;

/** A word of the dictionary, at least `freq` frequent, that is not a name, place or time (支持, 项目). */
function everyday(word: string, freq: number): boolean {
  const entry = dictionaryEntry(word);
  return entry !== undefined && !/^(?:nr|ns|nz|t)/.test(entry.tag) && entry.freq >= freq;
}

/** Whether the three characters at `i` read as a name of their own (surname, given name, no word, no place). */
export function nameAt(doc: Doc, i: number): boolean {
  const { text, tokens } = doc;
  const name = text.slice(i, i + 3);
  if (surnameAt(text, i) !== 1 || !/^[\u4e00-\u9fff]{3}$/.test(name)) return false;
  if ([...name.slice(1)].some((ch) => NOT_IN_GIVEN.has(ch)) || CLAUSE_LAST.test(name)) return false;
  // (与时俱进: a word the segmenter keeps whole is no name inside it.)
  if (!tokens.isBoundary(i) || !tokens.isBoundary(i + 3)) return false;
  return !everyday(name.slice(0, 2), 30) && !everyday(name.slice(1), 1000) && listedName(name);
}

/**
 * Whether the four characters at `i` read as a name of their own: a compound surname or two single ones, a
 * two-character given name that is no everyday word, no word across the surnames, and no 原 (the post's past) last.
 */
function fourAt(doc: Doc, i: number): boolean {
  const { text, tokens } = doc;
  const name = text.slice(i, i + 4);
  if (!/^[\u4e00-\u9fff]{4}$/.test(name) || /原$/.test(name)) return false;
  const compound = surnameAt(text, i) === 2;
  const married = surnameAt(text, i) === 1 && surnameAt(text, i + 1) === 1;
  if ((!compound && !married) || [...name.slice(2)].some((ch) => NOT_IN_GIVEN.has(ch))) return false;
  if (!tokens.isBoundary(i) || !tokens.isBoundary(i + 4) || dictionaryEntry(name)) return false;
  return !everyday(name.slice(2), 300) && !everyday(name.slice(0, 2), 30) && !everyday(name.slice(1, 3), 30);
}

function setOffRight(text: string, end: number): boolean {
  return SEPARATORS.has(text[end] ?? '') || text[end] === '等' || boundaryStrength(text, end) >= 2;
}

/**
 * The item of a 、 list next to `start`..`end` on one side: before, only one with 、 on both sides (the first item's
 * start is not known: 陪同人员有甲乙丙、丁戊己); after, one closed by 、 or 等 (not 甲乙丙、丁戊己分别报告…).
 */
function listItem(text: string, start: number, end: number, side: 'before' | 'after'): string {
  if (side === 'before') {
    if (text[start - 1] !== '、') return '';
    const item = /[^、，,。；;：:\s]*$/.exec(text.slice(Math.max(0, start - 21), start - 1))?.[0] ?? '';
    return text[start - 2 - item.length] === '、' ? item : '';
  }
  if (text[end] !== '、') return '';
  return /^([^、，,。；;：:\s等]*)[、等]/.exec(text.slice(end + 1, end + 22))?.[1] ?? '';
}

/**
 * <firm>汽配、<three characters>、<firm>景观: an item listed only between longer items (firms', works', roads' names) is one of them, not
 * a person; a person known by another reader next to it keeps the list one of people.
 */
function amongThings(text: string, start: number, end: number, known: ReadonlySet<string>): boolean {
  const items = [listItem(text, start, end, 'before'), listItem(text, start, end, 'after')].filter(Boolean);
  return items.length > 0 && items.every((item) => item.length >= 4 && !known.has(item));
}

export function findSetOffNames(doc: Doc, known: ReadonlySet<string>): TitledName[] {
  const { text } = doc;
  const found: TitledName[] = [];
  const seen = new Set<string>();
  // Where a name may start: right after a separator, on a surname (one pass; most of the text is neither).
  const starts: number[] = [];
  for (let i = 1; i < text.length; i++)
    if (SEPARATORS.has(text[i - 1] ?? '') && surnameAt(text, i) > 0) starts.push(i);
  for (const length of [3, 4]) {
    for (const i of starts) {
      const end = i + length;
      if (end > text.length || !setOffRight(text, end)) continue;
      const name = text.slice(i, end);
      // (欧阳宁先与…: a known name and the word after it is no longer name.)
      const knownHead = known.has(name.slice(0, length - 1)) || known.has(name.slice(0, length - 2));
      if (seen.has(name) || known.has(name) || knownHead || UNIT_LAST.test(name)) continue;
      if (!(length === 3 ? nameAt(doc, i) : fourAt(doc, i)) || captionOrderBefore(text, i)) continue;
      if (amongThings(text, i, end, known)) continue;
      seen.add(name);
      found.push({ titleStart: i, titleEnd: i, start: i, end, name });
    }
  }
  return found;
}
