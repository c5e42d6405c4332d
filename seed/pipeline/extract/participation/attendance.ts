import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { FoundEvent } from '../events.ts';
import { type Occurrence, type ParticipationInput, relate, type SentenceAbout } from './relate.ts';

/**
 * 带领观摩组, 率领代表团: who leads a delegation attends (not 带领团队, 带领班子成员); who takes the oath of office at a session
 * attends it; who goes along on a visit (一同调研, 随同考察) attends it; so does who receives the visitors (受到X热情接待, 由X接见),
 * who heads the delegation (代表团以A为团长, A任领队), and who officiates at a ceremony as Hong Kong and Macau pages say it
 * (A、B等莅临主礼, 主礼嘉宾有A、B).
 */
const ATTENDS =
  /出席|参加|参会|与会|列席|陪同|共襄盛举|(?:一同|一起|随同)(?:调研|考察|视察|走访|参观|督导|检查|观摩)|带队|率队|(?:带领|率领)[^,，。]{0,6}?(?:观摩|调研|考察|督导|督查|检查|工作|代表|参观|招商|学习)(?:组|团)|会见|会晤|会面|拜会|接见|接待(?![室厅中处站能量])|一行(?:进行)?座谈(?!会)|见证|到会(?!场)|进行了?[^,，。]{0,4}宪法宣誓|(?:担任|出任|任|为)副?(?:团长|领队)|莅临主礼|主礼嘉宾/;

/** A visit's or a meeting's verb, then 还有 opening a list of who else came or took part (the list runs over commas). */
const ALSO_CAME = /(?:到访|来访|随访|随行|同行|出席|参加|陪同|与会)[^。；;]{0,20}?还有[:：]?/;

/** The attending verb opening a list after a colon (出席包括, 出席人员有, 出席本次会议的市领导有, 与会嘉宾为). */
const LIST_OPENS =
  /^(?:出席|参加|参会|与会|列席)(?:(?:会议|活动|仪式|座谈会?)?(?:人员|嘉宾|领导|者)?|[^,，。;；并]{0,16}?的[^,，。;；并]{0,10}?)(?:还)?(?:有|包括|为|是)?$/;

/** Bodies asked to talk with others at a meeting (请A、B等部门与企业家座谈交流). */
const INVITED = /请([^。,，;；]{2,60}?)(?:等(?:部门|单位|相关部门))?与[^。,，;；]{1,20}?(?:座谈|交流|对接)/;

/** …出席推介会并致辞，副区长罗佩瑜推介了…: a person in a clause after the attending verb's that says what they did. */
function inLaterClause(text: string, verbAt: number, p: Occurrence): boolean {
  if (p.start < verbAt) return false;
  const between = text.slice(verbAt, p.start);
  return (
    /[,，;；]/.test(between) &&
    !/(?:有|是|为)[:：]?$/.test(between) &&
    // …，有A、B等出席 (not 有关…): a clause opened by 有 or 包括 lists who attended.
    !/^[^,，;；]*[,，](?:有(?![关些的所])|包括)[^,，;；]*$/.test(between) &&
    !/^[^,，;；]*(?:有|是|为)[:：]?[,，]/.test(between)
  );
}

/** …X和Y分别代表双方签字，Z见证签约: who signs in a clause of their own before every attending verb does not attend. */
function signsInOwnClause(text: string, p: Occurrence, verbs: number[]): boolean {
  const clause = /^[^,，;；。]*/.exec(text.slice(p.end))?.[0] ?? '';
  return /签字|签约|签署|签订/.test(clause) && verbs.every((v) => v > p.end + clause.length);
}

/**
 * Who attends in one sentence with an attending verb (出席, 参加, 陪同, 会见 …): the people named before a colon
 * and not only in a later clause, and the organisations in the verb's clause (with clauses before it that only
 * list bodies).
 */
export function attendance({ doc, registry, event, sentence, words: s, input, people }: SentenceAbout): void {
  const { text } = doc;
  // 会议请区发改委、区商务委等部门与民营企业家面对面座谈交流: the bodies asked to talk with them attend.
  const invited = INVITED.exec(s);
  if (invited) {
    const from = sentence.start + invited.index + 1;
    const to = from + (invited[1]?.length ?? 0);
    for (const o of input.organisations)
      if (o.start >= from && o.end <= to)
        relate(registry, o.id, event, 'attendee', sentence.start, 'role:invited-bodies');
  }
  // 到访中总的还有A、B，C…; 此次来访贵宾除了会长A外，还有B、C等人: who is listed after 还有 came too.
  const also = ALSO_CAME.exec(s);
  if (also)
    for (const p of people)
      if (p.start >= sentence.start + also.index + also[0].length)
        relate(registry, p.id, event, 'attendee', sentence.start, 'role:attends');
  const attends = ATTENDS.exec(s);
  if (!attends) return;
  // 出席会议并宣读任职决定：X任…: who is named after the colon is what was read out, not who attended; after
  // 出席包括：, 出席人员有：, 参加的有： the colon opens the list of who attended.
  const colon = s.slice(attends.index).search(/[:：]/);
  const lists = colon >= 0 && LIST_OPENS.test(s.slice(attends.index, attends.index + colon));
  const listEnd = colon < 0 || lists ? sentence.end : sentence.start + attends.index + colon;
  const attendVerbs = [...s.matchAll(new RegExp(ATTENDS.source, 'g'))].map((m) => sentence.start + m.index);
  // After 出席包括：, the list runs on over commas (秘书长A，顾问B、C).
  const listFrom = lists ? sentence.start + attends.index + colon : sentence.end;
  for (const p of people)
    if (
      p.end <= listEnd &&
      !signsInOwnClause(text, p, attendVerbs) &&
      (p.start > listFrom || attendVerbs.some((v) => !inLaterClause(text, v, p)))
    )
      relate(registry, p.id, event, 'attendee', sentence.start, 'role:attends');
  // Organisations attend when they are the subject (区经信局…相关负责人参加), not what was visited after it; each
  // attending verb has its own (…等44人出席会议,区监委、区法院领导列席会议).
  for (const at of attendVerbs) {
    const from = subjectStart(text, sentence, at, input);
    for (const o of input.organisations)
      if (o.start >= from && o.end <= at && !namesIt(doc, event, o) && !affiliation(text, o, at, people))
        relate(registry, o.id, event, 'attendee', sentence.start, 'role:attends-org');
  }
  // 副区长A，区法院、区检察院负责人，…列席会议: a clause of the list before the verb that names only bodies and their
  // unnamed people, wherever named people stand between it and the verb.
  const last = attendVerbs[attendVerbs.length - 1];
  if (last === undefined) return;
  for (const clause of bodyClauses(text, sentence, last, input))
    for (const o of input.organisations)
      if (o.start >= clause.start && o.end <= clause.end && !namesIt(doc, event, o))
        relate(registry, o.id, event, 'attendee', sentence.start, 'role:attends-org');
}

/**
 * <firm>副总经理、<group>组长A等出席: a body whose clause goes on to a named person before the verb is that person's
 * affiliation, not a body that attends.
 */
function affiliation(text: string, o: Anchor, verbAt: number, people: Occurrence[]): boolean {
  return people.some(
    (p) => p.start >= o.end && p.end <= verbAt && !/[,，;；]/.test(text.slice(o.end, p.start)),
  );
}

/** The clauses before `verbAt` (split at ，；) that hold bodies and then their unnamed people, nothing else. */
function bodyClauses(text: string, sentence: Span, verbAt: number, input: ParticipationInput): Span[] {
  const found: Span[] = [];
  let start = sentence.start;
  for (let at = sentence.start; at <= verbAt; at++) {
    if (at < verbAt && !/[,，;；]/.test(text[at] ?? '')) continue;
    const span = { start, end: at };
    start = at + 1;
    if (onlyBodies(text, span, input, true)) found.push(span);
  }
  return found;
}

/** Whether text[span) lists only bodies (区发改局、区商务局), maybe with their unnamed people after (required or not). */
function onlyBodies(text: string, span: Span, input: ParticipationInput, withPeople: boolean): boolean {
  let rest = text.slice(span.start, span.end);
  for (const o of input.organisations)
    if (o.start >= span.start && o.end <= span.end)
      rest =
        rest.slice(0, o.start - span.start) + ' '.repeat(o.end - o.start) + rest.slice(o.end - span.start);
  const bare = rest.replace(THEIR_PEOPLE, '');
  if (withPeople && bare === rest) return false;
  return /^(?:以及|及|和)?[ 、和及与]*$/.test(bare) && bare.includes(' ');
}

/**
 * <bureau>外贸企业座谈会…举行，…出席: the body written in the happening's own name, right before its noun, holds it
 * and does not attend it.
 */
function namesIt(doc: Doc, event: FoundEvent, o: Anchor): boolean {
  if (event.kind === 'signing' || o.end > event.trigger.start) return false;
  const between = doc.text.slice(o.end, event.trigger.start);
  return (
    !/[,，。;；:：、\s与和及]/.test(between) &&
    between.length <= 20 &&
    event.name.includes(doc.text.slice(o.start, o.end))
  );
}

/**
 * Unnamed people of the bodies listed before them (区法院、区检察院负责人, 各部门主要负责同志, 县住建局、交通局等相关单位人员).
 */
const THEIR_PEOPLE =
  /(?:等)?(?:相关|有关|各)?(?:(?:单位|部门)(?:、(?:单位|部门))?)?(?:主要|相关|有关)?(?:负责人|负责同志|领导同志|领导|工作人员|人员)$/;

/**
 * Where the subject of the attending verb at `verbAt` starts: its clause (论坛由A指导,B主办,…嘉宾参会: organisers
 * do not attend), and the clauses before it that only list bodies, maybe with their unnamed people
 * (区发改局、区商务局，各街道主要负责同志参加; 区法院、区检察院负责人,区政府办公室负责人列席).
 */
function subjectStart(text: string, sentence: Span, verbAt: number, input: ParticipationInput): number {
  let clause = verbAt;
  while (clause > sentence.start && !/[,，;；:：]/.test(text[clause - 1] ?? '')) clause--;
  for (;;) {
    let before = clause - 1;
    while (before > sentence.start && !/[,，;；:：]/.test(text[before - 1] ?? '')) before--;
    if (before >= clause - 1 || !/[,，]/.test(text[clause - 1] ?? '')) break;
    if (!onlyBodies(text, { start: before, end: clause - 1 }, input, false)) break;
    clause = before;
  }
  return clause;
}

/**
 * A WeChat copy lists who attended one per line, then says what they did on a line of its own (…党委书记马国栋 ⏎
 * …组织部部长刘建勋 ⏎ 出席签约仪式): the people on the unpunctuated lines right above a line that opens with the verb.
 */
export function attendeesAbove(doc: Doc, sentence: Span, people: Occurrence[]): Occurrence[] {
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
