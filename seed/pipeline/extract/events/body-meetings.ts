import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, toCome, venueIn } from './phrase.ts';
import type { HostSide } from './receptions.ts';

/**
 * `<titled host>於昨(30)日與<body>會面`: a titled host meeting a body (no person named after 與, which
 * receptions.ts reads), named after the host's side and the body as written (<city>与<body>会面), the body attending.
 */

/** When and where, between the host's name and 与 (于昨(30)日, 今天上午, 在<venue>). */
const MET_WITH =
  /(?:于|於)?(?:[今昨][(（]\d{1,2}[)）]日|(?:\d{1,2}月)?\d{1,2}日|今天|昨天|当天|日前|近日)?(?:上午|下午|晚上|中午|晚)?(?:在([^。,，;；、与\n]{2,24}?))?与/g;
/** The meeting's verb right after the body (与<body>会面, 与<body>进行会面). */
const MEETS = /^(?:进行|举行)?(?:了)?会面/;

export function bodyMeetings(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  hostSide: HostSide,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(MET_WITH)) {
    if (!leaders.has(m.index)) continue;
    const after = m.index + m[0].length;
    const body = widest(anchors.filter((a) => isOrg(a) && a.start === after));
    if (!body) continue;
    const verb = MEETS.exec(text.slice(body.end, body.end + 6));
    const host = hostSide(m.index);
    if (!verb || !host || host.name === body.name) continue;
    const sentence = sentenceAt(doc, m.index);
    if (toCome(doc, clauseStart(text, sentence, m.index), after) || notMade(doc, after)) continue;
    const verbAt = body.end + verb[0].length - 2;
    const trigger = { start: verbAt, end: verbAt + 2 };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const venue = m[1] ? m.index + m[0].indexOf(m[1]) : undefined;
    const place = venue !== undefined ? venueIn(anchors, venue, venue + (m[1]?.length ?? 0)) : undefined;
    const name = `${host.name}与${text.slice(body.start, body.end)}会面`;
    found.push(make(doc, 'event:body-meeting', name, '会面', trigger, { place, guests: [body] }));
  }
}
