import { gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, MEETING_NOUNS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { placeIn } from './phrase.ts';

/**
 * The meetings of a visit: held during it (并召开座谈会), told after it (座谈会上，…), held where a group went
 * (一行到<town>开展…座谈会), and a delegation's meeting told from the host's side. Visits themselves: ./visits.ts.
 */
/**
 * A meeting held during a visit, named by its noun alone (并召开座谈会, 随后举行座谈会, 随后主持召开座谈会), or told as
 * held during it by a sentence of its own (调研期间，<name>主持召开座谈会).
 */
const FOLLOW_UP =
  /(?:并|随后|后|还|(?:调研|考察|视察)(?:期间|中)[,，](?:[\u4e00-\u9fff]{2,4}(?=主持))?)(?:[,，](?:双方|与会人员|调研组|考察团)?)?(?:在[^,，。；;\n]{2,20}?)?(?:主持)?(?:召开|举行)了?(座谈会|座谈交流会|工作座谈会|汇报会|推进会)/g;
/** A sentence opening on the time of the visit told before (调研期间，…). */
const DURING_VISIT = /^(?:调研|考察|视察)(?:期间|中)/;

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

/** A later sentence opened by the visiting group (考察组随后…, 督导组又…): what it holds is the visit's. */
const GROUP_OPENS = /^(?:调研组|考察组|视察组|考察团|调研团|督导组)/;

/**
 * `在<when or who>举行的<meeting>上，…`: a meeting told in a relative clause as where something was said; after a signing
 * the page reports it is the sides' meeting (A与B座谈会), after a visit to a division the visit's (<division>座谈会).
 */
const RELATIVE_TOLD = /^在([^,，。;；\n]{0,16}?)(?:召开|举行)的(座谈会|座谈交流会|见面会|恳谈会)上[,，]/;
/**
 * What may stand in that clause for the meeting to be the happening's own: nothing, the same day (当天, 会后, <day>日晚),
 * or before or after what was done (签约后, 签约仪式前). A year, a month, 去年 or 即将 tell another meeting.
 */
const SAME_TIME =
  /^(?:随后|当天|当日|同日|会后|当晚|(?:\d{1,2}日)?(?:上午|下午|中午|晚上?)?|[^,，。;；\n]{0,6}?(?:签约|签字|仪式|会议|考察|调研|活动)(?:前|后|结束后|期间))$/;

/** A group coming to a place (…一行多人来到): where it came follows. */
const GROUP_CAME = /(?:一行|代表团|考察团|调研组)[^,，。;；]{0,6}(?:来到|到|赴|前往|莅临)/;

/** 赴…调研，并召开座谈会: a meeting named by its noun alone is the visit's own, named after where the visit went. */
export function followUpMeetings(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  for (const m of doc.text.matchAll(FOLLOW_UP)) {
    const noun = m[1] ?? '';
    const at = m.index + m[0].length - noun.length;
    const sentence = sentenceAt(doc, at);
    const visits = found.filter((c) => c.kind === 'visit' && c.trigger.start < at);
    // 随后，双方召开座谈会。: a sentence that opens on it follows the visit told last.
    const opens = m.index === sentence.start && (m[0].startsWith('随后') || DURING_VISIT.test(m[0]));
    // 考察组随后…，并举行座谈会 in a later sentence: the group that made the visit told before holds it.
    const byGroup = GROUP_OPENS.test(doc.text.slice(sentence.start, m.index));
    const visit = visits.filter((c) => opens || byGroup || c.sentence.start === sentence.start).pop();
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
    // Held by the group in a sentence of its own: named after where the visit went (a division), as the guide's
    // meetings after a visit are; a visit named by its matter alone names no such meeting.
    const own = visit.sentence.start === sentence.start || opens;
    if (!own && visit.place?.source !== 'division') continue;
    const name = own ? `${visit.name.slice(0, -visit.noun.length)}${noun}` : `${visit.place?.name}${noun}`;
    // 随后主持召开座谈会 with no one named: who made the visit holds it (they go on to it).
    const goers =
      opens && /^随后[,，]?主持/.test(m[0])
        ? { start: visit.sentence.start, end: visit.trigger.start }
        : undefined;
    found.push(
      make(
        doc,
        'event:follow-up-meeting',
        name,
        noun,
        { start: at, end: at + noun.length },
        {
          place: own ? undefined : visit.place,
          goers,
        },
      ),
    );
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
    // (在<when>召开的<meeting>上: a relative clause, no name; meetingsToldRelative reads it.)
    if (named?.[1] && named[2] && !/^(?:此次|本次|这次|当天|随后|上述|会)|(?:召开|举行)的$/.test(named[1])) {
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
    if (!last?.name.endsWith(last.noun) || last.name.length <= last.noun.length + 1) continue;
    const name = `${last.name.slice(0, -last.noun.length)}${noun}`;
    found.push(make(doc, 'event:meeting-after-visit', name, noun, trigger, {}));
  }
}

/** `在随后举行的<meeting>上，…`: a meeting told in a relative clause after the signing or visit the page reports. */
export function meetingsToldRelative(doc: Doc, found: Candidate[]): void {
  for (const sentence of doc.sentences) {
    const words = doc.text.slice(sentence.start, sentence.end);
    const relative = RELATIVE_TOLD.exec(words);
    if (relative?.[2] && SAME_TIME.test(relative[1] ?? '')) {
      const noun = relative[2];
      if (found.some((c) => c.noun.endsWith(noun))) continue;
      const host = found.find(
        (c) =>
          (c.kind === 'signing' && new Set(c.parties.map((p) => p.id)).size >= 2) ||
          (c.kind === 'visit' && c.place?.source === 'division'),
      );
      // …调研重点项目建设工作。…在随后召开的座谈会上: after a visit named by what it saw, the meeting takes those words, as
      // a meeting told after it does (meetingsToldAfter); the visit told last before it (review15 R21).
      const seen = host
        ? undefined
        : found
            .filter(
              (c) =>
                c.kind === 'visit' &&
                c.trigger.start < sentence.start &&
                c.name.endsWith(c.noun) &&
                c.name.length > c.noun.length + 1,
            )
            .pop();
      if (!host && !seen) continue;
      const sides = [...new Map((host?.parties ?? []).map((p) => [p.id, p.name])).values()];
      const name = seen
        ? `${seen.name.slice(0, -seen.noun.length)}${noun}`
        : host?.kind === 'signing'
          ? `${sides[0]}与${sides.slice(1).join('、')}${noun}`
          : `${host?.place?.name}${noun}`;
      const at = sentence.start + relative[0].indexOf(noun, 1 + (relative[1]?.length ?? 0));
      found.push(
        make(
          doc,
          'event:meeting-told-after',
          name,
          noun,
          { start: at, end: at + noun.length },
          {
            place: host?.kind === 'visit' ? host.place : undefined,
          },
        ),
      );
    }
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
