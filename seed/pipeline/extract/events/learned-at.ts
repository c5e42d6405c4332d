import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { alternation, CONGRESS_NOUNS, FORUM_NOUNS, MEETING_NOUNS } from '../lexicon/events.ts';
import type { Candidate } from './found-event.ts';
import { addNamed } from './named-phrase.ts';
import { placeIn } from './phrase.ts';

/**
 * A meeting told by where the reporter learned something: `记者从18日召开的<body>三届一次会员代表大会上获悉`,
 * `从日前在<city>举行的<forum>上了解到`. The meeting is named by its words after 的 (as every frame names it), held in
 * the place after 在.
 */

const NOUN = alternation([...new Set([...MEETING_NOUNS, ...CONGRESS_NOUNS, ...FORUM_NOUNS])]);
const LEARNED_AT = new RegExp(
  String.raw`从(?:(?:\d{1,2}月)?\d{1,2}日|今天|昨天|日前|近日)?(?:上午|下午)?(?:在([^。,，;；的\n]{2,20}?))?(?:召开|举行|举办)的([^。,，;；\n]{2,40}?)(${NOUN})(?:上|中)(?:获悉|了解到|得知)`,
  'dg',
);

export function learnedAt(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  for (const m of doc.text.matchAll(LEARNED_AT)) {
    const from = m.indices?.[2]?.[0] ?? m.index;
    const nounAt = m.indices?.[3]?.[0] ?? m.index;
    const noun = m[3] ?? '';
    if (found.some((c) => c.trigger.start < nounAt + noun.length && nounAt < c.trigger.end)) continue;
    const where = m.indices?.[1];
    const place = where ? placeIn(anchors, where[0], where[1]) : undefined;
    addNamed(doc, anchors, found, from, nounAt, noun, place, 'event:learned-at');
  }
}
