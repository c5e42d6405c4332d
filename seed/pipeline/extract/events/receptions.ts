import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { isOrg, venueIn } from './phrase.ts';

/**
 * Receptions: `<titled host>(<time>)(在<venue>)(亲切)会见(了)(来访的…)<guest>(<titles><name>)(一行)` — the leaders
 * of a division or a body meeting the people of a company, a body or another division, named after both sides, the
 * host's first (遂宁市与北辰重工股份有限公司会见; a company's head receiving a city's: <group>与<city>会见), held at the venue.
 */

/** When, between the host's name and the verb (十五日傍晚, 6日上午, 昨天下午). */
const WHEN =
  '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日|今天|昨天|当天|日前|近日)?(?:上午|下午|晚上|傍晚|中午|晚间)?';
const RECEIVED = new RegExp(
  `${WHEN}(?:在([^。,，;；、\\n]{2,24}?))?(?:亲切|分别|共同|一同)?(?:会见|会晤|接见)了?`,
  'g',
);
/** `<titled host>(在<venue>)与<body>…一行座谈`: talks the host holds with a body's people. */
const TALKED_WITH = new RegExp(`${WHEN}(?:在([^。,，;；、与\\n]{2,24}?))?与`, 'g');
const TALKS_END = /^[^。,，;；\n]{0,30}?一行(?:进行)?座谈(?:交流)?/;

/** Who the guests are before their name (来访的, 前来考察的, 到访的, 专程来X的): no part of it. */
const GUEST_LEAD = /^(?:来访|到访|前来[^,，。的]{0,10}|来[^,，。的]{1,10}|专程[^,，。的]{1,10})的/;

/** A side of a reception: a division (市委书记X → 遂宁市) or a body (集团总经理X → the group). */
export interface Side {
  name: string;
  division: boolean;
}

/** The side a titled host stands for, from where their name ends; undefined when none is read. */
export type HostSide = (nameEnd: number) => Side | undefined;

/**
 * The guest received: the body written right after 会见 (a company, an association, a delegation's body; its party
 * body counts as the company, a government body as its division), else the division it is written with
 * (<city>党政代表团, <county>长X一行).
 */
function guestAt(anchors: Anchor[], at: number): Side | undefined {
  const here = anchors.filter((a) => a.start === at && a.source !== 'reference');
  const widest = (list: Anchor[]) =>
    list.reduce<Anchor | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
  const body = widest(here.filter((a) => isOrg(a) && a.kind !== 'party' && a.kind !== 'government'));
  if (body) return { name: body.name, division: false };
  // <group>党委书记、董事长X一行: a company's party body stands for the company.
  const company = widest(here.filter((a) => isOrg(a) && a.kind === 'party'))?.baseAnchor;
  if (company && isOrg(company) && company.kind !== 'party' && company.kind !== 'government')
    return { name: company.name, division: false };
  const government = widest(here.filter((a) => isOrg(a) && (a.kind === 'government' || a.kind === 'party')));
  if (government?.base?.type === 'Place') return { name: government.base.name, division: true };
  const division = widest(here.filter((a) => a.source === 'division' && !a.short));
  return division ? { name: division.name, division: true } : undefined;
}

export function receptions(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  hostSide: HostSide,
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
    const host = hostSide(m.index);
    // A host received by their own side (区委书记会见区工商联…) is no reception between two sides.
    if (!host || host.name === guest.name) continue;
    // Named with the host's side first, as the page tells it (集团董事长X会见来访的<city>书记Y → <group>与<city>会见).
    const pair = `${host.name}与${guest.name}`;
    // A与B工作会谈在…举行。…会见了B…: the same pair's happening told before is the one the reception is part of.
    if (found.some((c) => c.name.startsWith(pair))) continue;
    const verb = /会见|会晤|接见/.exec(m[0]);
    const verbAt = m.index + (verb?.index ?? 0);
    const venue = m[1] ? m.index + m[0].indexOf(m[1]) : undefined;
    const place = venue !== undefined ? venueIn(anchors, venue, venue + (m[1]?.length ?? 0)) : undefined;
    found.push(
      make(doc, 'event:reception', `${pair}会见`, '会见', { start: verbAt, end: verbAt + 2 }, { place }),
    );
  }
}

/**
 * `<titled host>在<venue>与<group>党委书记C一行座谈交流`: talks a titled host holds with a body's people, named after the
 * host's side and the body (<city>与<group>座谈), held at the venue.
 */
export function talksWith(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  hostSide: HostSide,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(TALKED_WITH)) {
    if (!leaders.has(m.index)) continue;
    const after = m.index + m[0].length;
    const guest = guestAt(anchors, after);
    const talks = TALKS_END.exec(text.slice(after));
    const host = hostSide(m.index);
    if (!guest || guest.division || !talks || !host || host.name === guest.name) continue;
    const pair = `${host.name}与${guest.name}`;
    if (found.some((c) => c.name.startsWith(pair))) continue;
    const verbAt = after + talks[0].lastIndexOf('座谈');
    const venue = m[1] ? m.index + m[0].indexOf(m[1]) : undefined;
    const place = venue !== undefined ? venueIn(anchors, venue, venue + (m[1]?.length ?? 0)) : undefined;
    found.push(
      make(doc, 'event:talks-with', `${pair}座谈`, '座谈', { start: verbAt, end: verbAt + 2 }, { place }),
    );
  }
}
