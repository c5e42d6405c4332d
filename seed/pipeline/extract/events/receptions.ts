import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { isOrg, venueIn } from './phrase.ts';

/**
 * Receptions: `<titled host>(在<venue>)会见(了)<company><titles><name>(一行)` — a division's leaders meeting a company's
 * people, named after the host's division and the company (遂宁市与北辰重工股份有限公司会见), held at the venue.
 */

const RECEIVED = /(?:在([^。,，;；、\n]{2,24}?))?会见了?/g;

/** The division a host's post is in (市委书记X → 遂宁市), from where their name ends; undefined when none is read. */
export type HostDivision = (nameEnd: number) => string | undefined;

/** The company received: the organisation written right after 会见, as a company (its party body → the company). */
function guestAt(anchors: Anchor[], at: number): Anchor | undefined {
  const here = anchors.filter((a) => a.start === at && isOrg(a) && a.kind !== 'government');
  const company = here
    .filter((a) => a.kind !== 'party')
    .reduce<Anchor | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
  return company;
}

export function receptions(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  hostDivision: HostDivision,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(RECEIVED)) {
    // 市委书记A，市长B会见…: the last host's name ends where 会见 (or 在<venue>) starts.
    if (!leaders.has(m.index)) continue;
    const guest = guestAt(anchors, m.index + m[0].length);
    if (!guest) continue;
    const division = hostDivision(m.index);
    if (!division) continue;
    // A与B工作会谈在…举行。…会见了B…: the same pair's happening told before is the one the reception is part of.
    if (found.some((c) => c.name.startsWith(`${division}与${guest.name}`))) continue;
    const verbAt = m.index + m[0].indexOf('会见');
    const venueAt = m.index + 1;
    const place = m[1] ? venueIn(anchors, venueAt, venueAt + m[1].length) : undefined;
    found.push(
      make(
        doc,
        'event:reception',
        `${division}与${guest.name}会见`,
        '会见',
        { start: verbAt, end: verbAt + 2 },
        { place },
      ),
    );
  }
}
