import type { Doc } from './doc.ts';
import { titleSuffix } from './lexicon/titles.ts';
import { STOP_BEFORE_NAME } from './lexicon/words.ts';
import { dictionaryEntry, FUNCTION_WORD_TAGS } from './tokens.ts';

/**
 * Words written in front of a title in a chain (./chain-segment.ts): a qualifier of the post (行政总裁, 财务总监, 议事主任)
 * keeps the title whole, words of an organisation the rules do not know qualify it, and words of the clause around
 * it (由, 随后, 该) are neither.
 */

const QUALIFIER = /^[\u4e00-\u9fffA-Za-z]{1,6}$/;
/** Words that qualify a post (行政总裁, 亚太区副总裁) or name its function (财务总监, 技术总监), not an organisation. */
export const TITLE_QUALIFIER =
  /^(?:行政|首席|执行|常务|高级|资深|全球|联席|财务|技术|运营|营销|市场|销售|生产|安全|质量|研发|人力资源|法务|品牌|(?:亚太|亚洲|大中华|中国|华东|华南|华北|华中|西南|欧洲|北美)区?)$/;

/** 议事主任, 人事主任, 教务主任: one common noun of two characters names the post's function, not an organisation. */
export function functionWord(qualifier: string): boolean {
  if (qualifier.length !== 2) return false;
  const entry = dictionaryEntry(qualifier);
  return entry !== undefined && /^(?:n|vn)$/.test(entry.tag) && entry.freq >= 100;
}

export function qualifierOk(text: string): boolean {
  if (!QUALIFIER.test(text) || /兼/.test(text) || titleSuffix(text)) return false;
  for (const w of STOP_BEFORE_NAME) if (w.length > 0 && text.includes(w) && w.length >= 2) return false;
  return !/[的和与及在是为向对]/.test(text);
}

/** Tags of function words (prepositions, conjunctions, particles, pronouns, adverbs, modals): no part of a title. */
const CLAUSE_TAGS = new Set([...FUNCTION_WORD_TAGS, 'r', 'd']);

/** 会议由市长X, 随后该县长X: a word of the clause in front of a title (由, 随后, 该) is no qualifier of it. */
export function clauseWordIn(doc: Doc, from: number, to: number): boolean {
  for (let end = to; end > from; ) {
    const start = doc.tokens.startOfTokenEndingAt(end);
    if (start < from) break;
    if (doc.tokens.isBoundary(end) && CLAUSE_TAGS.has(doc.tokens.tagAt(start))) return true;
    end = start;
  }
  return false;
}
