import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, CEREMONY_NOUNS, FORUM_NOUNS, MEETING_NOUNS } from '../lexicon/events.ts';
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
/** Where the attender went, in the clause before (前往龟山区，出席…, 到<district>出席…). */
const WENT_BEFORE = /(?:前往|到|赴|来到)([^。,，;；\n]{2,12})[,，]?$/;

export function attendedQuoted(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(ATTENDED_QUOTED)) {
    const from = m.indices?.[1]?.[0] ?? m.index;
    const nounAt = m.indices?.[2]?.[0] ?? m.index;
    const noun = m[2] ?? '';
    const sentence = sentenceAt(doc, m.index);
    // 将出席「…」: still to come.
    if (toCome(doc, sentence.start, m.index) || notMade(doc, m.index)) continue;
    if (found.some((c) => c.trigger.start < nounAt + noun.length && nounAt < c.trigger.end)) continue;
    const went = WENT_BEFORE.exec(text.slice(sentence.start, m.index));
    const place = went ? placeIn(anchors, m.index - went[0].length, m.index) : undefined;
    addNamed(doc, anchors, found, from, nounAt, noun, place, 'event:attended-quoted');
  }
}
