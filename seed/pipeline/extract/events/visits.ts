import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, VISIT_VERBS } from '../lexicon/events.ts';
import { TO_COME_WORDS } from '../lexicon/words.ts';
import { titleOf, visitorOf } from './call-ons.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, placeIn, regionShort } from './phrase.ts';
import type { PersonAt } from './receptions.ts';

/** A visit still planned (将赴, 拟到, 要去): no inspection happened yet. */
const PLANNED = new RegExp(`${TO_COME_WORDS}|要`);

/**
 * Visits: `(带队|率队)调研/走访/考察 <object>` named after their subject (历城区重点产业项目建设情况调研); a group going
 * to a place (率队赴…调研); a titled person's visit to places written before the verb (到明珠工业园调研，…); visits told
 * as activities. The meetings of a visit are in ./visit-meetings.ts.
 */

/** Visit verbs, compounds first: the name keeps the verb as written (走访调研 → …走访调研). */
export const VERBS = alternation(VISIT_VERBS);
/** Guiding, checking or comforting written right after a visit verb is part of it (视察指导, 走访慰问), not what it was about. */
export const GUIDES = '(?:指导|检查|督导|慰问)';
// (考察团, 调研组: who goes, not the verb.)
const VISIT = new RegExp(`(?:带队|率队|一行)?((?:${VERBS})${GUIDES}?)(?![团组队])([^。,，;\\n]{2,30})`, 'g');
/** Verbs of a call on a body (not an inspection of it): the body called on takes part. */
const CALL_ON_VERB = /^(?:参访|到访|拜会|拜访|访问)$/;
/** A courtesy call's verb: its object is who is called on. */
const CALL_VERB = /^(?:拜会|拜访|拜见)$/;
/** What was said during the visit, after its subject (…时强调, …时的指示精神): no part of the subject. */
const SAID_DURING = /(?:时|期间|过程中)(的|强调|指出|表示|要求|提出|说).*$/;
/** A subject that opens on another visit verb (调研 + 考察…) or on guiding (视察 + 指导): none. */
export const OPENS_ON_VERB = new RegExp(`^(?:${VERBS}|${GUIDES})`);
/** A study or exchange trip (考察学习, 考察交流): named whole after where it went, never after a subject. */
const STUDY_TRIP = /^(?:考察学习|学习考察|考察交流|参观考察|参观交流|调研学习|学习调研)$/;
/**
 * What a visit was about, between where it went and 进行/开展 (到<county>就<matter>进行调研, 深入<district>，对<firms>进行调研,
 * 围绕<theme>开展调研), no clause break inside. A matter after 就 or 对 names the visit (<matter>调研, as the real-page
 * gold names it); a theme after 围绕 does not (the visit keeps the name of where it went).
 */
const ABOUT = String.raw`(?:[,，]?(?:就|对|围绕)[^。；;,，:：\n]{2,80}?(?=进行|开展))`;
/** The same, read again between where the visit went and its verb. */
const MATTER = /^[,，]?(就|对|围绕)([^。；;,，:：\n]{2,80}?)(?:进行|开展)了?$/;

/**
 * The name a visit takes from its matter, written in text[from, verbAt) (就<matter>进行调研 → <matter>调研), or
 * undefined when it takes none.
 */
function matterName(
  text: string,
  anchors: Anchor[],
  from: number,
  verbAt: number,
  verb: string,
): string | undefined {
  const m = MATTER.exec(text.slice(from, verbAt));
  const about = m?.[1];
  const matter = m?.[2];
  if (!matter || (about !== '就' && about !== '对')) return undefined;
  const at = from + m[0].indexOf(matter, 1);
  // 对<town>、<town>进行调研: places and bodies only are where it went, not a matter.
  if (about === '对' && placesWalked(text, anchors, at, at + matter.length)) return undefined;
  return `${matter.replace(/等$/, '')}${verb}`;
}
/** A month's or day's number, in digits or Chinese numerals (于三月二十二日下午). */
const DAY_NUMBER = String.raw`(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})`;
/** When, and who leads, between a group and its going (一行15人11月28日上午在副县长X带领下抵达…). */
const WHEN_LED = String.raw`(?:于?(?:(?:${DAY_NUMBER}月)?${DAY_NUMBER}日(?:上午|下午|晚上|晚)?|日前|近日))?(?:在[^。,，;\n]{2,20}?(?:带领|率领)下)?`;
const VISIT_TO = new RegExp(
  `(?:带队|率队|率团|一行|代表团|考察团|考察组|调研组|参观团|观摩团|参访团|访问团|交流团)(?:[近约逾]?[0-9一二三四五六七八九十]{1,3}余?人[,，]?)?${WHEN_LED}(?:(?:今天|今日|昨天|昨日|日前|近日)?(?:赴|到|来|前往|来到|走进|莅临|深入|抵达)([^。,，;\\n]{2,20}?)${ABOUT}?(?:[,，]?(?:进行|开展|展开|开始)(?:为期[^。,，;\\n]{1,6}?的?)?)?((?:${VERBS})${GUIDES}?)|(?:并|还|随后)?(参访|到访)([^。,，;、\\n]{2,12}?)(?=[,，。;；]))`,
  'dg',
);
/** Another name of a place in brackets after it (松北区(<new area>)). */
const BRACKETED_NAME = /(?<=[\u4e00-\u9fff])[(（][^()（）]{2,12}[)）]$/;
/** A matter in quotes, and how, between where a group went and its verb (…开展“<matter>”专项视察). */
const MATTER_AFTER_GOING = /[,，]?(?:开展|进行)了?[“"「]([^”"」]{2,40})[”"」]([\u4e00-\u9fff]{0,4})$/;
/** Where the verb of a group's visit starts. */
const verbStart = (m: RegExpExecArray, after: boolean) => m.indices?.[after ? 3 : 2]?.[0] ?? m.index;

/** A visit whose object is written before its verb, with nothing after it (到明珠工业园调研，…). */
const VISIT_AT = new RegExp(
  `(?:一行)?(?:还|又|也|随后)?(?:专程)?(?:赴|到|前往|来到|深入|莅临|抵达|来(?=园区|厂区|景区)|来(?!自)(?=[^。,，;；:：\\n]{1,12}?(?:省|市|区|县|旗|镇|乡|街道)))([^。,，;；:：\\n]{2,40}?)${ABOUT}?(?:开展|进行)?了?((?:${VERBS})${GUIDES}?)(?=[,，。；;]|并(?:召开|主持|举行|参加))`,
  'dg',
);
/** A visit with its verb last, what it was about after 对 (带队对<subject or places>进行(了)调研). */
const VERB_LAST = new RegExp(
  `(?:带队|率队|一行)?对([^。,，;；:：“”\\n]{2,40}?)(?:进行|开展)了?(${VERBS})(?=[,，。；;]|并(?:召开|主持|举行|参加))`,
  'dg',
);
/** Companies of a kind a leader goes to, after the places they are in (部分工业企业, 重点外贸企业). */
const COMPANIES_OF_A_KIND = /^(?:部分|重点|一批|多家|有关|相关)([\u4e00-\u9fff]{1,6}企业)$/;

/** A leader taking a group to places to carry out a visit named as an activity (开展春节走访慰问活动). */
const ACTIVITY_VISIT =
  /(?:率队|带队)?(?:先后|分别)?(?:赴|到|前往|来到|深入)([^。；;\n]{2,60}?)开展了?([^。,，；;、“”\n]{0,8}?)(走访慰问|慰问走访|走访调研|调研走访|调研学习|考察学习|学习考察|走访|慰问|视察|调研|考察|督导)(?:活动)?(?=[,，。；;])/g;
/** Words before an activity's verb that say how it was done, not what about (异地视察, 交叉视察): no subject. */
const HOW = /^(?:异地|交叉|集中|专题|实地|现场|联合|蹲点)?$/;
/** A body carrying out a visit named as an activity (<county>政协开展全县X视察活动). */
const BODY_ACTIVITY = /开展([^。,，；;、“”\n]{2,20}?)(走访慰问|视察|调研|考察|走访|督导)活动/g;

/** Who a leader brings, between the leader and where they go (带领部分县政协委员赴…). */
const BRINGS = /^(?:带领|率领|率)[^,，。;；\n]{0,20}$/;
/** How a leader sets off, between the name and where they go (同志带队到…, 于<days>期间赴…). */
const SETS_OFF =
  /^(?:同志)?(?:于(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午)?(?:期间)?)?(?:带队|率队)?$/;

/** Who goes with a leader, between the leader and where they go (在<titles and names>(的)陪同下，深入…). */
const ESCORTED = /^在[^。；;\n]{2,60}?陪同下[,，]?$/;

/** A titled leader goes to what starts at `at`: right after the name, or after whom they bring or go with. */
function ledTo(text: string, leaders: ReadonlySet<number>, at: number): boolean {
  if (leaders.has(at)) return true;
  for (const end of leaders) {
    if (end >= at) continue;
    const between = text.slice(end, at);
    if (BRINGS.test(between) || ESCORTED.test(between) || SETS_OFF.test(between)) return true;
  }
  return false;
}

/** Names a visit with a subject (调研重点项目建设工作 → 重点项目建设调研), or undefined when it has none. */
export type VisitName = (at: number, verb: string, object: string, text: string) => string | undefined;

/** 调研重点项目建设工作: a visit with a subject, named after it wherever it went. Returns where their verbs end. */
export function subjectVisits(doc: Doc, visitName: VisitName, found: Candidate[]): Set<number> {
  const named = new Set<number>();
  for (const m of doc.text.matchAll(VISIT)) {
    const written = m[1] ?? '';
    if (STUDY_TRIP.test(written) || STUDY_TRIP.test(written + (m[2] ?? '').slice(0, 2))) continue;
    // 拜会<body><title><name>: who is called on, not what a visit was about (./call-ons.ts names it).
    if (CALL_VERB.test(written)) continue;
    // 一行到访<body>: a group's call, read with who sends it by groupVisits (禾川商会到访<body>).
    if (m[0].startsWith('一行') && CALL_ON_VERB.test(written)) continue;
    // 到X公司调研考察,…: a compound verb with nothing after it, read short (调研 + 考察 as its subject), is no subject.
    if (OPENS_ON_VERB.test(m[2] ?? '')) continue;
    // 调研<matter>时的指示: a remark about a visit, not one told; 调研<matter>时强调: the subject ends at 时.
    if (SAID_DURING.exec(m[2] ?? '')?.[1] === '的') continue;
    const subject = (m[2] ?? '').replace(SAID_DURING, '');
    // The verb as written, compounds whole (走访调研, 实地调研): the guide names events in the text's words.
    const verb = written;
    const at = m.index + m[0].length - (m[2]?.length ?? 0) - written.length;
    const name = visitName(m.index, verb, subject, doc.text);
    if (!name || notMade(doc, at)) continue;
    named.add(at + written.length);
    found.push(
      make(
        doc,
        'event:visit',
        name,
        verb,
        {
          start: at - (m[0].startsWith('带队') || m[0].startsWith('率队') ? 2 : 0),
          end: at + written.length,
        },
        {},
      ),
    );
  }
  return named;
}

/** 率队赴河北省雄安新区调研: a visit to a place, named after the innermost place and the verb. */
export function groupVisits(
  doc: Doc,
  anchors: Anchor[],
  named: ReadonlySet<number>,
  found: Candidate[],
  people: readonly PersonAt[] = [],
): void {
  for (const m of doc.text.matchAll(VISIT_TO)) {
    // 一行12人参访瓯海，…: the verb before where it went.
    const after = m[3] !== undefined;
    const wentTo = (after ? m[4] : m[1]) ?? '';
    const verb = (after ? m[3] : m[2]) ?? '';
    const where = m.indices?.[after ? 4 : 1]?.[0] ?? m.index;
    // 赴<city>开展“<matter>”专项视察: what it was about, quoted after where it went, names it (as the lead reading does).
    const matter = MATTER_AFTER_GOING.exec(wentTo);
    // 赴松北区(<new area>): another name of the place, in brackets after it, is not where it went.
    const object = (matter ? wentTo.slice(0, matter.index) : wentTo).replace(BRACKETED_NAME, '');
    const place = placeIn(anchors, where, where + object.length);
    if (matter) {
      if (object.length < 2 || named.has(verbStart(m, after) + verb.length) || notMade(doc, m.index))
        continue;
      const at = verbStart(m, after);
      found.push(
        make(
          doc,
          'event:visit-to',
          `${matter[1]}${matter[2]}${verb}`,
          verb,
          { start: at, end: at + verb.length },
          { place },
        ),
      );
      continue;
    }
    const at = verbStart(m, after);
    if (named.has(at + verb.length) || notMade(doc, m.index)) continue;
    // A division written short or as 我市 is named in full (瓯海 → 瓯海区参访); a place no list knows, as written
    // (赴我市进行考察 with no city known is named after nothing: no visit).
    // 抵达<city>议会进行参访: a body visited, named as written.
    const body =
      anchors.find((a) => isOrg(a) && a.start === where && a.end === where + object.length) ??
      (place ? undefined : bodyOfKind(anchors, object, where));
    const written = body
      ? body.start === where
        ? doc.text.slice(body.start, body.end)
        : body.name
      : place
        ? doc.text.slice(place.start, place.end)
        : object.replace(/(?:进行|开展)$/, '');
    if (!place && written.startsWith('我')) continue;
    // 一行到访表示欢迎: 到访 names a visit only with the place or body it went to.
    if (verb === '到访' && !place && !body) continue;
    // <chamber>会长X率参访团…到访<county>: the association whose delegation it is goes too. A division's own bodies are
    // the leaders' posts, and a firm's head leading its staff makes the visit himself: the firm is no party (a firm is
    // what a visit goes to, not a delegation that makes one).
    const visitor = visitorOf(doc, anchors, people, sentenceAt(doc, at), at);
    // Only the body whose own head leads (<chamber>会长X一行), not one of a chain of a person's posts in several bodies
    // (<association>副会长、<alliance>副理事长…X一行) nor a rank (全国政协委员、…).
    const association =
      visitor?.source !== 'body' &&
      visitor?.kind === 'association' &&
      visitor.id !== body?.id &&
      titleOf(doc.text, people, visitor)
        ? visitor
        : undefined;
    // <association>会长X一行到访<body>: one body calling on another, named like a courtesy call (./call-ons.ts).
    const name =
      (after ? undefined : matterName(doc.text, anchors, where + wentTo.length, at, verb)) ??
      (association && body
        ? `${doc.text.slice(association.start, association.end)}${verb}${written}`
        : `${!body && (place?.short || written.startsWith('我')) ? regionShort(place?.name ?? written) : written}${verb}`);
    // …held in the division whose body it visited (抵达<county>议会 → the county).
    const held = place ?? (body?.base?.type === 'Place' ? { ...body, ...body.base } : undefined);
    // A body called on (到访, 参访) receives the visitors and takes part, as in ./call-ons.ts; one inspected (调研<firm>)
    // does not.
    const host = CALL_ON_VERB.test(verb) ? body : undefined;
    const guests = [association, host].filter((a): a is Anchor => a !== undefined);
    found.push(
      make(doc, 'event:visit-to', name, verb, { start: at, end: at + verb.length }, { place: held, guests }),
    );
  }
}

/** Bodies a group goes to written by their kind alone (一行到商会调研交流). */
const BODY_KIND: Record<string, (a: Anchor) => boolean> = {
  商会: (a) => a.kind === 'association' && a.name.endsWith('商会'),
  协会: (a) => a.kind === 'association' && a.name.endsWith('协会'),
  公司: (a) => a.kind === 'company',
  集团: (a) => a.kind === 'company' && a.name.includes('集团'),
};

/** How far after the kind the body it stands for may be named (一行到商会调研交流。<chamber>会长X…). */
const KIND_NAMED_WITHIN = 40;

/**
 * 一行到商会调研交流。<chamber>会长X…: the body of that kind named right after (the next clause or sentence), else the
 * one body of that kind the page names.
 */
function bodyOfKind(anchors: Anchor[], kind: string, at: number): Anchor | undefined {
  const of = BODY_KIND[kind];
  if (!of) return undefined;
  const bodies = anchors.filter((a) => isOrg(a) && a.source !== 'reference' && of(a));
  const next = bodies.find((a) => a.start > at && a.start <= at + KIND_NAMED_WITHIN);
  return next ?? (new Set(bodies.map((a) => a.id)).size === 1 ? bodies[0] : undefined);
}

/**
 * 区委书记董可到明珠工业园调研，…; 祝海涛一行到A公司和B公司走访: the places and bodies between the going and the verb,
 * when a titled person goes (`leaders`: where titled names end). Named after the last one written and the verb.
 */
export function visitsAt(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  taken: Set<number>,
): Candidate[] {
  const { text } = doc;
  const found: Candidate[] = [];
  for (const m of text.matchAll(VISIT_AT)) {
    // 部长X带领宣传部机关工作人员来园区调研: the leader may bring a group first.
    const led = ledTo(text, leaders, m.index);
    if (!led) continue;
    const written = m[2] ?? '';
    const verbAt = m.index + m[0].length - written.length;
    // 一行还前往A公司开展实地调研: the places end where the verb (or 开展, 进行) starts.
    const [placesAt, end] = m.indices?.[1] ?? [verbAt, verbAt];
    let at = placesAt;
    let last: Anchor | undefined;
    // 到<town>X果蔬基地、<town>Y养老院…: in a list of two or more, an item opening on a place may close on a site no list
    // knows.
    const listed = text.slice(placesAt, end).includes('、');
    let opened = false;
    while (at < end) {
      const here = widest(anchors.filter((a) => a.start === at && a.end <= end && a.source !== 'reference'));
      if (here) {
        last = here;
        at = here.end;
        opened = true;
      } else if (
        opened &&
        /[(（]/.test(text[at] ?? '') &&
        /^[(（][^()（）]{2,12}[)）]/.test(text.slice(at, end))
      ) {
        // 松北区(<new area>): another name of the place just written, in brackets, is no other place visited.
        at += /^[(（][^()（）]{2,12}[)）]/.exec(text.slice(at, end))?.[0].length ?? 0;
      } else if (
        text[at] === '、' ||
        (/[和及与]/.test(text[at] ?? '') && (!listed || !opened || anchors.some((a) => a.start === at + 1)))
      ) {
        at++;
        opened = false;
      } else if (listed && opened && !COMPANIES_OF_A_KIND.test(text.slice(at, end))) {
        // Items split at 、 only (<town>和美养老院 is one site); …白沙村开展交流考察学习: what was done there is no site.
        const site = /^[\u4e00-\u9fff]{1,12}?(?=、|$)/.exec(text.slice(at, end));
        if (!site || /开展|进行/.test(site[0])) break;
        at += site[0].length;
      } else break;
    }
    if (taken.has(verbAt + written.length) || notMade(doc, m.index)) continue;
    // The verb as written, compounds whole (<town>走访调研, <company>调研考察).
    const verb = written;
    const trigger = { start: verbAt, end: verbAt + written.length };
    // 深入青川区部分外贸企业调研: companies of a kind, named by the kind.
    const kind = at !== end ? COMPANIES_OF_A_KIND.exec(text.slice(at, end)) : null;
    if (kind?.[1]) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-kind', `${kind[1]}${verb}`, verb, trigger, {}));
      continue;
    }
    // 来园区调研: a bare 园区 names the visit, no place; 莅临我<body kind>总部指导工作: the page's own body, named without 我.
    const bare = /^(?:园区|厂区|景区)$|^我((?:集团|公司|企业|单位|协会|商会|学校|医院)(?:总部)?)$/.exec(
      text.slice(at, end),
    );
    if (at === placesAt && bare) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-at', `${bare[1] ?? bare[0]}${verb}`, verb, trigger, {}));
      continue;
    }
    // 来到这里，就<matter>开展调研: a visit its matter names needs no place it went to that a list knows.
    const matter = matterName(text, anchors, end, verbAt, verb);
    if ((at !== end || !last) && matter) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-at', matter, verb, trigger, {}));
      continue;
    }
    if (at !== end || !last) continue;
    taken.add(verbAt + written.length);
    // 来我县视察: the page's own division by its name; a division written short (赴浙江) is named in full (the guide).
    const lastWritten = text.slice(last.start, last.end);
    const where =
      (lastWritten.startsWith('我') || last.short) && last.type === 'Place'
        ? regionShort(last.name)
        : lastWritten;
    found.push(
      make(doc, 'event:visit-at', matter ?? `${where}${verb}`, verb, trigger, {
        place: last.type === 'Place' ? last : undefined,
      }),
    );
  }
  return found;
}

/**
 * 区委书记X率队先后赴A、B、C等企业开展春节走访慰问活动: a titled leader's visit told as an activity, named by it
 * (春节走访慰问), held at no place in particular (the companies are where it went, not places).
 */
export function activityVisits(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(ACTIVITY_VISIT)) {
    // 县政协主席X带领部分委员赴…: the leader may bring a group first.
    const led = ledTo(text, leaders, m.index);
    const how = m[2] ?? '';
    const verb = m[3] ?? '';
    // 市政协组织部分委员赴X市开展异地视察活动: an inspection of a place needs no titled leader, only no plan.
    const clause = text.slice(0, m.index).search(/[^,，。；;\n]*$/);
    const inspection = HOW.test(how) && !PLANNED.test(text.slice(clause, m.index));
    // <body>、<experts>赴<county>开展<subject>调研: a body opening the clause goes, with a subject (none planned).
    const bodyGoes =
      !HOW.test(how) &&
      !PLANNED.test(text.slice(clause, m.index)) &&
      anchors.some(
        (a) => isOrg(a) && a.start === clause + (/^\s*/.exec(text.slice(clause))?.[0].length ?? 0),
      );
    if ((!led && !inspection && !bodyGoes) || notMade(doc, m.index)) continue;
    const end = m.index + m[0].length - (m[0].endsWith('活动') ? 2 : 0);
    const trigger = { start: end - how.length - verb.length, end };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    if (!HOW.test(how)) {
      found.push(make(doc, 'event:activity-visit', `${how}${verb}`, verb, trigger, {}));
      continue;
    }
    // 赴丽水市开展异地视察活动: how it was done names no subject; named after where it went (丽水市异地视察).
    const whereAt = m.index + m[0].indexOf(m[1] ?? '');
    const place = placeIn(anchors, whereAt, whereAt + (m[1]?.length ?? 0));
    if (place?.source !== 'division') {
      // 副市长X在…的陪同下，来到A集团，开展走访调研活动: a body the titled leader of the sentence came to, the only
      // place written, names the visit (A集团走访调研), held at no place.
      const body = anchors
        .filter(
          (a) => a.type === 'Organization' && a.start >= whereAt && a.end <= whereAt + (m[1]?.length ?? 0),
        )
        .pop();
      const opens = sentenceAt(doc, m.index).start;
      const ledHere = [...leaders].some((end) => end >= opens && end < m.index);
      if (!body || !ledHere || place || how) continue;
      found.push(make(doc, 'event:activity-visit', `${body.name}${verb}`, verb, trigger, {}));
      continue;
    }
    const name = `${place.short ? place.name : text.slice(place.start, place.end)}${how}${verb}`;
    found.push(make(doc, 'event:activity-visit', name, verb, trigger, { place }));
  }
}

/**
 * `<county>政协开展全县X视察活动`: a body opening its clause carries out a visit told as an activity, named by
 * what it is (全县X视察; how alone, 异地视察, names nothing without where it went).
 */
export function bodyActivities(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(BODY_ACTIVITY)) {
    const what = m[1] ?? '';
    const verb = m[2] ?? '';
    if (HOW.test(what) || notMade(doc, m.index)) continue;
    const body = anchors.find((a) => isOrg(a) && a.end === m.index);
    if (!body || clauseStart(text, sentenceAt(doc, m.index), body.start) !== body.start) continue;
    const start = m.index + 2;
    const trigger = { start, end: start + what.length + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    found.push(make(doc, 'event:body-activity', `${what}${verb}`, verb, trigger, {}));
  }
}

/**
 * `<titled leader>带队对<subject>进行(了)调研`: a visit told with its verb last, named after what it was about as written
 * (the page's own division, 我区 or 全区, named in full; 我X no list resolves is left out), then the verb.
 */
export function verbLastVisits(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  visitName: VisitName,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(VERB_LAST)) {
    if (!ledTo(text, leaders, m.index)) continue;
    const [from, to] = m.indices?.[1] ?? [0, 0];
    const verb = m[2] ?? '';
    const verbAt = m.index + m[0].length - verb.length;
    const trigger = { start: verbAt, end: verbAt + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    if (notMade(doc, m.index)) continue;
    let subject = text.slice(from, to).replace(/等$/, '');
    // 对此进行了调研, 对这一问题…: a remark about something told before, not a visit.
    if (DEMONSTRATIVE.test(subject)) continue;
    // 对东岭镇、西坪镇进行了调研: places and bodies only, named after the last like a visit to them (held there).
    const last = placesWalked(text, anchors, from, to);
    if (last) {
      const where = text.slice(last.start, last.end);
      const name = `${where.startsWith('我') && last.type === 'Place' ? last.name : where}${verb}`;
      const place = last.type === 'Place' ? last : undefined;
      found.push(make(doc, 'event:visit-verb-last', name, verb, trigger, { place }));
      continue;
    }
    // 对我区重点企业…: the page's own division by its name (a place anchor over 我区 or 全区).
    const own = /^[我全][区市县镇乡]/.exec(subject);
    if (own) {
      const division = anchors.find(
        (a) => a.type === 'Place' && a.source === 'division' && a.start === from && a.end === from + 2,
      );
      if (division) subject = `${division.name}${subject.slice(2)}`;
      else if (subject.startsWith('我')) subject = subject.slice(2);
    }
    // 对我县工作进行了视察 with no county known: a name that says nothing.
    if (subject.length < 2 || GENERIC.test(subject)) continue;
    // 全县… resolved as a subject visit names it (the leader's county).
    const name = visitName(m.index, verb, subject, text) ?? `${subject}${verb}`;
    found.push(make(doc, 'event:visit-verb-last', name, verb, trigger, {}));
  }
}

/** A subject that refers back (此, 这一, 该, 上述, 近期…). */
const DEMONSTRATIVE = /^(?:这|此|该|其|那|上述|有关|相关|近期|下一步)/;
/** A subject that says nothing once the page's own division is left out (工作, 各项工作, 有关情况). */
export const GENERIC = /^(?:各项|全面|日常|有关|相关)?(?:工作|情况|问题|事项|工作情况)$/;

/** The last of the places and bodies that alone, with separators, fill text[from, to); undefined when anything else does. */
function placesWalked(text: string, anchors: Anchor[], from: number, to: number): Anchor | undefined {
  let at = from;
  let last: Anchor | undefined;
  while (at < to) {
    const here = widest(anchors.filter((a) => a.start === at && a.end <= to && a.source !== 'reference'));
    if (here) {
      last = here;
      at = here.end;
    } else if (last && /[、和及与]/.test(text[at] ?? '')) at++;
    else return undefined;
  }
  return last;
}
