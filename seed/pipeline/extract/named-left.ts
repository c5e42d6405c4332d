import type { Doc } from './doc.ts';
import {
  CLASS_OPENER,
  CLAUSE_LOCATIVE,
  CONJUNCTIONS,
  NAME_STOPS,
  PLACE_CLAUSE_VERBS,
} from './lexicon/name-scan.ts';
import { STOP_BEFORE_NAME } from './lexicon/words.ts';
import { isGenericHead } from './named-heads.ts';
import { FUNCTION_WORD_TAGS } from './tokens.ts';

/**
 * The left edge of a name found by its ending, decided by the words in front of the head rather than by lists of
 * names: a class description is no name, and a clause word glued to the left (a conjunction, an adverb, a verb and
 * the locative that closes its clause, a stop word the segmenter cut in two) is no part of one. See ./named.ts.
 */

/**
 * Tags of one-character words that belong to the clause, not to a name (而, 但, 于): conjunctions, prepositions,
 * particles. (Not adverbs: 曾 and 先 open village and company names.)
 */
const CLAUSE_CHAR_TAGS = new Set(FUNCTION_WORD_TAGS);

function isStopWord(word: string, place: boolean): boolean {
  return (
    word.length >= 2 &&
    (STOP_BEFORE_NAME.has(word) || NAME_STOPS.has(word) || (place && PLACE_CLAUSE_VERBS.has(word)))
  );
}

/**
 * Where the name whose head runs from `start` to the ending at `s` really starts, or -1 when the words only describe
 * a class of bodies or places (各驻外联谊会) or nothing is left but generic words (做优园区公司, 合并后协会).
 */
export function trimClauseLeft(doc: Doc, start: number, s: number, place = false): number {
  const { text, tokens } = doc;
  // 各驻外联谊会: 各 opens a class whatever follows; 上述青禾物流集团有限公司: other class words are cut off, and what
  // is left is a name unless it is generic (周边城市联谊会, 部分国有企业集团).
  let at = start;
  const opener = CLASS_OPENER.exec(text.slice(start, s))?.[0];
  if (opener) {
    if (opener.startsWith('各')) return -1;
    at = start + opener.length;
    const rest = text.slice(at, s);
    if (rest.length < 2 || isGenericHead(rest)) return -1;
  }
  // 禾城市各异地商会, 青川籍异地商会, 外地禾籍商会: 各 inside the head, or natives (X籍) and elsewhere (异地, 外地) right
  // before the ending, tell a class of chambers, not one.
  const head0 = text.slice(start, s);
  if (/各(?!界)/.test(head0.slice(1)) || /(?:籍|异地|外地)$/.test(head0)) return -1;
  // 各村茶叶专业合作社: the walk stopped at a 各 word the segmenter made one (各村); still a class.
  const before = text.slice(tokens.startOfTokenEndingAt(start), start);
  if (/^各(?!界)/.test(before)) return -1;
  // 而江山金穗投资有限公司: a one-character conjunction or preposition in front (not 与/和/及, read by the walk).
  const first = text[at] ?? '';
  if (
    tokens.isBoundary(at + 1) &&
    !CONJUNCTIONS.has(first) &&
    CLAUSE_CHAR_TAGS.has(tokens.tagAt(at)) &&
    s - at > 2
  )
    at += 1;
  // 要加快做优园区公司: a stop word the segmenter cut in two (做/优; one read as one token is the walk's business).
  let cut = at;
  for (let i = at; i < s; i++) {
    if (!tokens.isBoundary(i)) continue;
    for (let j = i + 2; j <= Math.min(s, i + 4); j++)
      if (tokens.isBoundary(j) && tokens.startOfTokenEndingAt(j) !== i && isStopWord(text.slice(i, j), place))
        cut = j;
  }
  // 合并后协会: a verb's clause closed by a locative (后, 以来).
  for (let i = at + 1; i < s; i++) {
    if (!tokens.isBoundary(i) || !/^v/.test(tokens.tagAt(i - 1))) continue;
    const end = [i + 1, i + 2].find(
      (e) => e <= s && tokens.isBoundary(e) && CLAUSE_LOCATIVE.has(text.slice(i, e)),
    );
    if (end !== undefined) cut = Math.max(cut, end);
  }
  at = cut;
  const head = text.slice(at, s);
  if (at > start && (head.length < 2 || isGenericHead(head))) return -1;
  return at;
}
