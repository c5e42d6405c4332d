import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { HOLDING_VERBS, WHEN_BETWEEN } from '../lexicon/events.ts';
import { qualifyBare } from './bare-holder.ts';
import type { Candidate } from './found-event.ts';
import { NOUN } from './held-words.ts';
import { addNamed } from './named-phrase.ts';
import { placeIn } from './phrase.ts';

/** 在<day>举行的<body>第N次主任办公会上: a happening told with its own day in a relative clause. */
const DATED_RELATIVE = new RegExp(
  `(?:在\\s*|^|(?<=[,，。；;\\n]))(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上|晚间|晚)?(?:${HOLDING_VERBS})的((?:“[^”。\\n]{1,24}”|[^。,，;、\\n]){0,30}?)(${NOUN})(?=上|期间)`,
  'gm',
);

/** 记者从<when>在<place>召开的<body><meeting noun>上获悉: a happening told as where something was learnt, held at the place. */
const LEARNT_AT = new RegExp(
  `从(?:${WHEN_BETWEEN})?(?:[(（]\\d{1,2}日[)）])?(?:在|于)([^。,，;；、的\\n]{1,12}?)(?:${HOLDING_VERBS})的((?:“[^”。\\n]{1,24}”|[^。,，;、\\n]){2,30}?)(${NOUN})(?=上|期间)`,
  'g',
);

/** Happenings told in a relative clause with their own day, or as where the reporter learnt something. */
export function heldRelative(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const since = found.length;
  for (const m of doc.text.matchAll(DATED_RELATIVE)) {
    const noun = m[2] ?? '';
    const nounAt = m.index + m[0].length - noun.length;
    addNamed(doc, anchors, found, nounAt - (m[1]?.length ?? 0), nounAt, noun, undefined, 'event:held-before');
  }
  for (const m of doc.text.matchAll(LEARNT_AT)) {
    const noun = m[3] ?? '';
    const nounAt = m.index + m[0].length - noun.length;
    const placeAt = m.index + m[0].indexOf(m[1] ?? '');
    const place = placeIn(anchors, placeAt, placeAt + (m[1]?.length ?? 0));
    addNamed(doc, anchors, found, nounAt - (m[2]?.length ?? 0), nounAt, noun, place, 'event:learnt-at');
  }
  qualifyBare(doc, anchors, found, since);
}
