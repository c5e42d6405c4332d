import type { Span } from '../../../../contract/annotation/types.ts';
import type { Doc } from '../doc.ts';
import type { FoundEvent } from '../events.ts';
import type { Registry } from '../registry.ts';
import { type Occurrence, type ParticipationInput, relate } from './relate.ts';

/** 带领观摩组, 率领代表团: who leads a delegation attends (not 带领团队, 带领班子成员); who takes the oath of office at a session attends it. */
const ATTENDS =
  /出席|参加|参会|与会|列席|陪同|带队|率队|(?:带领|率领)[^,，。]{0,6}?(?:观摩|调研|考察|督导|督查|检查|工作|代表|参观|招商|学习)(?:组|团)|会见|会晤|见证|到会(?!场)|进行了?宪法宣誓/;

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
 * Who attends in one sentence with an attending verb (出席, 参加, 陪同, 会见 …): the people named before a colon
 * and not only in a later clause, and the organisations in the verb's clause (with clauses before it that only
 * list bodies).
 */
export function attendance(
  doc: Doc,
  registry: Registry,
  event: FoundEvent,
  sentence: Span,
  input: ParticipationInput,
  people: Occurrence[],
): void {
  const { text } = doc;
  const s = text.slice(sentence.start, sentence.end);
  const attends = ATTENDS.exec(s);
  if (!attends) return;
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
