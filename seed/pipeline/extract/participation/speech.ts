import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { TITLE_PATTERN } from '../lexicon/titles.ts';
import { clauseSpeakers, speechInClause } from './clause-speakers.ts';
import { type Occurrence, relate, type SentenceAbout } from './relate.ts';

/** Verbs of speaking after a name: what makes a `speaker`. */
const SPEECH_VERBS =
  // 致开幕词, 致欢迎词, 致答谢辞: a speech named by its occasion.
  '致(?:开幕|闭幕|欢迎|答谢|贺|祝酒|新年贺)?[辞词]|讲话|发言|表示|介绍|简介|指出|强调|说|宣布|宣读|通报|传达|分享|解读|要求|汇报|推介|' +
  // 陈某感谢…, 吴某充分肯定了…: what is said, told by the verb of its content.
  '感谢|祝贺|肯定|高度评价|推荐|预祝|谈到|' +
  // 作重要讲话, 作总结讲话, 发表了简短致辞: a speech noun after how it was made.
  '[作做]了?(?:关于[^。；;]{1,60}?的)?[^,，。]{0,16}?(?:报告|推介|发言|汇报|讲话|致辞|演讲|讲座)|发表了?[^,，。]{0,10}?(?:讲话|致辞|致词|演讲|感言|意见|看法)|' +
  '主旨报告|主旨演讲|演讲|提出[^,，。]{0,6}意见(?:和|与)?建议';
const SPEECH_IN_CLAUSE = speechInClause(SPEECH_VERBS);
const SPEAKS = new RegExp(
  // 欧阳宏董事长首先介绍, 金敏哲副区长介绍: a title and an adverb may stand between the name and the verb.
  `^(?:同志)?(?:${TITLE_PATTERN})?(?:首先|随后|最后|还|也|亦|则|又|先后|详细|简要|总结)?` +
    '(?:在(?:致[^中,，。]{1,4}|讲话|发言|表态发言|座谈|交流)中|(?:在[^,，。]{0,16}?(?:会上|仪式上|活动上|论坛上|现场)[,，]?|作为[^,，。]{1,15}?|代表[^,，。]{1,12}?|' +
    '(?:出席|主持|参加)[^,，。]{0,8}并|为[^,，。]{1,30}?(?:授牌|揭牌|颁奖)并|以《[^》]{1,40}》为题[,，]?|对[^,，。]{1,30}?|' +
    // 向调研组详细介绍了…: to whom, before how and the verb.
    '向[^,，。]{1,20}?|' +
    // 祁某分别就发展村级集体经济、改善人居环境提出了意见建议: on a subject.
    '(?:分别|先后|依次)?(?:就|围绕)[^,，。；;]{1,40}?){0,2}(?:作了?|做了?)?(?:表态|交流|典型|主题)?' +
    `(?:${SPEECH_VERBS}))`,
);
const SHARED_SPEECH =
  /(?:出席|参加)[^,，。]{0,10}并(?:发表)?(?:致辞|讲话|发言|作主旨演讲)|(?:签署|签订)[^,，。]{0,24}并(?:发表)?(?:致辞|讲话)|(?:先后|分别|依次|相继)(?:代表[^,，。]{1,10}?)?(?:(?:作了?|做了?)[^,，。]{0,10}?|(?:交流|主题|主旨|专题|表态))?(?:发言|致辞|讲话|报告|演讲|介绍|汇报|推介|通报|分享|表示|发表了?[^,，。]{0,6}?(?:意见|看法|感言))/;
/** Towns and subdistricts listed with the speaking bodies (A局、B镇主要负责人作交流发言): places, no speakers. */
const LISTED_UNITS = '(?:[、和及与][\\u4e00-\\u9fff]{2,8}?(?:镇|街道|乡|社区|村))';
const LIST_GAP = new RegExp(`^(?:${LISTED_UNITS})*[、和及与]$`);
/** 区发展改革委通报了…, A、B分别推介了…: organisations that speak through unnamed people. */
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
/** What follows a person whose account is heard (听取X关于…的介绍). */
const HEARD_PERSON = /^(?:同志)?关于[^。；;]{1,45}?的(?:情况|工作)?(?:介绍|汇报|报告)/;
/**
 * 主持 after the name, or after when and the room it was held in (X于<day>在<county>党校会议室主持召开…): a room's
 * head word closes the place, so 在Y主持的会议上 (someone else hosting) is none.
 */
const HOSTS =
  /^(?:同志)?(?:于[^,，。;；在]{1,12}?)?(?:在[^,，。;；在]{1,20}?(?:会议室|会议厅|报告厅|礼堂|大厅|会议中心|宾馆|酒店|饭店|大楼|大厦|党校|现场|会场|厅|室))?(?:担任主持|主持)/;
/** 他表示, 她在讲话中指出: a speech told of the person the sentence (or the one before) opened on. */
const PRONOUN_SPEAKS =
  /(?:^|[,，;；])(?:他|她)(?:在[^,，。]{1,8}中)?(?:还|也|同时|并)?(?:表示|指出|强调|说|认为|希望|要求)/;
const DISCUSSES =
  /展开讨论|进行讨论|圆桌对话|展开对话|进行交流|(?:分别|先后)就[^。；;]{2,80}?(?:进行了?|作了?|做了?)[^,，。；;]{0,6}?(?:讨论|交流)|各抒己见|畅所欲言/;
const LISTED_SPEAK = /^等[^,，。;；]{0,8}?代表(?:先后|分别|依次)?(?:作了?|做了?)?(?:交流|表态)?发言/;

const CLAUSE_LEAD = new RegExp(
  `^(?:会上|随后|接着|其后|同时|此外|其中|现场|活动中|推介会上|座谈会上)?[,，]?(?:${LISTED_UNITS.replace('[、和及与]', '')}[、和及与])*$`,
);

function previousSentence(doc: Doc, sentence: Span): Span | undefined {
  return doc.sentences.filter((x) => x.end <= sentence.start).pop();
}

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

/**
 * Who speaks in one sentence, from what follows their name (a speech verb, a host's 主持, a discussion), a pronoun
 * that takes up the sentence's opener, a speech shared by a list, or a body that reports or speaks through its
 * people. `people` are the persons named in the sentence.
 */
export function speakers({ doc, registry, event, sentence, words: s, input, people }: SentenceAbout): void {
  const { text } = doc;
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
    // 向王禹副主席作了汇报: who is spoken to does not speak.
    const addressed = /[向给](?:[^,，。;；、向给]{0,12})$/.test(text.slice(sentence.start, p.start));
    if (SPEAKS.test(after) && !addressed)
      relate(registry, p.id, event, 'speaker', sentence.start, 'role:speaks');
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
  // 会上，A对…给予高度肯定: whom a clause opens on speaks when a speech verb comes later in it.
  for (const p of clauseSpeakers(text, sentence, people, SPEECH_IN_CLAUSE))
    relate(registry, p.id, event, 'speaker', sentence.start, 'role:speaks-clause');
}
