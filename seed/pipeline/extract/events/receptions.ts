import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { TO_COME_WORDS } from '../lexicon/words.ts';
import { type Candidate, make } from './found-event.ts';
import { clauseStart, isOrg, toCome, venueIn } from './phrase.ts';

/**
 * Receptions: `<titled host>(<time>)(在<venue>)(亲切)会见(了)(来访的…)<guest>(<titles><name>)(一行)` — the leaders
 * of a division or a body meeting the people of a company, a body or another division, named after both sides, the
 * host's first (遂宁市与北辰重工股份有限公司会见; a company's head receiving a city's: <group>与<city>会见), held at the venue.
 */

/** When, between the host's name and the verb (十五日傍晚, 6日上午, 昨天下午). */
const WHEN =
  '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日|今天|昨天|当天|日前|近日)?(?:上午|下午|晚上|傍晚|中午|晚间)?';
const RECEIVED = new RegExp(
  `${WHEN}(?:在([^。,，;；、\\n]{1,24}?))?(?:亲切|分别|共同|一同)?(?:会见|会晤|接见)了?`,
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
  const body = widest(here.filter((a) => isOrg(a) && a.kind !== 'party' && a.kind !== 'government'));
  if (body) return { name: body.name, division: false };
  // <group>党委书记、董事长X一行: a company's party body stands for the company.
  const company = widest(here.filter((a) => isOrg(a) && a.kind === 'party'))?.baseAnchor;
  if (company && isOrg(company) && company.kind !== 'party' && company.kind !== 'government')
    return { name: company.name, division: false };
  const government = widest(here.filter((a) => isOrg(a) && (a.kind === 'government' || a.kind === 'party')));
  if (government?.base?.type === 'Place') return { name: government.base.name, division: true };
  const division = widest(here.filter((a) => a.source === 'division' && !a.short));
  if (division) return { name: division.name, division: true };
  // <province short><city>委书记X (江西九江市委…): the province written before the guest's body is where it is.
  const province = widest(here.filter((a) => a.source === 'division' && a.end > at));
  return province ? guestAt(anchors, province.end) : undefined;
}

/** A clause opened by a bare kind of body before the host's title (<day>，集团董事长X…). */
const BARE_BODY_OPENS = /^(?:[^,，。；;\n]{0,12}[,，])?(集团|公司)[\u4e00-\u9fff、]{1,12}$/;

/**
 * `集团总裁X(在<venue>)会见…` on a page that names its group elsewhere: the host stands for the one body of that kind the
 * page names in full (a bare 集团 before its head's title is the page's own).
 */
function ownBody(doc: Doc, anchors: Anchor[], from: number, nameEnd: number): Side | undefined {
  if (nameEnd - from > 40) return undefined;
  const kind = BARE_BODY_OPENS.exec(doc.text.slice(from, nameEnd))?.[1];
  if (!kind) return undefined;
  const bodies = new Set(
    anchors
      .filter((a) => isOrg(a) && a.source !== 'reference' && a.kind !== 'party' && a.name.endsWith(kind))
      .map((a) => a.name),
  );
  const [only] = bodies;
  return bodies.size === 1 && only ? { name: only, division: false } : undefined;
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
    const host = hostSide(m.index) ?? ownBody(doc, anchors, sentenceAt(doc, m.index).start, m.index);
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

/** A person's name where the text writes it (participation's Occurrence: the events family may not import it). */
export interface PersonAt {
  id: string;
  start: number;
  end: number;
}

/** `A(分别)与<titles>B(、C)(及<titles>D)(在<venue>)会面`: people who meet; not one told as to come (将与, 亦会与). */
const MET = /与([^。；;！？\n]{2,60}?)(?:在([^。,，；;、\n]{2,24}?))?会面/g;
const TO_COME = new RegExp(`(?:${TO_COME_WORDS}|会)$`);
/** A day still to come told as a clause of its own before the meeting's (明天上午，…). */
const DAY_TO_COME = /^(?:明天|明日|后天|后日)(?:上午|下午|晚上|中午)?[,，]$/;

/**
 * Meetings of people: `<titled A>分别与<titled B>及<titled C>会面` (one meeting with each), `A与B和C会面` (one meeting,
 * named `A与B、C会面`); the first person named in the clause of 与 meets the people named after 与, held at the venue;
 * none still to come (将于<day>与…, 明天与…).
 */
export function meetingsOfPeople(
  doc: Doc,
  anchors: Anchor[],
  people: readonly PersonAt[],
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(MET)) {
    const sentence = sentenceAt(doc, m.index);
    const before = text
      .slice(sentence.start, m.index)
      .replace(/分别$/, '')
      .replace(/(?:也|亦|还|并|再)$/, '');
    if (TO_COME.test(before)) continue;
    const from = m.index + 1;
    const to = from + (m[1]?.length ?? 0);
    const written = (p: PersonAt) => text.slice(p.start, p.end);
    // The host is the first person named in the clause of 与 (据县长甲介绍，副县长乙与…会面: 乙; 甲在乙陪同下与丙会面 and
    // 甲、乙与丙会面: 甲); with none there, the sentence's subject (甲率团访问X，并与乙会面: 甲).
    const clause = clauseStart(text, sentence, m.index);
    const named = people.filter((p) => p.start >= sentence.start && p.end <= m.index);
    // 卓某先与…会面: a person named before on the page, written bare at the clause's start before an adverb the name
    // reader does not take as a boundary (先, 随后), is the host too.
    // (Two characters at least: a one-character person would match the opening of any clause.)
    const host =
      named.find((p) => p.start >= clause) ??
      named[0] ??
      people.find((p) => p.end - p.start >= 2 && text.startsWith(written(p), clause) && p.start !== clause);
    // 将于12日与…会面, 明天上午…与…会面: a meeting still to come (a word of its own in the clause) is none the article reports.
    if (toCome(doc, clause, m.index) || DAY_TO_COME.test(text.slice(sentence.start, clause))) continue;
    const guests = people
      .filter((p) => p.start >= from && p.end <= to && p.id !== host?.id)
      .sort((a, b) => a.start - b.start)
      .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
    if (!host || guests.length === 0) continue;
    const separately = text.slice(m.index - 2, m.index) === '分别';
    const verbAt = m.index + m[0].length - 2;
    const venue = m[2] ? m.index + m[0].lastIndexOf(m[2]) : undefined;
    const place = venue !== undefined ? venueIn(anchors, venue, venue + (m[2]?.length ?? 0)) : undefined;
    for (const group of separately ? guests.map((g) => [g]) : [guests]) {
      const metElsewhere = guests.filter((g) => !group.includes(g)).map((g) => g.id);
      found.push(
        make(
          doc,
          'event:people-meet',
          `${written(host)}与${group.map(written).join('、')}会面`,
          '会面',
          { start: verbAt, end: verbAt + 2 },
          { place, metElsewhere, ...(separately ? { combined: verbAt } : {}) },
        ),
      );
    }
  }
}
