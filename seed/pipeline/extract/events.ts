import { entityId } from '../../../contract/annotation/ids.ts';
import type { Span } from '../../../contract/annotation/types.ts';
import { type Anchor, listedBefore } from './anchors.ts';
import { findEventDate } from './dates.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { simplifiedName } from './script.ts';

/**
 * The happenings an article reports, one per distinct happening:
 * - `<phrase>仪式/大会/论坛…在<place>举行`: the phrase names it (余杭区人民政府与…战略合作协议签约, 2023张江…论坛);
 * - `<subject>(,)在<place>(宣告|正式)成立/开园/投产…`: subject + verb (“数智炬生”…党建联盟成立, …产业园开园);
 * - `<organisation>(揭牌|正式)成立` and `<organisation>召开<…大会>`;
 * - visits `(带队|率队)调研/走访/考察 <object>` (历城区重点产业项目建设调研, 杭州市经信委走访钱塘区重点工业企业).
 * The kind comes from the verb or noun, the date from the sentence (else the first event's), HELD_AT from the
 * place after 在.
 */

export interface FoundEvent {
  id: string;
  name: string;
  kind: string;
  date: string | undefined;
  partOfDay: string | undefined;
  /** The words that name it in the text (签约仪式, 宣告成立): its mention. */
  trigger: Span;
  /** The noun or verb that names its kind in the text (座谈会, 论坛, 签约, 调研): later sentences refer to it by it. */
  noun: string;
  sentence: Span;
  /** The organisation it founded or the place it opened. */
  subject: Anchor | undefined;
  /** Organisations named in a signing (the parties). */
  parties: Anchor[];
  /** Organisations that hold talks (A与B工作会谈): they attend. */
  guests?: Anchor[];
  /** Where it was held: the innermost place after 在. */
  place: Anchor | undefined;
  /** For a place opened 在 another (产业园在…开发区正式开园): the enclosing place. */
  within?: Anchor | undefined;
}

const NOUN =
  '仪式|典礼|开幕式|成立大会|大会|会议|座谈会|论坛|峰会|年会|发布会|推介会|研讨会|交流会|启动会|推进会|洽谈会|对接会|博览会|展览会|会谈|活动';
const HELD = new RegExp(
  `(${NOUN})[,，]?(?:(?:在|于)([^。,，;]{1,40}?))?(?:隆重|正式|顺利)?(?:举行|举办|召开|开幕)`,
  'g',
);
const OPENED =
  /[,，]?(?:在|于)([^。,，;]{1,40}?)(?:宣告|正式|隆重|揭牌)?(成立|开园|开业|投产|揭牌|启用|开工|落成|开幕)/y;
const FOUNDED = /(?:揭牌|宣告|正式)?成立(?!于)/y;
const CONVENED = /召开([^。,，;]{0,12}?(?:大会|会议|座谈会|推进会))/y;
const VISIT = /(?:带队|率队|一行)?(调研|走访|考察)([^。,，;]{2,30})/g;
const DURING = /^(?:[^,，。]{0,6}(?:论坛|会议|大会|仪式|活动|峰会|会)(?:上|期间|现场)|会上|仪式上|活动现场)/;
const VISIT_TO =
  /(?:带队|率队|率团|一行|代表团|考察团)(?:赴|到|来|前往|来到|走进)([^。,，;]{2,20}?)(学习考察|考察交流|参观考察|调研|考察|视察)/g;
const HELD_BEFORE = new RegExp(
  `(?:举行|举办|召开)了?([^。,，;、]{2,30}?)(${NOUN})(?![\\u4e00-\\u9fff]{0,2}(?:上|后|前|期间))`,
  'g',
);
const KEEP_NOUN =
  /论坛|峰会|年会|大会|会议|座谈会|发布会|推介会|研讨会|交流会|启动会|推进会|洽谈会|对接会|博览会|展览会|会谈|活动/;
/** Talks between parties (A与B工作会谈): the parties attend. */
const TALKS = /会谈|会晤|洽谈会|座谈会/;
const ACT_ENDING = /(成立|签约|签署|投产|开园|开业|揭牌|启用|开工|落成|授牌|颁奖)$/;

function kindOf(name: string, noun: string): string {
  if (/成立$/.test(name)) return 'founding';
  if (/签约|签署/.test(name)) return 'signing';
  if (/论坛|峰会/.test(noun)) return 'forum';
  if (/调研|走访|考察/.test(noun)) return 'visit';
  if (/仪式|典礼|开幕式/.test(noun) || ACT_ENDING.test(name)) return 'ceremony';
  return 'meeting';
}

function isOrg(a: Anchor): boolean {
  return a.type === 'Organization' && a.source !== 'reference';
}

/**
 * Where the phrase naming an event starts: at its last group of organisations (A与B; a division may lead the group:
 * 观山湖区与…公司工作会谈), else its last leading division.
 */
function phraseStart(doc: Doc, anchors: Anchor[], start: number, end: number): number {
  const inside = anchors.filter((a) => a.start >= start && a.end <= end);
  const orgs = inside.filter(isOrg);
  const last = orgs[orgs.length - 1];
  if (last) {
    const group = inside.filter((a) => isOrg(a) || a.source === 'division');
    let first = last;
    for (let i = group.indexOf(last) - 1; i >= 0; i--) {
      const o = group[i];
      if (!o || !/^(?:与|和|及|、)$/.test(doc.text.slice(o.end, first.start))) break;
      first = o;
    }
    return first.start;
  }
  let at = start;
  for (const a of inside.filter((x) => x.source === 'division')) {
    if (a.start !== at) break;
    const next = inside.find((x) => x.source === 'division' && x.start === a.end);
    if (!next) return a.start;
    at = a.end;
  }
  return start;
}

function placeIn(anchors: Anchor[], start: number, end: number): Anchor | undefined {
  const places = anchors.filter((a) => a.type === 'Place' && a.start >= start && a.end <= end);
  return places[places.length - 1];
}

function clauseStart(text: string, sentence: Span, at: number): number {
  let s = at;
  while (s > sentence.start && !/[,，;；:：。]/.test(text[s - 1] ?? '')) s--;
  return s;
}

function make(
  doc: Doc,
  name: string,
  noun: string,
  trigger: Span,
  extra: Partial<FoundEvent>,
): Omit<FoundEvent, 'id' | 'date' | 'partOfDay'> {
  return {
    name,
    kind: kindOf(name, noun),
    trigger,
    noun,
    sentence: sentenceAt(doc, trigger.start),
    subject: undefined,
    parties: [],
    place: undefined,
    ...extra,
  };
}

function candidates(doc: Doc, anchors: Anchor[]): Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[] {
  const { text } = doc;
  const found: Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[] = [];
  const named = (from: number, nounAt: number, noun: string, place: Anchor | undefined): void => {
    // 联盟成立暨战略合作签约仪式: two happenings in one ceremony, two events.
    const joined = text.lastIndexOf('暨', nounAt);
    if (joined > from && joined < nounAt - 1) {
      named(from, joined, '', place);
      named(joined + 1, nounAt, noun, place);
      return;
    }
    const start = phraseStart(doc, anchors, from, nounAt);
    let phrase = text.slice(start, nounAt) + (noun === '成立大会' ? '成立' : '');
    if (KEEP_NOUN.test(noun) && !ACT_ENDING.test(phrase) && noun !== '成立大会') phrase += noun;
    // 活动 names a happening only after what was done or a name of its own (集中开工活动, 主题党日活动).
    if (noun === '活动' && phrase.length < 6) return;
    if (phrase.length < 2 || /^[的了]/.test(phrase)) return;
    const subject = anchors.find(
      (a) => isOrg(a) && a.end === start + phrase.length - 2 && /成立$/.test(phrase),
    );
    const inPhrase = anchors.filter((a) => isOrg(a) && a.start >= start && a.end <= nounAt);
    const parties = /签约|签署/.test(phrase) ? inPhrase : [];
    const guests = TALKS.test(noun) ? inPhrase : [];
    found.push(
      make(
        doc,
        phrase,
        noun,
        { start: nounAt, end: nounAt + noun.length },
        { subject, parties, place, guests },
      ),
    );
  };
  for (const m of text.matchAll(HELD)) {
    const noun = m[1] ?? '';
    const place = placeIn(anchors, m.index + noun.length, m.index + m[0].length);
    named(clauseStart(text, sentenceAt(doc, m.index), m.index), m.index, noun, place);
  }
  // 海湾科技园昨日举行创科企业签约仪式: held where the clause before 举行 says.
  for (const m of text.matchAll(HELD_BEFORE)) {
    if (anchors.some((a) => isOrg(a) && a.end === m.index)) continue; // <organisation>召开…: see CONVENED.
    // 雁塔区召开民营企业家座谈会: a division convenes it; named after the division, held nowhere in particular.
    const convener = anchors.find((a) => a.source === 'division' && !a.short && a.end === m.index);
    if (convener && m[0].startsWith('召开')) {
      const noun = m[2] ?? '';
      const nounAt = m.index + m[0].length - noun.length;
      const name = `${text.slice(convener.start, convener.end)}${m[1] ?? ''}${noun}`;
      found.push(
        make(doc, name, noun, { start: nounAt - (m[1]?.length ?? 0), end: nounAt + noun.length }, {}),
      );
      continue;
    }
    // 计划于年内举办…论坛: a future event is not one the article reports.
    if (/计划|将|拟|准备|预计|即将|有望/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const noun = m[2] ?? '';
    const nounAt = m.index + m[0].length - noun.length;
    const place = placeIn(anchors, clauseStart(text, sentenceAt(doc, m.index), m.index), m.index);
    named(nounAt - (m[1]?.length ?? 0), nounAt, noun, place);
  }
  for (const a of anchors) {
    if (a.source === 'reference' || !a.introduces) continue;
    OPENED.lastIndex = a.end;
    const opened = OPENED.exec(text);
    if (opened && (a.type === 'Place' || opened[2] === '成立')) {
      const verb = opened[2] ?? '';
      const trigger = { start: a.end + opened[0].length - verb.length - 2, end: a.end + opened[0].length };
      const place = placeIn(anchors, a.end, a.end + opened[0].length);
      const name = `${text.slice(a.start, a.end)}${verb}`;
      found.push(
        make(doc, name, verb, trigger, {
          subject: a,
          ...(a.type === 'Place' ? { place: a, within: place } : { place }),
        }),
      );
      continue;
    }
    FOUNDED.lastIndex = a.end;
    const founded = FOUNDED.exec(text);
    if (founded && isOrg(a)) {
      const trigger = { start: a.end, end: a.end + founded[0].length };
      found.push(make(doc, `${text.slice(a.start, a.end)}成立`, '成立', trigger, { subject: a }));
      continue;
    }
    CONVENED.lastIndex = a.end;
    const convened = CONVENED.exec(text);
    if (convened && isOrg(a)) {
      const noun = convened[1] ?? '';
      const at = a.end + 2;
      found.push(make(doc, `${a.name}${noun}`, noun, { start: at, end: at + noun.length }, {}));
    }
  }
  return found;
}

/**
 * `论坛期间，A与B签署产学研合作协议`: a signing the article reports without a ceremony noun, named like one
 * (A与B产学研合作协议签约). Only when no signing ceremony is named, and not for intended agreements (将, 拟 …).
 */
function agreementSignings(doc: Doc, anchors: Anchor[]): Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[] {
  const { text } = doc;
  const orgs = anchors.filter(isOrg);
  const found: Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[] = [];
  for (const a of orgs) {
    if (!/^(?:与|和|同)$/.test(text[a.end] ?? '')) continue;
    const b = orgs.find((o) => o.start === a.end + 1);
    if (!b) continue;
    const sign = /^(?:正式)?(?:签署|签订)了?([^。,，;；、]{0,12}?(?:协议|备忘录|协定))/.exec(
      text.slice(b.end, b.end + 24),
    );
    if (!sign?.[1]) continue;
    if (/(?:将|拟|计划|有望|准备|希望|愿意|期待)$/.test(text.slice(Math.max(0, a.start - 3), a.start)))
      continue;
    // 2019年，A与B签署…协议; A此前已与B签署…: an earlier agreement is history, not this article's event.
    const sentence = sentenceAt(doc, a.start);
    const years = [...text.slice(sentence.start, sentence.end).matchAll(/(\d{4})年/g)].map((y) =>
      Number(y[1]),
    );
    const earlier = years.some((y) => doc.published !== undefined && y < doc.published.year);
    if (earlier || /曾|此前|已于|早在/.test(text.slice(sentence.start, a.start))) continue;
    // A、B与C签署…: the parties listed before A sign too, and the first of them is named first.
    const listed = listedBefore(text, orgs, a, /[、,，]/);
    const head = listed[0] ?? a;
    const at = b.end + sign[0].length - sign[1].length;
    const name = `${text.slice(head.start, a.end)}与${text.slice(b.start, b.end)}${sign[1]}签约`;
    found.push(
      make(doc, name, '签约', { start: b.end, end: at + sign[1].length }, { parties: [...listed, a, b] }),
    );
  }
  return found;
}

export function findEvents(
  doc: Doc,
  anchors: Anchor[],
  visitName: (at: number, verb: string, object: string, text: string) => string | undefined,
): FoundEvent[] {
  const found = candidates(doc, anchors);
  // 率队赴河北省雄安新区调研: a visit to a place, named after the innermost place and the verb.
  for (const m of doc.text.matchAll(VISIT_TO)) {
    const where = m.index + m[0].length - (m[2]?.length ?? 0) - (m[1]?.length ?? 0);
    const place = placeIn(anchors, where, where + (m[1]?.length ?? 0));
    const verb = m[2] ?? '';
    const name = `${place ? doc.text.slice(place.start, place.end) : (m[1] ?? '')}${verb}`;
    const at = m.index + m[0].length - verb.length;
    found.push(make(doc, name, verb, { start: at, end: at + verb.length }, { place }));
  }
  for (const m of doc.text.matchAll(VISIT)) {
    const verb = m[1] ?? '';
    const name = visitName(m.index, verb, m[2] ?? '', doc.text);
    if (!name) continue;
    const at = m.index + m[0].length - (m[2]?.length ?? 0) - verb.length;
    found.push(
      make(
        doc,
        name,
        verb,
        { start: at - (m[0].startsWith('带队') || m[0].startsWith('率队') ? 2 : 0), end: at + verb.length },
        {},
      ),
    );
  }
  if (!found.some((c) => c.kind === 'signing')) found.push(...agreementSignings(doc, anchors));
  found.sort((a, b) => a.trigger.start - b.trigger.start);
  const events: FoundEvent[] = [];
  let first: FoundEvent | undefined;
  for (const c of found) {
    const when = findEventDate(doc, c.sentence.start, c.trigger.start);
    const date = when ? when.date : first?.date;
    const partOfDay = when ? when.partOfDay : first?.partOfDay;
    const name = simplifiedName(c.name);
    const id = entityId('Event', date ? `${date}:${name}` : name);
    const same = events.find(
      (e) => e.id === id || (c.subject && e.subject?.id === c.subject.id && e.kind === c.kind),
    );
    if (same) {
      same.place ??= c.place; // the same happening found twice: keep where it was held
      continue;
    }
    const event: FoundEvent = { ...c, name, id, date, partOfDay };
    // 论坛上,…联盟揭牌成立: held where the first event was.
    if (!event.place && first?.place && DURING.test(doc.text.slice(c.sentence.start, c.trigger.start)))
      event.place = first.place;
    events.push(event);
    first ??= event;
  }
  return events;
}
