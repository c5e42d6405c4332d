import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { isOrg, venueIn } from './phrase.ts';

/**
 * Receptions: `<titled host>(<time>)(在<venue>)(亲切)会见(了)(来访的…)<guest>(<titles><name>)(一行)` — a division's
 * leaders meeting the people of a company, a body or another division, named after the host's division and the
 * guest's body or division (遂宁市与北辰重工股份有限公司会见), held at the venue.
 */

/** When, between the host's name and the verb (十五日傍晚, 6日上午, 昨天下午). */
const WHEN =
  '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日|今天|昨天|当天|日前|近日)?(?:上午|下午|晚上|傍晚|中午|晚间)?';
const RECEIVED = new RegExp(
  `${WHEN}(?:在([^。,，;；、\\n]{2,24}?))?(?:亲切|分别|共同|一同)?(?:会见|会晤|接见)了?`,
  'g',
);
/** Who the guests are before their name (来访的, 前来考察的, 到访的, 专程来X的): no part of it. */
const GUEST_LEAD = /^(?:来访|到访|前来[^,，。的]{0,10}|来[^,，。的]{1,10}|专程[^,，。的]{1,10})的/;

/** The division a host's post is in (市委书记X → 遂宁市), from where their name ends; undefined when none is read. */
export type HostDivision = (nameEnd: number) => string | undefined;

/**
 * The guest received: the body written right after 会见 (a company, an association, a delegation's body; its party
 * body counts as the company, a government body as its division), else the division it is written with
 * (<city>党政代表团, <county>长X一行).
 */
function guestAt(anchors: Anchor[], at: number): string | undefined {
  const here = anchors.filter((a) => a.start === at && a.source !== 'reference');
  const widest = (list: Anchor[]) =>
    list.reduce<Anchor | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
  const body = widest(here.filter((a) => isOrg(a) && a.kind !== 'party' && a.kind !== 'government'));
  if (body) return body.name;
  const government = widest(here.filter((a) => isOrg(a) && (a.kind === 'government' || a.kind === 'party')));
  if (government?.base?.type === 'Place') return government.base.name;
  const division = widest(here.filter((a) => a.source === 'division' && !a.short));
  return division?.name;
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
    // 市委书记A，市长B会见…: the last host's name ends where the time, 在<venue> or 会见 starts.
    if (!leaders.has(m.index)) continue;
    const after = m.index + m[0].length;
    const lead = GUEST_LEAD.exec(text.slice(after, after + 16))?.[0].length ?? 0;
    const guest = guestAt(anchors, after + lead);
    if (!guest) continue;
    const division = hostDivision(m.index);
    // A host received by their own division's body (区委书记会见区工商联…) is no reception between two sides.
    if (!division || division === guest) continue;
    // A与B工作会谈在…举行。…会见了B…: the same pair's happening told before is the one the reception is part of.
    if (found.some((c) => c.name.startsWith(`${division}与${guest}`))) continue;
    const verb = /会见|会晤|接见/.exec(m[0]);
    const verbAt = m.index + (verb?.index ?? 0);
    const venue = m[1] ? m.index + m[0].indexOf(m[1]) : undefined;
    const place = venue !== undefined ? venueIn(anchors, venue, venue + (m[1]?.length ?? 0)) : undefined;
    found.push(
      make(
        doc,
        'event:reception',
        `${division}与${guest}会见`,
        '会见',
        { start: verbAt, end: verbAt + 2 },
        { place },
      ),
    );
  }
}
