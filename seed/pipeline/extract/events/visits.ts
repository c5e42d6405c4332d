import { gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, MEETING_NOUNS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { clauseStart, isOrg, placeIn } from './phrase.ts';

/**
 * Visits: `(带队|率队)调研/走访/考察 <object>` named after their subject (历城区重点产业项目建设情况调研); a group going
 * to a place (率队赴…调研); a titled person's visit to places written before the verb (到明珠工业园调研，…); and the
 * meeting held during a visit, named by its noun alone (并召开座谈会).
 */

/** Visit verbs, compounds first: the name keeps the verb as written (走访调研 → …走访调研). */
const VISIT =
  /(?:带队|率队|一行)?(考察学习|学习考察|考察交流|参观考察|走访调研|调研走访|调研考察|考察调研|实地调研|实地考察|实地督导|实地察看|调研|走访|考察|督导|视察|督查|观摩)([^。,，;\n]{2,30})/g;
/** A study or exchange trip (考察学习, 考察交流): named whole after where it went, never after a subject. */
const STUDY_TRIP = /^(?:考察学习|学习考察|考察交流|参观考察|参观交流)$/;
const VISIT_TO =
  /(?:带队|率队|率团|一行|代表团|考察团|考察组|调研组|参观团|观摩团)(?:[近约逾]?[0-9一二三四五六七八九十]{1,3}余?人[,，]?)?(?:(?:今天|今日|昨天|昨日|日前|近日)?(?:赴|到|来|前往|来到|走进|莅临|深入|抵达)([^。,，;\n]{2,20}?)(?:[,，]?(?:进行|开展|展开|开始)(?:为期[^。,，;\n]{1,6}?的?)?)?(学习考察|考察交流|参观考察|参观交流|走访调研|调研|考察|视察|参访|访问|拜会)|(参访)([^。,，;、\n]{2,12}?)(?=[,，。;；]))/dg;
/** A visit whose object is written before its verb, with nothing after it (到明珠工业园调研，…). */
const VISIT_AT =
  /(?:一行)?(?:还|又|也|随后)?(?:专程)?(?:赴|到|前往|来到|深入|来(?=园区|厂区|景区))([^。,，;；:：\n]{2,40}?)(?:开展|进行)?(考察学习|学习考察|考察交流|参观考察|走访调研|调研走访|考察调研|实地调研|实地考察|调研|走访|考察|督导|视察|督查)(?=[,，。；;]|并(?:召开|主持|举行|参加))/dg;
/** Companies of a kind a leader goes to, after the places they are in (部分工业企业, 重点外贸企业). */
const COMPANIES_OF_A_KIND = /^(?:部分|重点|一批|多家|有关|相关)([\u4e00-\u9fff]{1,6}企业)$/;
/** A meeting held during a visit, named by its noun alone (并召开座谈会, 随后举行座谈会). */
const FOLLOW_UP =
  /(?:并|随后|后|还)(?:[,，](?:双方|与会人员|调研组|考察团)?)?(?:在[^,，。；;\n]{2,20}?)?(?:召开|举行)了?(座谈会|座谈交流会|工作座谈会|汇报会|推进会)/g;

/** A leader taking a group to places to carry out a visit named as an activity (开展春节走访慰问活动). */
const ACTIVITY_VISIT =
  /(?:率队|带队)?(?:先后|分别)?(?:赴|到|前往|来到|深入)([^。；;\n]{2,60}?)开展([^。,，；;、“”\n]{0,8}?)(走访慰问|慰问走访|走访调研|调研走访|走访|慰问|视察|调研|考察|督导)(?:活动)?(?=[,，。；;])/g;
/** Words before an activity's verb that say how it was done, not what about (异地视察, 交叉视察): no subject. */
const HOW = /^(?:异地|交叉|集中|专题|实地|现场|联合|蹲点)?$/;
/** A body carrying out a visit named as an activity (<county>政协开展全县X视察活动). */
const BODY_ACTIVITY = /开展([^。,，；;、“”\n]{2,20}?)(走访慰问|视察|调研|考察|走访|督导)活动/g;

/** A meeting a group holds where it went: `一行到<place>开展(X暨)Y座谈会`. */
const MEETING_WHERE_WENT = new RegExp(
  `(?:一行|带队|率队|调研组|考察组|视察组)(?:到|赴|来到|前往|深入)([^。,，；;\\n]{2,20}?)开展([^。,，；;“”\\n]{2,40}?)(${alternation(MEETING_NOUNS)})(?=[。,，；;])`,
  'g',
);
/** The group, back again, inspecting places (一行人对A、B、C进行了调研视察). */
const GROUP_INSPECTS =
  /^(?:一行人|一行|调研组|考察组|视察组)(?:还|又|先后|随后)?对[^。；;\n]{2,80}?进行了?(调研视察|实地调研|调研|视察|考察)(?=[。,，；;])/;

/** A meeting named in full opening the sentence as where what follows was said (在X结对协作工作座谈会上，). */
const NAMED_TOLD = /^在([^。,，;；、\n]{4,30}?)(工作座谈会|座谈交流会|座谈会|交流会|见面会)上[,，]/;

/** A body opening on the meeting a visiting delegation held (座谈会开始前，…; 座谈会首先…). */
const OPENS_ON_MEETING = /^(座谈会|座谈交流会)(?:开始前|首先|上)/;
/** The visit told later, its places listed (考察期间，考察团还先后走访了…; 在为期N天的考察中，考察团先后到…). */
const VISIT_TOLD_LATER =
  /^(?:考察期间|在为期[^,，。]{1,6}的考察中)[,，](?:考察团|代表团|考察组)(?:一行)?(?:还)?(?:先后|分别)?(?:到|走访了?|参观了?|来到|考察了?)/;

/** Who a leader brings, between the leader and where they go (带领部分县政协委员赴…). */
const BRINGS = /^(?:带领|率领|率)[^,，。;；\n]{0,20}$/;

/** A group coming to a place (…一行多人来到): where it came follows. */
const GROUP_CAME = /(?:一行|代表团|考察团|调研组)[^,，。;；]{0,6}(?:来到|到|赴|前往|莅临)/;

/** Names a visit with a subject (调研重点项目建设工作 → 重点项目建设调研), or undefined when it has none. */
export type VisitName = (at: number, verb: string, object: string, text: string) => string | undefined;

/** 调研重点项目建设工作: a visit with a subject, named after it wherever it went. Returns where their verbs end. */
export function subjectVisits(doc: Doc, visitName: VisitName, found: Candidate[]): Set<number> {
  const named = new Set<number>();
  for (const m of doc.text.matchAll(VISIT)) {
    const written = m[1] ?? '';
    if (STUDY_TRIP.test(written) || STUDY_TRIP.test(written + (m[2] ?? '').slice(0, 2))) continue;
    // 到X公司调研考察,…: a compound verb with nothing after it, read short (调研 + 考察 as its subject), is no subject.
    if (/^(?:调研|考察|走访|视察|督导|督查|观摩)/.test(m[2] ?? '')) continue;
    // The verb as written, compounds whole (走访调研, 实地调研): the guide names events in the text's words.
    const verb = written;
    const at = m.index + m[0].length - (m[2]?.length ?? 0) - written.length;
    const name = visitName(m.index, verb, m[2] ?? '', doc.text);
    if (!name) continue;
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
): void {
  for (const m of doc.text.matchAll(VISIT_TO)) {
    // 一行12人参访瓯海，…: the verb before where it went.
    const after = m[3] !== undefined;
    const object = (after ? m[4] : m[1]) ?? '';
    const verb = (after ? m[3] : m[2]) ?? '';
    const where = m.indices?.[after ? 4 : 1]?.[0] ?? m.index;
    const place = placeIn(anchors, where, where + object.length);
    const at = m.indices?.[after ? 3 : 2]?.[0] ?? m.index;
    if (named.has(at + verb.length)) continue;
    // A division written short or as 我市 is named in full (瓯海 → 瓯海区参访); a place no list knows, as written
    // (赴我市进行考察 with no city known is named after nothing: no visit).
    const written = place ? doc.text.slice(place.start, place.end) : object.replace(/(?:进行|开展)$/, '');
    if (!place && written.startsWith('我')) continue;
    const name = `${place?.short || written.startsWith('我') ? (place?.name ?? written) : written}${verb}`;
    found.push(make(doc, 'event:visit-to', name, verb, { start: at, end: at + verb.length }, { place }));
  }
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
    const led =
      leaders.has(m.index) ||
      [...leaders].some((end) => end < m.index && BRINGS.test(text.slice(end, m.index)));
    if (!led) continue;
    const written = m[2] ?? '';
    const verbAt = m.index + m[0].length - written.length;
    // 一行还前往A公司开展实地调研: the places end where the verb (or 开展, 进行) starts.
    const [placesAt, end] = m.indices?.[1] ?? [verbAt, verbAt];
    let at = placesAt;
    let last: Anchor | undefined;
    while (at < end) {
      const here = anchors
        .filter((a) => a.start === at && a.end <= end && a.source !== 'reference')
        .reduce<Anchor | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
      if (here) {
        last = here;
        at = here.end;
      } else if (/[、和及与]/.test(text[at] ?? '')) at++;
      else break;
    }
    if (taken.has(verbAt + written.length)) continue;
    // The verb as written, compounds whole (<town>走访调研, <company>调研考察).
    const verb = written;
    const trigger = { start: verbAt, end: verbAt + written.length };
    // 深入雨城区部分工业企业调研: companies of a kind, named by the kind.
    const kind = at !== end ? COMPANIES_OF_A_KIND.exec(text.slice(at, end)) : null;
    if (kind?.[1]) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-kind', `${kind[1]}${verb}`, verb, trigger, {}));
      continue;
    }
    // 来园区调研: a bare 园区 names the visit, no place.
    if (at === placesAt && /^(?:园区|厂区|景区)$/.test(text.slice(at, end))) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-at', `${text.slice(at, end)}${verb}`, verb, trigger, {}));
      continue;
    }
    if (at !== end || !last) continue;
    taken.add(verbAt + written.length);
    found.push(
      make(doc, 'event:visit-at', `${text.slice(last.start, last.end)}${verb}`, verb, trigger, {
        place: last.type === 'Place' ? last : undefined,
      }),
    );
  }
  return found;
}

/** 赴…调研，并召开座谈会: a meeting named by its noun alone is the visit's own, named after where the visit went. */
export function followUpMeetings(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  for (const m of doc.text.matchAll(FOLLOW_UP)) {
    const noun = m[1] ?? '';
    const at = m.index + m[0].length - noun.length;
    const sentence = sentenceAt(doc, at);
    const visits = found.filter((c) => c.kind === 'visit' && c.trigger.start < at);
    // 随后，双方召开座谈会。: a sentence that opens on it follows the visit told last.
    const opens = m.index === sentence.start && m[0].startsWith('随后');
    const visit = visits.filter((c) => opens || c.sentence.start === sentence.start).pop();
    if (!visit) {
      // …代表一行来到吴江，…，并召开座谈会: a group's meeting where it came, when no visit was read.
      const came = GROUP_CAME.exec(doc.text.slice(sentence.start, m.index));
      const where = came
        ? anchors.find(
            (a) => a.source === 'division' && a.start === sentence.start + came.index + came[0].length,
          )
        : undefined;
      if (where) {
        const trigger = { start: at, end: at + noun.length };
        found.push(
          make(doc, 'event:follow-up-meeting', `${where.name}${noun}`, noun, trigger, { place: where }),
        );
      }
      continue;
    }
    if (!visit.name.endsWith(visit.noun)) continue;
    const name = `${visit.name.slice(0, -visit.noun.length)}${noun}`;
    found.push(make(doc, 'event:follow-up-meeting', name, noun, { start: at, end: at + noun.length }, {}));
  }
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
    const led =
      leaders.has(m.index) ||
      [...leaders].some((end) => end < m.index && BRINGS.test(text.slice(end, m.index)));
    const how = m[2] ?? '';
    const verb = m[3] ?? '';
    // 市政协组织部分委员赴X市开展异地视察活动: an inspection of a place needs no titled leader, only no plan.
    const clause = text.slice(0, m.index).search(/[^,，。；;\n]*$/);
    const inspection = HOW.test(how) && !/将|拟|计划|准备|要/.test(text.slice(clause, m.index));
    if (!led && !inspection) continue;
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
 * `…一行来鹤壁市考察。…座谈会上，…`: a meeting told only as the place of what is said (座谈会上) after a group's visit to a
 * division, when no meeting was read: the visit's meeting, named after where it went and held there.
 */
export function meetingsToldAfter(doc: Doc, found: Candidate[]): void {
  for (const sentence of doc.sentences) {
    const words = doc.text.slice(sentence.start, sentence.end);
    // 在A·B产业合作座谈会上，…: a meeting named in full where what is said was said, after a visit.
    const named = NAMED_TOLD.exec(words);
    if (named?.[1] && named[2] && !/^(?:此次|本次|这次|当天|随后|上述|会)/.test(named[1])) {
      const noun = named[2];
      const name = `${named[1].replace(/[“”"]/g, '')}${noun}`;
      const visit = found
        .filter(
          (c) => c.kind === 'visit' && c.trigger.start < sentence.start && c.place?.source === 'division',
        )
        .pop();
      if (visit && !found.some((c) => c.name === name)) {
        const at = sentence.start + 1;
        const trigger = { start: at, end: at + named[1].length + noun.length };
        found.push(make(doc, 'event:meeting-told-after', name, noun, trigger, { place: visit.place }));
      }
      continue;
    }
    const told = /^(?:在)?(座谈会|座谈交流会|见面会)上/.exec(words);
    if (!told) continue;
    const noun = told[1] ?? '';
    if (found.some((c) => c.noun.endsWith(noun) && c.trigger.start < sentence.start)) continue;
    const visits = found.filter((c) => c.kind === 'visit' && c.trigger.start < sentence.start);
    const visit = visits.filter((c) => c.place?.source === 'division').pop();
    const at = sentence.start + told[0].indexOf(noun);
    const trigger = { start: at, end: at + noun.length };
    if (visit?.place) {
      const name = `${visit.place.name}${noun}`;
      found.push(make(doc, 'event:meeting-told-after', name, noun, trigger, { place: visit.place }));
      continue;
    }
    // …走访调研<company>。座谈会上，…: after a visit named by what or whom it saw, the meeting takes those words
    // (<company>座谈会), like a meeting the visit held (并召开座谈会).
    const last = visits[visits.length - 1];
    if (!last || !last.name.endsWith(last.noun) || last.name.length <= last.noun.length + 1) continue;
    const name = `${last.name.slice(0, -last.noun.length)}${noun}`;
    found.push(make(doc, 'event:meeting-after-visit', name, noun, trigger, {}));
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
    if (HOW.test(what)) continue;
    const body = anchors.find((a) => isOrg(a) && a.end === m.index);
    if (!body || clauseStart(text, sentenceAt(doc, m.index), body.start) !== body.start) continue;
    const start = m.index + 2;
    const trigger = { start, end: start + what.length + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    found.push(make(doc, 'event:body-activity', `${what}${verb}`, verb, trigger, {}));
  }
}

/**
 * `…一行到<town>开展X暨Y座谈会`: a meeting a group holds where it went, held there, named by its own words (after
 * 暨 when a first happening is joined to it). `一行人对A、B进行了调研视察` opening a later sentence is the group's
 * inspection of that place (<town>调研视察).
 */
export function meetingsWhereWent(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(MEETING_WHERE_WENT)) {
    const whereAt = m.index + m[0].indexOf(m[1] ?? '', 2);
    const place = placeIn(anchors, whereAt, whereAt + (m[1]?.length ?? 0));
    if (!place || place.end !== whereAt + (m[1]?.length ?? 0) || place.source !== 'division') continue;
    const words = m[2] ?? '';
    const noun = m[3] ?? '';
    const own = words.includes('暨') ? words.slice(words.lastIndexOf('暨') + 1) : words;
    if (own.length < 2) continue;
    const nounAt = m.index + m[0].length - noun.length;
    const trigger = { start: nounAt - own.length, end: nounAt + noun.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const goers = { start: sentenceAt(doc, m.index).start, end: m.index };
    found.push(make(doc, 'event:meeting-where-went', `${own}${noun}`, noun, trigger, { place, goers }));
    for (const sentence of doc.sentences.filter((s) => s.start > m.index)) {
      const inspects = GROUP_INSPECTS.exec(text.slice(sentence.start, sentence.end));
      if (!inspects) continue;
      const verb = inspects[1] ?? '';
      const at = sentence.start + inspects[0].length - verb.length;
      const name = `${place.short ? place.name : text.slice(place.start, place.end)}${verb}`;
      const trigger = { start: at, end: at + verb.length };
      found.push(make(doc, 'event:meeting-where-went', name, verb, trigger, { place, goers }));
      break;
    }
  }
}

/**
 * A delegation's visit told from the host's side: the body opens on their meeting (`座谈会开始前，…`) and tells the visit
 * later (`考察期间，考察团还先后走访了<district>A、B…`). The meeting is named after the first division the body names
 * (its hosts': <district>座谈会); the visit after the one division holding every division written where it went.
 */
export function hostedDelegations(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const first = doc.sentences[0];
  const opens = first ? OPENS_ON_MEETING.exec(text.slice(first.start, first.end)) : null;
  if (!first || !opens?.[1] || found.some((c) => c.kind === 'meeting' || c.kind === 'visit')) return;
  const divisions = anchors.filter(
    (a) => a.source === 'division' && !a.short && a.division && !text.startsWith('我', a.start),
  );
  const host = divisions.find((d) => d.start >= first.start && d.division?.level !== 'province');
  if (!host?.division) return;
  const noun = opens[1];
  found.push(
    make(
      doc,
      'event:hosted-delegation',
      `${host.name}${noun}`,
      noun,
      {
        start: first.start,
        end: first.start + noun.length,
      },
      {},
    ),
  );
  const gaz = gazetteer();
  for (const sentence of doc.sentences) {
    const told = VISIT_TOLD_LATER.exec(text.slice(sentence.start, sentence.end));
    if (!told) continue;
    const written = divisions.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    // The one division holding all of them (<district>…、<county>… → the city of both), else the hosts'.
    let where = written[0]?.division ?? host.division;
    for (const d of written) {
      const holds = (o: typeof where) =>
        d.division !== undefined && (o === d.division || gaz.isWithin(d.division, o));
      if (!holds(where)) where = [where, ...gaz.ancestors(where)].find(holds) ?? where;
    }
    const at = sentence.start + told[0].length - 2;
    found.push(
      make(doc, 'event:hosted-delegation', `${where.name}考察`, '考察', { start: at, end: at + 2 }, {}),
    );
    return;
  }
}
