import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { alternation, VISIT_VERBS } from '../lexicon/events.ts';
import { qualifyBare } from './bare-holder.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, toCome } from './phrase.ts';

/**
 * The happening a page reports, read from its lead when no frame of its own found one: a news page of this kind tells
 * it in its first sentences (`<day>，<who>…<verb>…`). Read generally: who does it is a titled leader (or a group at its
 * head) anywhere before the verb in the sentence, whatever stands between (whom they bring, who escorts them, where
 * they go); what is done is any visit verb of the lexicon or an act done to a project or a named place.
 */

/** How many sentences of the body count as its lead. */
const LEAD_SENTENCES = 3;

const VERBS = alternation(VISIT_VERBS);
/** `围绕A、B等<head>开展<how><verb>`: the head of what it was about, how, and the verb. */
const AROUND = new RegExp(
  `围绕[^。;；\\n]{2,80}?等([^。,，;；、\\n]{2,8}?)(?:开展|进行)了?([\\u4e00-\\u9fff]{0,4}?)(${VERBS})(?![团组队])(?:活动)?(?=[,，。;；]|$)`,
  'dg',
);
/** `到/来到<one place or body>(，)(开展|进行)<verb>(活动)`: a visit with nothing after its verb, named after where it went. */
const WENT = new RegExp(
  `(?:赴|到|前往|来到|前来|深入|莅临|走进)([^。,，;；、和及与\\n]{2,24}?)[,，]?(?:开展|进行)?了?(${VERBS})(?![团组队])(?:活动)?(?=[,，。;；]|并|$)`,
  'dg',
);
/**
 * Before the verb in its sentence: reported speech or a task set (X强调，要深入企业调研…), a notice or decision that
 * arranges it (定于…由X带队…, 经研究，决定…, 通知：…), background (曾于2019年…; 曾 alone is a surname) or a habit
 * (每月到…走访, 定期…): no happening the page reports.
 */
const NOT_TOLD_DONE =
  /表示|强调|指出|要求|提出|希望|认为|必须|[,，](?:要|应|需)|定于|决定|通知|安排|曾(?:于|经)|据了解|以来|每月|每周|每年|每季度|定期|经常|常态化|多次|制度/;
/** Acts done to a project or a named place (`<project>正式开工`, `<park>揭牌启用`); 仪式 kept when the page writes it. */
const ACTS = '开工|揭牌|启用|开园|开业|投产|落成|竣工';
/** After the act, what makes it a time or a task, not a happening (开园以来, 开园三年来, 揭牌仪式筹备工作…计划5月). */
const ACT = new RegExp(
  `(项目)?(?:正式|顺利|隆重|全面)?(${ACTS})(?![^。,，;；]{0,4}(?:以来|年来|周年|之际|建设|准备|筹备|计划|拟|将))`,
  'dg',
);

/** How far after the act the page may name it a ceremony (出席开工仪式 in the next sentence). */
const CEREMONY_WITHIN = 200;

/** The body's first sentences: where a page of this kind tells what happened. */
function leadSentences(doc: Doc): Span[] {
  return doc.sentences
    .filter((s) => /[\u4e00-\u9fff]{6}/.test(doc.text.slice(s.start, s.end)))
    .slice(0, LEAD_SENTENCES);
}

/** A leader named in the sentence before `at`, in the same sentence, with no full stop between. */
function ledBefore(leaders: ReadonlySet<number>, sentence: Span, at: number): boolean {
  for (const end of leaders) if (end > sentence.start && end <= at) return true;
  return false;
}

function visitIn(
  doc: Doc,
  anchors: Anchor[],
  sentence: Span,
  leaders: ReadonlySet<number>,
): Candidate | undefined {
  const { text } = doc;
  const s = text.slice(sentence.start, sentence.end);
  const at = (m: RegExpExecArray, group: number) => sentence.start + (m.indices?.[group]?.[0] ?? m.index);
  // 对<city>3天的访问: the verb used as a noun (after 的) tells no happening of its own.
  const ok = (verbAt: number) =>
    text[verbAt - 1] !== '的' &&
    !NOT_TOLD_DONE.test(text.slice(sentence.start, verbAt)) &&
    ledBefore(leaders, sentence, verbAt) &&
    !toCome(doc, clauseStart(text, sentence, verbAt), verbAt) &&
    !notMade(doc, verbAt);
  // The kind is a visit whatever the verb (到访, 访问 name no kind of their own).
  const visit = (name: string, verb: string, verbAt: number) =>
    make(
      doc,
      'event:lead-visit',
      name,
      verb,
      { start: verbAt, end: verbAt + verb.length },
      { kind: 'visit' },
    );
  const tries: (Candidate | undefined)[] = [];
  for (const m of s.matchAll(AROUND)) {
    const verb = m[3] ?? '';
    const verbAt = at(m, 3);
    if (ok(verbAt)) tries.push(visit(`${m[1]}${m[2]}${verb}`, verb, verbAt));
  }
  for (const m of s.matchAll(WENT)) {
    const verb = m[2] ?? '';
    const verbAt = at(m, 2);
    const whereAt = at(m, 1);
    const where = m[1] ?? '';
    // Only one place or body, whole: a name the page gives (我镇, 基层 are none).
    const named = anchors.find(
      (a) => (a.type === 'Place' || isOrg(a)) && a.start === whereAt && a.end === whereAt + where.length,
    );
    if (named && ok(verbAt)) tries.push(visit(`${text.slice(named.start, named.end)}${verb}`, verb, verbAt));
  }
  return tries.filter((c) => c !== undefined).sort((a, b) => a.trigger.start - b.trigger.start)[0];
}

/** `<day>，<project or named place>(项目)(正式)开工`: the act done to what opens the clause. */
function actIn(doc: Doc, anchors: Anchor[], sentence: Span): Candidate | undefined {
  const { text } = doc;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ACT)) {
    const actAt = sentence.start + (m.indices?.[2]?.[0] ?? m.index);
    const from = clauseStart(text, sentence, actAt);
    if (toCome(doc, from, actAt) || NOT_TOLD_DONE.test(text.slice(sentence.start, actAt))) continue;
    // What opens the clause, after a day told, is a named place or body, with nothing else before the act.
    const thing = anchors.find(
      (a) => (a.type === 'Place' || isOrg(a)) && a.start >= from && a.end <= actAt && a.source === 'named',
    );
    if (!thing) continue;
    const before = text.slice(from, thing.start);
    if (
      !/^(?:近日|日前|今天|今日|昨天|昨日|\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日)?(?:上午|下午)?$/.test(
        before,
      )
    )
      continue;
    const between = text.slice(thing.end, actAt);
    if (!/^(?:项目)?(?:正式|顺利|隆重|全面)?$/.test(between)) continue;
    const act = m[2] ?? '';
    const name = `${text.slice(thing.start, actAt).replace(/(?:正式|顺利|隆重|全面)$/, '')}${act}`;
    // 出席开工仪式: the page names it a ceremony in the lines that follow.
    const ceremony = text.slice(actAt, actAt + CEREMONY_WITHIN).includes(`${act}仪式`);
    return make(
      doc,
      'event:lead-act',
      ceremony ? `${name}仪式` : name,
      act,
      { start: actAt, end: actAt + act.length },
      // Held at the place it was done to (<park>项目开工 → the park).
      {
        kind: 'ceremony',
        aliases: ceremony ? [name] : [],
        place: thing.type === 'Place' ? thing : undefined,
      },
    );
  }
  return undefined;
}

/** The happening the lead reports, when no other rule read one: at most one, from the first sentence that tells it (true when read). */
export function leadEvent(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  found: Candidate[],
): boolean {
  if (found.length > 0) return false;
  for (const sentence of leadSentences(doc)) {
    // A lead that tells a visit still to come (将率团…到访) reports no happening: the sentences after it neither.
    const firstVerb = new RegExp(VERBS).exec(doc.text.slice(sentence.start, sentence.end));
    if (firstVerb && toCome(doc, sentence.start, sentence.start + firstVerb.index)) return false;
    const event = visitIn(doc, anchors, sentence, leaders) ?? actIn(doc, anchors, sentence);
    if (event) {
      found.push(event);
      // 调研全区重点项目建设情况: 全区 is the page's district (the guide), as every frame names it.
      qualifyBare(doc, anchors, found, found.length - 1);
      return true;
    }
  }
  return false;
}
