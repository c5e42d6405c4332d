import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { TOLD_WHEN } from './held-words.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg } from './phrase.ts';
import type { HostSide } from './receptions.ts';

/**
 * Receptions told from the guests' side: `<guest body>…，(并)受到<titled hosts>(的)(亲切)会见/接见` — the body that opens
 * the sentence is received by the leaders named after 受到, named like a reception (`<host side>与<guest>会见`).
 */
const RECEIVED_BY = /受到([^。；;！？\n]{2,80}?)(?:的)?(?:亲切|热情)?(会见|接见)/g;
/** A reception hoped for, planned or of the past (希望受到, 曾受到, 将受到). */
const NOT_TOLD = /希望|期待|盼|曾|此前|以往|多次|将|拟/;
/** Going to a place, right before it. */
const GOING = /(?:到|赴|抵达|来到|前往)$/;
/** Opening words of a report before its subject (【本报…电】, a dateline). */
const REPORT_OPENS = /^(?:【[^】]{0,30}】|\[[^\]]{0,30}\]|[ \u3000])*/;

/** A day or time opening the sentence before its subject (3月5日下午，…; 近日，…). */
const TIME_OPENS = new RegExp(`^(?:${TOLD_WHEN.source.slice(1)})[,，]?`);

/**
 * The guest: a body (not a division's committee or government) opening the sentence after a report's opening
 * words and the day it happened.
 */
function guestOpening(doc: Doc, anchors: Anchor[], at: number): Anchor | undefined {
  const sentence = sentenceAt(doc, at);
  const before = doc.text.slice(sentence.start, at);
  const report = REPORT_OPENS.exec(before)?.[0].length ?? 0;
  const opens = sentence.start + report + (TIME_OPENS.exec(before.slice(report))?.[0].length ?? 0);
  return widest(
    anchors.filter((a) => a.start === opens && isOrg(a) && a.kind !== 'party' && a.kind !== 'government'),
  );
}

export function passiveReceptions(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  hostSide: HostSide,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(RECEIVED_BY)) {
    const verb = m[2] ?? '';
    const verbAt = m.index + m[0].length - verb.length;
    // The last host's name ends right before the verb (or before 的, 亲切).
    const hostEnd = m.index + 2 + (m[1]?.length ?? 0);
    if (!leaders.has(hostEnd) || notMade(doc, m.index)) continue;
    const sentence = sentenceAt(doc, m.index);
    if (NOT_TOLD.test(text.slice(clauseStart(text, sentence, m.index), m.index))) continue;
    const guest = guestOpening(doc, anchors, m.index);
    const host = hostSide(hostEnd);
    if (!guest || !host || host.name === guest.name) continue;
    const pair = `${host.name}与${guest.name}`;
    if (found.some((c) => c.name.startsWith(pair))) continue;
    // …到<city>参观，并受到…会见: held where the guests went, told before in the sentence.
    // …一行在<venue>受到…会见: held at the venue written right before.
    const place =
      anchors
        .filter(
          (a) => a.type === 'Place' && a.source === 'division' && a.start >= guest.end && a.end <= m.index,
        )
        .filter((a) => GOING.test(text.slice(Math.max(0, a.start - 2), a.start)))
        .pop() ??
      anchors.find(
        (a) => a.type === 'Place' && a.end === m.index && a.start > guest.end && text[a.start - 1] === '在',
      );
    found.push(
      make(
        doc,
        'event:received-by',
        `${pair}会见`,
        '会见',
        { start: verbAt, end: verbAt + 2 },
        {
          place,
          guests: [guest],
        },
      ),
    );
  }
}
