import type { Chain } from './chains.ts';
import type { Doc } from './doc.ts';
import { CONGRESS_NOUNS, FORUM_NOUNS, MEETING_NOUNS } from './lexicon/events.ts';

/**
 * A society's name no reader found, ending right before a bare post (<region>街坊会联合总会副会长X, <hall>值理会副主席X):
 * the post is that society's, so it is no post of an association named earlier in the story nor of the body whose
 * head the sentence named before (主席A…，<hall>值理会副主席B). With the society unread, the post holds nothing.
 * A happening's noun ending in 会 (大会, 年会, 座谈会: lexicon/events.ts) is no society, nor a verb (拜会).
 */

const HAPPENINGS = [...MEETING_NOUNS, ...CONGRESS_NOUNS, ...FORUM_NOUNS];
/** Verbs ending in 会 (拜会, 约会, 开会, 体会): the segmenter may read 会议长 across the title. */
const VERB_HUI = /(?:拜|约|开|聚|体|领|理|照|相)会$/;
/** A society's own organ before the post (当选第二届理事会会长): the post is the society's, read as before. */
const ORGAN = /(?:理事|监事|董事|执委|委员|常委)会$/;

/**
 * Whether `chain` is one bare post (no body, no department) with a society's name (two characters or more and 会, not a
 * happening's) ending right before it.
 */
export function unreadSociety(doc: Doc, chain: Chain): boolean {
  const lone = chain.segments.length === 1 ? chain.segments[0] : undefined;
  if (!lone || lone.anchor || lone.department) return false;
  const at = lone.start;
  const before = doc.text.slice(Math.max(0, at - 4), at);
  if (
    !/[\u4e00-\u9fff]{2}会$/.test(before) ||
    ORGAN.test(before) ||
    HAPPENINGS.some((h) => before.endsWith(h))
  )
    return false;
  // (<council>拜会议长X: a verb ending in 会, 拜会 or 约会, is the clause's, no society's name.)
  return !VERB_HUI.test(before) && !doc.tokens.tagAt(doc.tokens.startOfTokenEndingAt(at)).startsWith('v');
}
