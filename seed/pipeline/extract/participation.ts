import type { Span } from '../../../contract/annotation/types.ts';
import type { ParticipationRole } from '../../../contract/model.ts';
import type { Anchor } from './anchors.ts';
import type { Doc } from './doc.ts';
import type { FoundEvent } from './events.ts';
import { TITLE_PATTERN } from './lexicon/titles.ts';
import type { Registry } from './registry.ts';
import type { RuleId } from './rules/index.ts';

/**
 * PARTICIPATED_IN, sentence by sentence. A person is a `speaker` when their name is followed by 讲话, 致辞, 表示,
 * 介绍, 指出, 强调, 宣布, 宣读, 发言 … (also `在致辞中表示`, `作为…代表发言`, `出席…并讲话`), or takes part in a
 * discussion; people in a sentence with 出席, 参加, 陪同 … are `attendee`s (and organisations there that are not
 * part of someone's title); 共同 with 启动, 揭牌, 推杆 makes `launcher`s; 授牌, 颁发 make `presenter`s; 签约, 签署
 * make `signatory`s, as do the parties of a signing event.
 */

export interface Occurrence {
  id: string;
  start: number;
  end: number;
}

/** Verbs of speaking after a name: what makes a `speaker`. */
const SPEECH_VERBS =
  '致辞|致词|致欢迎辞|讲话|发言|表示|介绍|指出|强调|说|宣布|宣读|通报|分享|解读|要求|汇报|推介|' +
  '作[^,，。]{0,8}(?:报告|推介|发言)|主旨报告|主旨演讲|演讲|提出[^,，。]{0,6}意见(?:和|与)?建议';
const SPEAKS = new RegExp(
  // 欧阳宏董事长首先介绍, 金敏哲副区长介绍: a title and an adverb may stand between the name and the verb.
  `^(?:同志)?(?:${TITLE_PATTERN})?(?:首先|随后|最后|还|也|则|又|先后|详细|简要)?` +
    '(?:在(?:致[^中,，。]{1,4}|讲话|发言|表态发言|座谈|交流)中|(?:在[^,，。]{0,8}?(?:会上|仪式上|活动上|论坛上|现场)[,，]?|作为[^,，。]{1,15}?|代表[^,，。]{1,12}?|' +
    '(?:出席|主持|参加)[^,，。]{0,8}并|为[^,，。]{1,30}?(?:授牌|揭牌|颁奖)并|以《[^》]{1,40}》为题[,，]?|对[^,，。]{1,20}?){0,2}(?:作了?|做了?)?(?:表态|交流|典型|主题)?' +
    `(?:${SPEECH_VERBS}))`,
);
const SHARED_SPEECH =
  /(?:出席|参加)[^,，。]{0,10}并(?:致辞|讲话|发言|作主旨演讲)|(?:先后|分别|依次|相继)(?:(?:作了?|做了?)[^,，。]{0,10}?|(?:交流|主题|主旨|专题|表态))?(?:发言|致辞|讲话|报告|演讲|介绍|汇报|推介|通报|分享)/;
/** 区发展改革委通报了…, A、B分别推介了…: organisations that speak through unnamed people. */
/** Towns and subdistricts listed with the speaking bodies (A局、B镇主要负责人作交流发言): places, no speakers. */
const LISTED_UNITS = '(?:[、和及与][\\u4e00-\\u9fff]{2,8}?(?:镇|街道|乡|社区|村))';
const LIST_GAP = new RegExp(`^(?:${LISTED_UNITS})*[、和及与]$`);
const ORG_SPEAKS = new RegExp(
  `^(?:${LISTED_UNITS}|[、和及与]|等部门|分别|先后|依次|相继|(?:相关|有关)?负责(?:同志|人)|主要负责(?:同志|人))*` +
    // …公司负责人和部分政协委员围绕政务服务、要素保障等方面提出意见建议: others may speak with them, on a subject.
    // 等12家与会企业代表先后发言: a count and who speaks for them.
    '(?:等[0-9一二三四五六七八九十百]*家(?:与会)?(?:企业|单位)?(?:代表|负责人|负责同志)?)?' +
    '(?:[和及与][^,，。、]{0,8}?(?:委员|代表|专家|企业家))?(?:分别|先后|依次|相继)?' +
    // 结合自身工作实际就…做了介绍交流, 围绕…提出意见建议: on a subject.
    '(?:(?:结合|围绕|就)[^,，。；;]{1,40}?)?' +
    '(?:通报|介绍|推介|汇报|发言|(?:作|做)了?[^,，。]{0,8}(?:介绍|推介|汇报|发言)|提出[^,，。]{0,6}意见(?:和|与)?建议)',
);
/** A report heard from a body: 听取(和审议)了<body>关于…的报告. */
const HEARD = /听取(?:和审议|并审议|审议)?了?$/;
const REPORT_AFTER = /^(?:关于[^。；;]{0,45}?)?的?(?:工作)?(?:报告|汇报)/;
/** 带领观摩组, 率领代表团: who leads a delegation attends (not 带领团队, 带领班子成员); who takes the oath of office at a session attends it. */
/** What follows a person whose account is heard (听取X关于…的介绍). */
const HEARD_PERSON = /^(?:同志)?关于[^。；;]{1,45}?的(?:情况|工作)?(?:介绍|汇报|报告)/;
const ATTENDS =
  /出席|参加|参会|与会|列席|陪同|带队|率队|(?:带领|率领)[^,，。]{0,6}?(?:观摩|调研|考察|督导|督查|检查|工作|代表|参观|招商|学习)(?:组|团)|会见|会晤|见证|到会(?!场)|进行了?宪法宣誓/;
const HOSTS = /^(?:担任主持|主持)/;
/** 他表示, 她在讲话中指出: a speech told of the person the sentence (or the one before) opened on. */
const PRONOUN_SPEAKS =
  /(?:^|[,，;；])(?:他|她)(?:在[^,，。]{1,8}中)?(?:还|也|同时|并)?(?:表示|指出|强调|说|认为|希望|要求)/;

function previousSentence(doc: Doc, sentence: Span): Span | undefined {
  return doc.sentences.filter((x) => x.end <= sentence.start).pop();
}
const DISCUSSES = /展开讨论|进行讨论|圆桌对话|展开对话|进行交流/;
const LAUNCH = /(?:共同|一同|一起)[^。]{0,40}(?:启动|揭牌|推杆|按下|触摸|点亮|开启|培土|奠基|铲土|剪彩)/;
/** Attending leaders or guests, unnamed, who launch together (与会领导共同为…揭牌). */
const GROUP_LAUNCH = new RegExp(`(?:与会|出席|参会)(?:领导|嘉宾)(?:们)?${LAUNCH.source}`);
const UNVEILS = /(?<!共同|一同|一起)为[^。，,；;]{1,30}?揭牌/;
const PRESENTS = /授牌|颁发|颁奖|授予|颁授/;
const SIGNS = /(?<!此次|这次|本次|见证)(?:签约|签署|签订)(?!仪式|活动|现场|大会|会)/;
const AWARDED = /获评|获授|获颁|荣获|(?:受聘|获聘)(?!为|担任)/;

const CLAUSE_LEAD = new RegExp(
  `^(?:会上|随后|接着|其后|同时|此外|其中|现场|活动中|推介会上|座谈会上)?[,，]?(?:${LISTED_UNITS.replace('[、和及与]', '')}[、和及与])*$`,
);

/**
 * Organisations (not references) that open a clause and speak (`区发展改革委通报了…`, `A、B分别推介了…`,
 * `区财政局、区地方金融监管局介绍了…`): the list of them, then a speech verb.
 */
function orgSpeakers(text: string, sentence: Span, organisations: Anchor[]): Anchor[] {
  const named = organisations
    .filter((o) => o.source !== 'reference' && o.start >= sentence.start && o.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  const speakers: Anchor[] = [];
  for (let i = 0; i < named.length; i++) {
    const first = named[i] as Anchor;
    let clause = first.start;
    while (clause > sentence.start && !/[,，;；:：。]/.test(text[clause - 1] ?? '')) clause--;
    if (!CLAUSE_LEAD.test(text.slice(clause, first.start))) continue;
    const list = [first];
    let end = first.end;
    for (let j = i + 1; j < named.length; j++) {
      const next = named[j] as Anchor;
      // 区科学技术局、柔远镇、宁夏…公司: towns listed among the bodies are skipped, the list goes on.
      if (!LIST_GAP.test(text.slice(end, next.start))) break;
      list.push(next);
      end = next.end;
    }
    if (ORG_SPEAKS.test(text.slice(end, Math.min(sentence.end, end + 40)))) speakers.push(...list);
    i += list.length - 1;
  }
  return speakers;
}

export interface ParticipationInput {
  people: Occurrence[];
  /** Organisation anchors (not references) outside title chains. */
  organisations: Anchor[];
}

function relate(
  registry: Registry,
  from: string,
  event: FoundEvent,
  role: ParticipationRole,
  at: number,
  rule: RuleId,
): void {
  const entity = registry.get(from);
  if (!entity || entity.kind === 'reporter' || entity.kind === 'correspondent') return;
  registry.relate({ type: 'PARTICIPATED_IN', from, to: event.id, properties: { role }, at, rule });
}

/**
 * The events a sentence is about: the one it names (its trigger, 在座谈会上, or the founded organisation), else the
 * one its act names (签署 → the signing, 揭牌 → the unveiling), else the last one named earlier in the same
 * paragraph, else the first event of the article. What a sentence says of a ceremony that holds two happenings
 * (揭牌暨签约仪式) without naming either is said of both.
 */
function eventsFor(
  doc: Doc,
  events: FoundEvent[],
  sentence: Span,
  anchors: Anchor[],
  previous: FoundEvent | undefined,
): FoundEvent[] {
  const whole = (e: FoundEvent) =>
    e.combined === undefined ? [e] : events.filter((o) => o.combined === e.combined);
  const inSentence = anchors.filter((a) => a.start >= sentence.start && a.end <= sentence.end);
  const own = events.find((e) => e.trigger.start >= sentence.start && e.trigger.end <= sentence.end);
  if (own) return [own];
  const s = doc.text.slice(sentence.start, sentence.end);
  // 在座谈会上介绍: a noun only one of the events has (仪式 is shared by a combined ceremony's events).
  const named = events.find(
    (e) =>
      e.noun.length >= 2 &&
      e.noun !== '仪式' &&
      events.filter((o) => o.noun === e.noun).length === 1 &&
      (s.includes(e.noun) || attendsStem(s, e.noun)),
  );
  if (named) return [named];
  const bySubject = events.find((e) => e.subject && inSentence.some((a) => a.id === e.subject?.id));
  if (bySubject) return [bySubject];
  const paragraph = doc.text.lastIndexOf('\n', sentence.start) + 1;
  const earlier = events.filter((e) => e.trigger.start >= paragraph && e.trigger.end <= sentence.start);
  // Of events named in one sentence (成立暨签约仪式), the first.
  const last = earlier[earlier.length - 1];
  // 座谈会上，…汇报。⏎ 祝书记表示，…: a paragraph without a cue goes on with what the sentence before was about.
  const fallback =
    (last && earlier.find((e) => e.sentence.start === last.sentence.start)) ?? previous ?? events[0];
  if (!fallback) return [];
  // …代表双方签署协议, 共同为…揭牌: the act picks its happening among the ceremony's.
  const parts = whole(fallback);
  const acted = parts.filter((e) => ACTS.some(([verb, name]) => verb.test(s) && name.test(e.name)));
  return acted.length === 1 ? acted : parts;
}

/** …出席推介会并致辞，副区长罗佩瑜推介了…: a person in a clause after the attending verb's that says what they did. */
function inLaterClause(text: string, verbAt: number, p: Occurrence): boolean {
  if (p.start < verbAt) return false;
  const between = text.slice(verbAt, p.start);
  return (
    /[,，;；]/.test(between) &&
    !/(?:有|是|为)[:：]?$/.test(between) &&
    !/^[^,，;；]*(?:有|是|为)[:：]?[,，]/.test(between)
  );
}

/**
 * Whether the first of `people` heads a list (joined by 、 with only titles between) whose last name speaks, or is
 * followed by 等…代表 and a speech verb.
 */
function listSpeaks(text: string, people: Occurrence[], sentence: Span): boolean {
  const [first] = people;
  if (!first) return false;
  if (LISTED_SPEAK.test(text.slice(first.end, Math.min(sentence.end, first.end + 30)))) return true;
  let last = first;
  for (const next of people.slice(1)) {
    if (!/^、[^,，。;；、]{0,30}$/.test(text.slice(last.end, next.start))) break;
    last = next;
  }
  return last !== first && SPEAKS.test(text.slice(last.end, Math.min(sentence.end, last.end + 60)));
}
const LISTED_SPEAK = /^等[^,，。;；]{0,8}?代表(?:先后|分别|依次)?(?:作了?|做了?)?(?:交流|表态)?发言/;

/** 参加座谈, 出席座谈: attending a meeting named by its noun without 会 (座谈会). */
function attendsStem(s: string, noun: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,}会$/.test(noun)) return false;
  const stem = noun.slice(0, -1);
  return new RegExp(`(?:参加|出席|列席)${stem}(?!会)`).test(s);
}

/** An act in a sentence and the name of the happening it is. */
const ACTS: [RegExp, RegExp][] = [
  [/签署|签订|签约/, /签约$|签署$/],
  [/揭牌/, /揭牌$/],
];

export function participations(
  doc: Doc,
  registry: Registry,
  events: FoundEvent[],
  input: ParticipationInput,
  anchors: Anchor[],
): void {
  if (events.length === 0) return;
  const { text } = doc;
  let previous: FoundEvent | undefined;
  for (const sentence of doc.sentences) {
    const about = eventsFor(doc, events, sentence, anchors, previous);
    // Only a sentence that opens on the happening (座谈会上，…) hands it on.
    const opens = about.length === 1 && doc.text.startsWith(`${about[0]?.noun}上`, sentence.start);
    previous = opens ? about[0] : undefined;
    for (const event of about) {
      sentenceParticipation(doc, registry, event, sentence, input);
      for (const p of attendeesAbove(doc, sentence, input.people))
        relate(registry, p.id, event, 'attendee', sentence.start, 'role:attends-listed-above');
    }
  }
  for (const event of events) {
    // 许卫国在无锡、常州调研…: who makes a visit takes part in it.
    if (event.kind === 'visit') {
      const lead = input.people
        .filter((p) => p.start >= event.sentence.start && p.end <= event.trigger.start)
        .filter((p) => !/[,，;；。]/.test(text.slice(p.end, event.trigger.start)))
        .pop();
      if (lead) relate(registry, lead.id, event, 'attendee', event.sentence.start, 'role:visits');
    }
    for (const party of event.parties)
      relate(registry, party.id, event, 'signatory', event.trigger.start, 'role:signing-party');
    for (const guest of event.guests ?? [])
      relate(registry, guest.id, event, 'attendee', event.trigger.start, 'role:talks-party');
  }
}

/**
 * A WeChat copy lists who attended one per line, then says what they did on a line of its own (…党委书记马国栋 ⏎
 * …组织部部长刘建勋 ⏎ 出席签约仪式): the people on the unpunctuated lines right above a line that opens with the verb.
 */
function attendeesAbove(doc: Doc, sentence: Span, people: Occurrence[]): Occurrence[] {
  const { text } = doc;
  if (!/^(?:共同|一同)?(?:出席|参加|列席|陪同)/.test(text.slice(sentence.start, sentence.start + 4)))
    return [];
  if (text[sentence.start - 1] !== '\n') return [];
  const found: Occurrence[] = [];
  let end = sentence.start - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const onLine = people.filter((p) => p.start >= start && p.end <= end);
    // A line of its own: a title chain and a name, no sentence punctuation.
    if (onLine.length === 0 || /[。！？!?；;，,]/.test(line) || line.length > 40) break;
    found.push(...onLine);
    end = start - 1;
  }
  return found;
}

/** What one sentence says of who took part in `event`: speakers, hosts, attendees, launchers, presenters, signatories. */
function sentenceParticipation(
  doc: Doc,
  registry: Registry,
  event: FoundEvent,
  sentence: Span,
  input: ParticipationInput,
): void {
  const { text } = doc;
  const s = text.slice(sentence.start, sentence.end);
  const people = input.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const discussion = DISCUSSES.test(s);
  // 秦怀远充分肯定了…，他表示，…; 孔维舟对…表示欢迎。他指出，…: who opens the sentence (or the one before) speaks.
  const pronoun = PRONOUN_SPEAKS.exec(s);
  if (pronoun) {
    const from = pronoun.index === 0 ? previousSentence(doc, sentence) : sentence;
    // The person of the sentence's first clause (区委书记黄文斌充分肯定了…).
    const clauseEnd = from
      ? from.start + (text.slice(from.start, from.end).search(/[,，;；]/) + 1 || from.end)
      : 0;
    const opener = from && input.people.find((p) => p.start >= from.start && p.end <= clauseEnd);
    if (opener) relate(registry, opener.id, event, 'speaker', sentence.start, 'role:speaks-pronoun');
  }
  for (const [i, p] of people.entries()) {
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 60));
    if (SPEAKS.test(after)) relate(registry, p.id, event, 'speaker', sentence.start, 'role:speaks');
    // A董事长X、B会长Y作了交流发言; X等企业家代表发言: the list, or its head, shares the speech of its last name.
    else if (listSpeaks(text, people.slice(i), sentence))
      relate(registry, p.id, event, 'speaker', sentence.start, 'role:speaks-listed');
    // 听取…主任曾清源关于村企共建的介绍: whose account is heard speaks.
    else if (HEARD_PERSON.test(after) && text.slice(sentence.start, p.start).includes('听取'))
      relate(registry, p.id, event, 'speaker', sentence.start, 'role:heard');
    if (HOSTS.test(after)) relate(registry, p.id, event, 'attendee', sentence.start, 'role:hosts');
    else if (discussion) relate(registry, p.id, event, 'speaker', sentence.start, 'role:discussion');
  }
  // 高兴夫,张英,陈伟出席峰会并致辞: the list shares the speech.
  const shared = SHARED_SPEECH.exec(s);
  if (shared) {
    const verbAt = sentence.start + shared.index;
    for (const p of people)
      if (p.end <= verbAt) relate(registry, p.id, event, 'speaker', sentence.start, 'role:speaks-shared');
  }
  for (const o of orgSpeakers(text, sentence, input.organisations))
    relate(registry, o.id, event, 'speaker', sentence.start, 'role:org-speaks');
  // 会议听取和审议了区人民政府关于…的报告: the body that reports speaks.
  for (const o of input.organisations) {
    if (o.start < sentence.start || o.end > sentence.end) continue;
    if (!HEARD.test(text.slice(Math.max(sentence.start, o.start - 8), o.start))) continue;
    if (REPORT_AFTER.test(text.slice(o.end, Math.min(sentence.end, o.end + 50))))
      relate(registry, o.id, event, 'speaker', sentence.start, 'role:reports');
  }
  const attends = ATTENDS.exec(s);
  if (attends) {
    // 出席会议并宣读任职决定：X任…: who is named after the colon is what was read out, not who attended.
    const colon = s.slice(attends.index).search(/[:：]/);
    const listEnd = colon < 0 ? sentence.end : sentence.start + attends.index + colon;
    const attendVerbs = [...s.matchAll(new RegExp(ATTENDS.source, 'g'))].map((m) => sentence.start + m.index);
    for (const p of people)
      if (p.end <= listEnd && attendVerbs.some((v) => !inLaterClause(text, v, p)))
        relate(registry, p.id, event, 'attendee', sentence.start, 'role:attends');
    // Organisations attend when they are the subject (区经信局…相关负责人参加), not what was visited after it.
    const verbAt = sentence.start + attends.index;
    // Only in the clause of the verb (论坛由A指导,B主办,…嘉宾参会: organisers do not attend).
    let clause = verbAt;
    while (clause > sentence.start && !/[,，;；:：]/.test(text[clause - 1] ?? '')) clause--;
    // 区发改局、区商务局，各街道主要负责同志参加会议: a clause that only lists bodies is part of the subject.
    for (;;) {
      let before = clause - 1;
      while (before > sentence.start && !/[,，;；:：]/.test(text[before - 1] ?? '')) before--;
      if (before >= clause - 1 || !/[,，]/.test(text[clause - 1] ?? '')) break;
      let rest = text.slice(before, clause - 1);
      for (const o of input.organisations)
        if (o.start >= before && o.end <= clause - 1)
          rest = rest.slice(0, o.start - before) + ' '.repeat(o.end - o.start) + rest.slice(o.end - before);
      if (!/^[ 、和及与]*$/.test(rest) || !rest.includes(' ')) break;
      clause = before;
    }
    for (const o of input.organisations) {
      if (o.start >= clause && o.end <= verbAt)
        relate(registry, o.id, event, 'attendee', sentence.start, 'role:attends-org');
    }
  }
  if (AWARDED.test(s)) {
    // Award winners (获评…的职工是:A、B、C) are attendees: the guide has no recipient role.
    for (const p of people) relate(registry, p.id, event, 'attendee', sentence.start, 'role:awarded');
    for (const o of input.organisations) {
      if (o.start >= sentence.start && o.end <= sentence.end && o.kind === 'company') {
        relate(registry, o.id, event, 'attendee', sentence.start, 'role:awarded');
      }
    }
  }
  if (LAUNCH.test(s))
    for (const p of people) relate(registry, p.id, event, 'launcher', sentence.start, 'role:launch');
  // 与会领导共同为…揭牌: the leaders named as attending it before launch it.
  if (people.length === 0 && GROUP_LAUNCH.test(s)) {
    const attendees = registry
      .allRelations()
      .filter(
        (r) =>
          r.type === 'PARTICIPATED_IN' &&
          r.to === event.id &&
          r.properties.role === 'attendee' &&
          r.from.startsWith('person:') &&
          r.at < sentence.start,
      );
    for (const r of attendees)
      relate(registry, r.from, event, 'launcher', sentence.start, 'role:launch-by-attendees');
  }
  // 郁晓峰为联盟揭牌, A，B出席会议并为联盟揭牌: who unveils it, named before 为.
  const unveils = UNVEILS.exec(s);
  if (unveils) {
    const forAt = sentence.start + unveils.index;
    for (const p of people)
      if (p.end <= forAt) relate(registry, p.id, event, 'launcher', sentence.start, 'role:unveils');
  }
  const presents = PRESENTS.exec(s);
  if (presents) {
    const verbAt = sentence.start + presents.index;
    // 区领导为…技术总监白晓东等10名优秀人才颁发证书: who is named after 为/向 receives, and attends.
    const to = Math.max(text.lastIndexOf('为', verbAt), text.lastIndexOf('向', verbAt));
    const giversEnd = to >= sentence.start ? to : verbAt;
    for (const p of people) {
      if (p.end <= giversEnd) relate(registry, p.id, event, 'presenter', sentence.start, 'role:presents');
      else if (p.end <= verbAt)
        relate(registry, p.id, event, 'attendee', sentence.start, 'role:presented-to');
    }
    // 为A党总支、B党委等10家…授牌: the organisations given the plaque attend (there is no recipient role).
    if (to >= sentence.start) {
      for (const o of input.organisations)
        if (
          o.start > to &&
          o.end <= verbAt &&
          /^(?:、|,|，|和|及|等|授牌|颁)/.test(text.slice(o.end, o.end + 2))
        )
          relate(registry, o.id, event, 'attendee', sentence.start, 'role:plaque-to');
    }
  }
  const signs = SIGNS.exec(s);
  if (signs && event.kind === 'signing') {
    const verbAt = sentence.start + signs.index;
    for (const p of people)
      if (p.end <= verbAt) relate(registry, p.id, event, 'signatory', sentence.start, 'role:signs');
    for (const o of input.organisations) {
      if (o.start >= sentence.start && o.end <= verbAt)
        relate(registry, o.id, event, 'signatory', sentence.start, 'role:signs');
    }
  }
}
