import { entityId } from '../../../contract/annotation/ids.ts';
import type { Span } from '../../../contract/annotation/types.ts';
import type { Anchor } from './anchors.ts';
import { findEventDate } from './dates.ts';
import type { Doc } from './doc.ts';
import { aboutVisits } from './events/about-visits.ts';
import { bodyConducts } from './events/activities.ts';
import { activityVisits, bodyActivities } from './events/activity-visits.ts';
import { asWritten } from './events/as-written.ts';
import { attendedQuoted } from './events/attended-quoted.ts';
import { BARE_BODY_NAME } from './events/bare-holder.ts';
import { bodyConvenes } from './events/body-convenes.ts';
import { bodyMeetings } from './events/body-meetings.ts';
import { bothSidesMeet } from './events/both-sides-meet.ts';
import { callOns } from './events/call-ons.ts';
import { classesOpened } from './events/classes.ts';
import type { Candidate, FoundEvent } from './events/found-event.ts';
import { namedInFull } from './events/fuller-name.ts';
import { groupVisits } from './events/group-visits.ts';
import { heldAfter, heldBefore } from './events/held.ts';
import { heldRelative } from './events/held-relative.ts';
import { leadEvent } from './events/lead-event.ts';
import { learnedAt } from './events/learned-at.ts';
import { listedCeremonies } from './events/listed-ceremonies.ts';
import { cleanName } from './events/name-hygiene.ts';
import { formedAlliances, launchedAlliances, openings, unveilings } from './events/openings.ts';
import { ordinalSessions } from './events/ordinal-sessions.ts';
import { visitsToOurUnit } from './events/own-unit-visits.ts';
import { pageHappening } from './events/page-happening.ts';
import { passiveReceptions } from './events/passive-receptions.ts';
import { peopleSign } from './events/people-sign.ts';
import { DURING, placeIn } from './events/phrase.ts';
import { outsideRemarks } from './events/quoted-remarks.ts';
import {
  type HostSide,
  meetingsOfPeople,
  type PersonAt,
  receptions,
  talksWith,
} from './events/receptions.ts';
import {
  attachAgreements,
  initiators,
  mergeSignedVerbs,
  pairVerbs,
  signedVerbs,
  signingsDuring,
} from './events/signings.ts';
import { subjectVisits } from './events/subject-visits.ts';
import { verbLastVisits } from './events/verb-last-visits.ts';
import {
  followUpMeetings,
  hostedDelegations,
  meetingsToldAfter,
  meetingsToldRelative,
  meetingsWhereWent,
} from './events/visit-meetings.ts';
import type { VisitName } from './events/visits.ts';
import { visitsAt } from './events/visits-at.ts';
import { likelyRepublicYear, republicToCommonYear } from './republic-year.ts';
import { simplifiedName } from './script.ts';

export type { FoundEvent } from './events/found-event.ts';

/**
 * The happenings an article reports, one per distinct happening, read by each family in events/:
 * - held.ts: `<phrase>仪式/大会/论坛…在<place>举行`, `举行…<noun>` (余杭区人民政府与…战略合作协议签约, 2023张江…论坛);
 * - openings.ts: `<subject>(,)在<place>(宣告|正式)成立/开园/投产…` (“数智炬生”…党建联盟成立, …产业园开园),
 *   `<organisation>(揭牌|正式)成立`, `<organisation>召开<…大会>`, unveilings of what is no entity;
 * - signings.ts: `集中签约`, and the agreements signed (`A与B签署…协议`), at a ceremony or as signings of their own;
 * - visits.ts and the readers it lists: `(带队|率队)调研/走访/考察 <object>`, `率队赴<place>调研`, `到<place>调研，`,
 *   and 并召开座谈会;
 * - receptions.ts: `<titled host>会见<company>…`, named after the host's division and the company.
 * The kind comes from the verb or noun, the date from the sentence (else the first event's), HELD_AT from the
 * place after 在.
 */
export function findEvents(
  doc: Doc,
  anchors: Anchor[],
  visitName: VisitName,
  leaders: ReadonlySet<number> = new Set(),
  hostSide: HostSide = () => undefined,
  people: readonly PersonAt[] = [],
): FoundEvent[] {
  const found: Candidate[] = [];
  signedVerbs(doc, anchors, found);
  classesOpened(doc, anchors, found);
  const held = found.length;
  heldAfter(doc, anchors, found);
  heldBefore(doc, anchors, found);
  listedCeremonies(doc, anchors, found, held);
  heldRelative(doc, anchors, found);
  bodyConvenes(doc, anchors, found);
  attendedQuoted(doc, anchors, found);
  learnedAt(doc, anchors, found);
  openings(doc, anchors, found);
  unveilings(doc, anchors, found);
  formedAlliances(doc, anchors, found);
  launchedAlliances(doc, anchors, found);
  const named = subjectVisits(doc, visitName, found);
  groupVisits(doc, anchors, named, found, people);
  found.push(...visitsAt(doc, anchors, leaders, named));
  verbLastVisits(doc, anchors, leaders, visitName, found);
  aboutVisits(doc, anchors, leaders, found);
  activityVisits(doc, anchors, leaders, found);
  bodyActivities(doc, anchors, found);
  bodyConducts(doc, anchors, found);
  callOns(doc, anchors, people, found);
  visitsToOurUnit(doc, anchors, leaders, people, found);
  meetingsWhereWent(doc, anchors, found);
  hostedDelegations(doc, anchors, found);
  followUpMeetings(doc, anchors, found);
  receptions(doc, anchors, leaders, hostSide, found);
  passiveReceptions(doc, anchors, leaders, hostSide, found);
  bothSidesMeet(doc, leaders, hostSide, found);
  talksWith(doc, anchors, leaders, hostSide, found);
  meetingsOfPeople(doc, anchors, people, found);
  bodyMeetings(doc, anchors, leaders, hostSide, found);
  meetingsToldAfter(doc, found);
  pairVerbs(doc, anchors, found);
  attachAgreements(doc, anchors, found, leaders);
  mergeSignedVerbs(found);
  peopleSign(doc, leaders, hostSide, found);
  signingsDuring(doc, found);
  initiators(doc, anchors, found);
  namedInFull(doc, anchors, found);
  ordinalSessions(doc, anchors, found);
  meetingsToldRelative(doc, found);
  // Nothing read by a frame of its own: the happening the lead reports, read generally, and the meeting a visit
  // read so held (并召开座谈会, 座谈会上，…), by the visit frames' own rules.
  const nothingRead = found.length === 0;
  if (leadEvent(doc, anchors, leaders, found) && nothingRead) {
    followUpMeetings(doc, anchors, found);
    meetingsToldAfter(doc, found);
  }
  // Still none in the lead: the page's happening by structure, whoever does it, else the headline's act.
  pageHappening(doc, anchors, found);
  const told = outsideRemarks(doc, found).sort((a, b) => a.trigger.start - b.trigger.start);
  const events: FoundEvent[] = [];
  let first: FoundEvent | undefined;
  for (const c of told) {
    // 7月11日，…一行前往…。⏎ 随后，…举办了…座谈会: with no happening read before, the day told before it.
    const when =
      findEventDate(doc, c.sentence.start, c.trigger.start) ??
      dayRightAfter(doc, c.trigger.end) ??
      (first ? undefined : (findEventDate(doc, 0, c.sentence.start) ?? dayOpeningNext(doc, c.sentence.end)));
    // 当天下午，…: the day of the happening told before.
    const sameDay = when?.date === undefined && doc.text.startsWith('当天', when?.start ?? -1);
    // X集中开工暨Y动员大会: a happening of one ceremony with another takes its day when it has none of its own.
    const date =
      (when && !sameDay ? when.date : first?.date) ??
      yearNamed(doc, c.name, when?.start, c.sentence) ??
      (c.combined !== undefined ? events.find((e) => e.combined === c.combined && e.date)?.date : undefined);
    const partOfDay = when ? when.partOfDay : first?.partOfDay;
    // 第七届亚洲制造业**年会: a masked word leaves no mark in the name.
    const written = asWritten(doc, c);
    const name = cleanName(doc, anchors, c, simplifiedName(written.name).replace(/\*+/g, ''));
    if (name === undefined) continue;
    // 县十七届人大常委会第五次会议 on a page that names no county: a bare id would be every county's session.
    if (BARE_BODY_NAME.test(name)) continue;
    const aliases = written.aliases
      .map((a) => simplifiedName(a).replace(/\*+/g, ''))
      .filter((a) => a !== name);
    const id = entityId('Event', date ? `${date}:${name}` : name);
    // A shorter telling on a day of its own (5月9日…召开政企座谈会 after 5月1日…政协企业家座谈会) is another happening.
    const ownDay = sameDay ? undefined : when?.date;
    const same = events.find(
      (e) =>
        e.id === id ||
        (c.subject && e.subject?.id === c.subject.id && e.kind === c.kind) ||
        (toldShorter(name, c.noun, e) && (ownDay === undefined || ownDay === e.date)),
    );
    if (same) {
      same.place ??= c.place; // the same happening found twice: keep where it was held
      // 联盟成立仪式在…举行, read as a founding first: the name as written, with the noun after the act.
      if (name === `${same.name}${c.noun}` && written.aliases.length > 0) {
        same.aliases = [...new Set([...(same.aliases ?? []), same.name, ...aliases])].filter(
          (a) => a !== name,
        );
        same.name = name;
        same.id = entityId('Event', same.date ? `${same.date}:${name}` : name);
      }
      if (same.id !== id && toldShorter(name, c.noun, same))
        same.retold = [...(same.retold ?? []), c.trigger];
      continue;
    }
    const event: FoundEvent = { ...c, name, id, date, partOfDay, aliases: [...new Set(aliases)] };
    // …集中开工仪式，主会场设在旬邑县食品工业园: held where its main venue was set.
    if (!event.place) {
      const s = doc.text.slice(c.sentence.start, c.sentence.end);
      const venue = /(?:主会场|会场)(?:设在|设于|位于)/.exec(s);
      if (venue) {
        const from = c.sentence.start + venue.index + venue[0].length;
        const to = from + (doc.text.slice(from).search(/[,，。;；]/) + 1 || 40);
        event.place = placeIn(anchors, from, to);
      }
    }
    // 论坛上,…联盟揭牌成立: held where the first event was.
    if (!event.place && first?.place && DURING.test(doc.text.slice(c.sentence.start, c.trigger.start)))
      event.place = first.place;
    // 在宜昌市举行的“…座谈会暨…签约”会上，A代表B与C签订了…: held where the meeting it was signed at was.
    if (!event.place) {
      const at = events.find(
        (e) =>
          e.place &&
          e.sentence.start === c.sentence.start &&
          e.trigger.end <= c.trigger.start &&
          /^(?:暨[^,，。”"]{1,20})?[”"」』]?(?:会|仪式|活动)?(?:上|期间|现场)[,，]/.test(
            doc.text.slice(e.trigger.end, e.trigger.end + 28),
          ),
      );
      if (at) event.place = at.place;
    }
    events.push(event);
    first ??= event;
  }
  return events;
}

/**
 * `X年度…观摩会举行。2024年1月9日上午，…`: a happening told first in a sentence of its own, with no day read
 * before it, takes the full date opening the next sentence.
 */
function dayOpeningNext(doc: Doc, end: number) {
  const next = doc.sentences.find((s) => s.start >= end);
  if (!next || !/^\d{4}年\d{1,2}月\d{1,2}日/.test(doc.text.slice(next.start, next.start + 12)))
    return undefined;
  return findEventDate(doc, next.start, next.start + 16);
}

/**
 * `…举办了临渭文旅招商推介会。…当天下午，文旅推介会正式举行`: a happening told again by fewer of its own words (every
 * character in order, the same noun) is the one told before.
 */
function toldShorter(name: string, noun: string, before: FoundEvent): boolean {
  if (before.noun !== noun || name.length < noun.length + 2 || name.length >= before.name.length)
    return false;
  let at = 0;
  for (const ch of name) {
    at = before.name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * `6月18日上午 <county>举行了2022年第二批招商项目集中签约仪式` on a page with no date: the year the happening's own name gives
 * dates the day told (2022-06-18); so does a Taiwan page's year of the Republic (`<platform>113年度第2次会议` → 2024), and
 * a year inside a title in quotes or book marks in the sentence that tells the day (`在<city>举行的“2021年…推进会”上，…签约`).
 */
function yearNamed(doc: Doc, name: string, dayAt: number | undefined, sentence: Span): string | undefined {
  if (doc.published || dayAt === undefined) return undefined;
  // A year of the Republic: NNN年 (80–130) or NN(N)年度, never an anniversary (成立30年, 建校20年).
  // <body><ROC year>年度举办的『…』<day>…: a year of the Republic written before the name in its sentence counts too.
  const roc = doc.traditional
    ? (/(?<!\d|成立|建校|创会|创立|建会|满|周)(?:(\d{3})年(?!度)|(\d{2,3})年度)/.exec(name) ??
      /(?<!\d|成立|建校|创会|创立|建会|满|周)(\d{3})?(?:(\d{2,3})年度)(?=举办|举行|召开)/.exec(
        doc.text.slice(sentence.start, dayAt),
      ))
    : undefined;
  const rocYear = roc ? Number(roc[1] ?? roc[2]) : undefined;
  const titled = /[“"《「]((?:19|20)\d{2})年[^”"》」]{2,}[”"》」]/.exec(
    doc.text.slice(dayAt, sentence.end),
  )?.[1];
  const year =
    /((?:19|20)\d{2})年/.exec(name)?.[1] ??
    (rocYear !== undefined && (roc?.[2] !== undefined || likelyRepublicYear(rocYear))
      ? String(republicToCommonYear(rocYear))
      : titled);
  const day = /^(\d{1,2})月(\d{1,2})日/.exec(doc.text.slice(dayAt, dayAt + 8));
  if (!year || !day?.[1] || !day[2]) return undefined;
  return `${year}-${day[1].padStart(2, '0')}-${day[2].padStart(2, '0')}`;
}

/**
 * `<congress>27日在<city>举行`, `<forum>于今天上午开幕`: a day written right after the happening's noun, before where or how
 * it was held, when none was told before it.
 */
function dayRightAfter(doc: Doc, end: number) {
  const lead = /^[』」”"]?(?:于|已于|将于)?/.exec(doc.text.slice(end, end + 4))?.[0] ?? '';
  const when = findEventDate(doc, end + lead.length, Math.min(doc.text.length, end + lead.length + 10));
  if (!when || when.start !== end + lead.length) return undefined;
  const after = doc.text.slice(when.end, when.end + 30);
  // 『…』<day>至<day>分别在A、B…召开: where may list several places.
  return /^(?:在|于)?[^,，。；;]{0,24}(?:举行|召开|开幕|举办|成立|揭牌|签约|签署)/.test(after) ||
    /^至\d{1,2}日[^,，。；;]{0,40}(?:举行|召开)/.test(doc.text.slice(when.end, when.end + 50))
    ? when
    : undefined;
}
