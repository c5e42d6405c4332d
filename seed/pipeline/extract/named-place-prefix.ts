import type { Doc } from './doc.ts';
import { CONJUNCTIONS, FUNCTION_CHAR, NAME_STOPS } from './lexicon/name-scan.ts';
import { HARD_BOUNDARY, STOP_BEFORE_NAME } from './lexicon/words.ts';
import type { ScanLimits } from './named-span.ts';
import { COMMON_WORD_FREQ } from './named-words.ts';
import { dictionaryEntry } from './tokens.ts';

/** Tags of the words of a clause around a name: adverbs, prepositions, conjunctions, idioms, times, pronouns. */
const CLAUSE_TAG = /^(?:p|c|d|ad|l|t|r|u|m)/;

/**
 * Whether text[from, to) holds an everyday clause word (长期以来, 多年来): a word of two or more characters with a
 * clause tag that the dictionary knows as common. Brands may be everyday verbs and nouns (驰骋, 北方, 建工).
 */
function clauseWordIn(doc: Doc, from: number, to: number): boolean {
  const { text, tokens } = doc;
  for (let end = to; end > from; ) {
    const start = Math.max(from, tokens.startOfTokenEndingAt(end));
    const word = text.slice(start, end);
    const entry = dictionaryEntry(word);
    if (word.length > 1 && entry && entry.freq >= COMMON_WORD_FREQ && CLAUSE_TAG.test(entry.tag)) return true;
    end = start;
  }
  return false;
}

/**
 * 上海启衡生物技术有限公司: a brand the segmenter tags as a verb (启衡) stops the walk, but a company name that
 * starts with a place right before it (after a boundary) reaches back to the place. (衢州市多年来为X集团提供…: an
 * everyday adverb or time word after the place, or between the place and the word that stopped the walk, is the
 * clause's, not a brand.)
 */
export function placePrefixBefore(
  doc: Doc,
  at: number,
  limits: ScanLimits,
  stopEnd = at,
): number | undefined {
  let start = limits.divisionStartByEnd.get(at);
  if (start !== undefined && clauseWordIn(doc, at, stopEnd)) return undefined;
  if (start === undefined) {
    // 佛山智拓自动化科技有限公司: a brand of single characters between the place and the word that stopped the walk.
    for (let end = at - 1; end >= at - 4 && end > 1; end--) {
      const s = limits.divisionStartByEnd.get(end);
      if (s === undefined) continue;
      const brand = doc.text.slice(end, at);
      // (<place>的支持并感谢集团: a function word between the place and the stop makes a clause, no brand.)
      if (
        /^[\u4e00-\u9fff]{1,4}$/.test(brand) &&
        !STOP_BEFORE_NAME.has(brand) &&
        !FUNCTION_CHAR.test(brand) &&
        !clauseWordIn(doc, end, at)
      )
        start = s;
      break;
    }
  }
  if (start === undefined) return undefined;
  const before = doc.text[start - 1] ?? '';
  if (start === 0 || HARD_BOUNDARY.test(before) || before === '”') return start;
  // 深入我区新乡立白实业有限公司: `我区` (our district) before the place that leads the name.
  if (/^[我本该][区市县镇乡]$/.test(doc.text.slice(start - 2, start))) return start;
  const word = doc.text.slice(doc.tokens.startOfTokenEndingAt(start), start);
  return STOP_BEFORE_NAME.has(word) || NAME_STOPS.has(word) || CONJUNCTIONS.has(word) ? start : undefined;
}
