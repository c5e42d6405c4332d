import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, CEREMONY_NOUNS, FORUM_NOUNS, MEETING_NOUNS } from '../lexicon/events.ts';
import { qualifyBare } from './bare-holder.ts';
import type { Candidate } from './found-event.ts';
import { addNamed } from './named-phrase.ts';
import { notMade } from './not-made.ts';
import { placeIn, toCome } from './phrase.ts';

/**
 * A happening named whole in corner brackets or quotes after the verb of attending it, as Taiwan pages write it:
 * `前往<district>，出席「<body>會館落成啟用暨第N屆理監事授證典禮」`, `主持「X開工典禮」`. Named by the words inside
 * (two happenings joined by 暨 are two, as the guide says; `<body>舉辦…典禮` keeps the body, not the verb), held in
 * the place gone to right before.
 */

const NOUN = alternation([...CEREMONY_NOUNS, ...MEETING_NOUNS, ...FORUM_NOUNS]);
const ATTENDED_QUOTED = new RegExp(
  `(?:出席|参加|列席|主持|莅临)了?[「“『]([^」”』。\\n]{2,80}?)(${NOUN})[」”』]`,
  'dg',
);
/**
 * A meeting of the whole province, city or country attended (<leaders>参加全省<words>暨“<slogan>”推进会): named by its
 * words (全省 resolved to the province), not a bare noun (参加全市会议 names nothing).
 */
const ATTENDED_WHOLE = new RegExp(
  `(?:出席|参加|列席)了?((?:全省|全市|全国)[^。,，;；、\\n]{2,40}?)(${alternation([...MEETING_NOUNS, ...FORUM_NOUNS])})(?![\\u4e00-\\u9fff]{0,2}(?:上|后|前|期间|精神))`,
  'dg',
);
/** Where the attender went, in the clause before (前往龟山区，出席…, 到<district>出席…). */
const WENT_BEFORE = /(?:前往|到|赴|来到)([^。,，;；\n]{2,12})[,，]?$/;

/** Where a match's name and noun stand, unless it is still to come, not made, or found already. */
function named(doc: Doc, found: Candidate[], m: RegExpExecArray) {
  const from = m.indices?.[1]?.[0] ?? m.index;
  const nounAt = m.indices?.[2]?.[0] ?? m.index;
  const noun = m[2] ?? '';
  const sentence = sentenceAt(doc, m.index);
  // 将出席「…」: still to come.
  if (toCome(doc, sentence.start, m.index) || notMade(doc, m.index)) return undefined;
  if (found.some((c) => c.trigger.start < nounAt + noun.length && nounAt < c.trigger.end)) return undefined;
  return { from, nounAt, noun, sentence };
}

export function attendedQuoted(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(ATTENDED_QUOTED)) {
    const at = named(doc, found, m);
    if (!at) continue;
    const went = WENT_BEFORE.exec(text.slice(at.sentence.start, m.index));
    const place = went ? placeIn(anchors, m.index - went[0].length, m.index) : undefined;
    addNamed(doc, anchors, found, at.from, at.nounAt, at.noun, place, 'event:attended-quoted');
  }
  const since = found.length;
  for (const m of text.matchAll(ATTENDED_WHOLE)) {
    const at = named(doc, found, m);
    if (at) addNamed(doc, anchors, found, at.from, at.nounAt, at.noun, undefined, 'event:attended-whole');
  }
  qualifyBare(doc, anchors, found, since);
}
