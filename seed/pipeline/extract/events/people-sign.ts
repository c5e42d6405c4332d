import type { Doc } from '../doc.ts';
import { AGREEMENT_WRITTEN, gapTellsSigning, SIGN_GAP_CHAR } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import type { HostSide } from './receptions.ts';

/** What stands between two titled people who sign: 与/和 and the second one's titles (no clause break, no list). */
const JOINED = /^(?:与|和|同)[^。,，；;、\n]{3,34}$/;
/** After the second name: a few words of when, where or how, the verb, the agreement as the page writes it. */
const SIGNED = new RegExp(
  `^[,，]?(${SIGN_GAP_CHAR}{0,14}?)(?:共同|正式|分别)?(签署|签订|续签)了?${AGREEMENT_WRITTEN}`,
);

/**
 * `<title>A和<title>B(<when or where>)签订<agreement>`: two titled people who sign, each for the division or body their titles
 * name (the reception's sides): a signing named after those sides (`<side A>与<side B>合作备忘录签署`), when no
 * frame read a signing or ceremony on the page. The people sign (participation reads the verb).
 */
export function peopleSign(
  doc: Doc,
  leaders: ReadonlySet<number>,
  hostSide: HostSide,
  found: Candidate[],
): void {
  const { text } = doc;
  const ends = [...leaders].sort((a, b) => a - b);
  for (const first of ends) {
    const second = ends.find((e) => e > first && JOINED.test(text.slice(first, e)));
    if (second === undefined) continue;
    const m = SIGNED.exec(text.slice(second, second + 70));
    const words = m?.[3] ?? m?.[4]?.replace(/^.*的/, '');
    if (!m || !words || !gapTellsSigning(m[1] ?? '', doc.published?.year)) continue;
    // A signing or ceremony read anywhere on the page is the one these people sign at (签约仪式上，…).
    if (found.some((c) => c.kind === 'signing' || c.kind === 'ceremony')) continue;
    const a = hostSide(first);
    const b = hostSide(second);
    if (!a || !b || a.name === b.name) continue;
    const verb = m[2] ?? '签署';
    const verbAt = second + m[0].indexOf(verb, (m[1] ?? '').length);
    found.push(
      make(
        doc,
        'event:people-sign',
        `${a.name}与${b.name}${words}${verb}`,
        '签约',
        { start: verbAt, end: verbAt + 2 },
        {
          aliases: [`${a.name}与${b.name}${words}签约`],
        },
      ),
    );
  }
}
