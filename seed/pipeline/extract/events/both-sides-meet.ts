import type { Doc } from '../doc.ts';
import { alternation, MEETING_NOUNS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import type { HostSide } from './receptions.ts';

/** After a call, the two sides meeting in the same sentence (…拜会<body>X，双方举行<words>对接会). */
const BOTH_SIDES = new RegExp(
  `^[^。！？\\n]*?双方(?:召开|举行)了?([^。,，；;！？\\n]{0,16}?)(${alternation(MEETING_NOUNS)})`,
);

/**
 * `<titled leader>…拜会<body>…，双方召开<words><meeting noun>`: the meeting of the two sides, named as talks are, the
 * leader's side first (`<city>与<body>工作座谈会`), in place of the meeting read by its words alone.
 */
export function bothSidesMeet(
  doc: Doc,
  leaders: ReadonlySet<number>,
  hostSide: HostSide,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const call of found.filter((c) => c.rule === 'event:call-on' && !c.guests?.length)) {
    const both = BOTH_SIDES.exec(text.slice(call.trigger.end, call.sentence.end));
    if (!both) continue;
    const leaderEnd = [...leaders]
      .filter((e) => e >= call.sentence.start && e <= call.trigger.start)
      .sort((a, b) => a - b)[0];
    const side = leaderEnd === undefined ? undefined : hostSide(leaderEnd);
    const host = call.name.slice(0, -call.noun.length);
    if (!side || !host || side.name === host) continue;
    const noun = both[2] ?? '';
    const nounAt = call.trigger.end + both[0].length - noun.length;
    const trigger = { start: nounAt - (both[1]?.length ?? 0), end: nounAt + noun.length };
    const told = found.findIndex((c) => c.trigger.start >= trigger.start && c.trigger.end <= trigger.end);
    if (told >= 0) found.splice(told, 1);
    // 工作座谈会 is told again as 座谈会 (参加座谈会): the shortest noun it ends with is how later sentences refer to it.
    const shortest =
      MEETING_NOUNS.filter((n) => noun.endsWith(n)).sort((a, b) => a.length - b.length)[0] ?? noun;
    found.push(
      make(
        doc,
        'event:both-sides-meet',
        `${side.name}与${host}${both[1] ?? ''}${noun}`,
        shortest,
        trigger,
        {},
      ),
    );
  }
}
