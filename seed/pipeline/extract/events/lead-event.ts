import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { alternation, COME, VISIT_VERBS } from '../lexicon/events.ts';
import { analysisText } from '../script.ts';
import { qualifyBare } from './bare-holder.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, toCome } from './phrase.ts';
import { GUIDES } from './visits.ts';

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
/**
 * `到/来到<one place or body>(，)(开展|进行)<verb>(活动)`: a visit with nothing after its verb (or another act after 并, 及),
 * named after where it went.
 */
const WENT = new RegExp(
  `(?:赴|到|前往|来到|前来|深入|莅临|走进)([^。,，;；、和及与\\n]{2,24}?)[,，]?(?:开展|进行)?了?(${VERBS})(?![团组队])(?:活动)?(?=[,，。;；]|并|及|$)`,
  'dg',
);
/** Lead-only verbs of a visit to people (看望委员): a visit when a leader makes it, too loose for the frames. */
const LEAD_VERBS = alternation([...VISIT_VERBS, '看望慰问', '看望']);
/**
 * `<verb>(了)<what it was about>` closing its clause (`视察<matter>情况`, `走访调研<firms>`): the matter, then the verb
 * (the guide's 调研考察园区招商情况 → 园区招商情况调研考察). The matter is words alone (no quote) up to the clause's end
 * or 并; a list (A、B、C等情况) only when it closes on 情况 or 工作 (a list of firms is where it went, not a matter).
 */
const ABOUT_AFTER = new RegExp(
  `((?:${LEAD_VERBS})${GUIDES}?)(?![团组队])了?([\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){1,40}?)(?=[,，。;；]|并|$)`,
  'dg',
);
/** A matter listed with 、 closes on what it is about (等情况, 工作). */
const LISTED_MATTER = /^[^、]{2,20}$|(?:情况|工作)$/;
/**
 * What after a verb is no matter visited: a time (调研时, 调研中, 调研期间), the group (调研组), an aside (调研后表示), another
 * act joined to it (学习考察及洽商合作).
 */
const NOT_ABOUT =
  /^(?:时|中|后|前|期间|过程|结束|工作(?:时|中)?$|活动$|行程$|的|组|团|队|一行|中心|及|以及|和|与|并|或)|表示|强调|指出|认为|要求|时|期间/;
/**
 * 来 as a going verb only before a division written within a few words (来<county>考察学习<matter>, as visits-at.ts reads
 * it): 来自, 以来 and 未来 go nowhere. Coming to the page's own place names the visit by its matter alone (WENT_BEFORE
 * keeps no place after 来: the real sets' gold and group-visits.ts's 来<county>参观考察<matter> → <matter>参观考察).
 */
const COME_TO = String.raw`${COME}(?=[^。,，;；:：\n]{1,12}?(?:省|市|区|县|旗|镇|乡|街道))`;
export const GOING = new RegExp(`赴|到|前往|来到|深入|莅临|走进|${COME_TO}`);
/** One place gone to, right before the verb (赴<place>, 深入<place>一线). */
const WENT_BEFORE = /(?:赴|到|前往|来到|深入到?|莅临|走进)([^。,，;；、和及与\n]{2,12})$/;
/** A matter that opens on a verb (慰问<people>, 指导<matter>) is a second act, not what the visit was about. */
const LEADING_VERB = new RegExp(`^(?:${LEAD_VERBS}|${GUIDES})`);
/**
 * `(开展|进行)(了)<what, quoted or written>(<how>)<verb>(活动|行程)` closing its clause (`开展“<theme>”专题调研`,
 * `进行<fields>参访行程`), and `对<what>进行(了)<verb>`: the matter, how, then the verb.
 */
const ABOUT_BEFORE = new RegExp(
  `(?:(?:开展|进行)了?(?:[“"「]([^”"」\n]{2,40})[”"」]|([\u4e00-\u9fff]{2,12}?))|对([^。,，;；“”\n]{2,30}?)(?:开展|进行)了?)([\u4e00-\u9fff]{0,4}?)(${LEAD_VERBS})(?:活动|行程)?(?=[,，。;；]|$)`,
  'dg',
);
/** A matter before the verb that is none: how it was done alone (开展实地调研), an act (开展了走访). */
const NOT_MATTER = /^(?:实地|专题|深入|集中|联合|现场|调研|考察|走访|一次|为期|了)$/;

/**
 * Before the verb in its sentence: reported speech or a task set (X强调，要深入企业调研…), a notice or decision that
 * arranges it (定于…由X带队…, 经研究，决定…, 通知：…), background (曾于2019年…; 曾 alone is a surname) or a habit
 * (每月到…走访, 定期…): no happening the page reports.
 */
export const NOT_TOLD_DONE =
  /表示|强调|指出|要求|提出|希望|认为|必须|[,，](?:要|应|需)|定于|决定|通知|安排|曾(?:于|经)|据了解|以来|每月|每周|每年|每季度|定期|经常|常态化|多次|制度|生前|长期|坚持|常年|一直|负责联系|联系点/;
/** In the verb's clause: a report heard about a visit (听取了关于赴<place>调研情况的汇报), not the visit. */
const HEARD_OF = /听取|汇报|关于/;
/**
 * A page that is a notice, a rule, a plan or a list (its title `关于印发…的通知`, `<body>工作要点`, `…制度`): it arranges
 * visits, it reports none.
 */
export const NOTICE_TITLE = /^关于|(?:通知|公告|通告|方案|要点|办法|规定|条例|细则|制度|意见)[》」”)）\s]*$/;
/** A sentence of a rule or a list (第六条 …, 一、…) or a notice's address (各乡镇：…). */
const RULE_OR_LIST =
  /^\s*(?:第[一二三四五六七八九十百\d]+条|[一二三四五六七八九十]+、|各[^。,，;；:：\n]{1,12}[:：])/;
/** Right after the leader: a quote (<titled name>：) or a feature (<titled name>的一天：), not a report. */
const QUOTE_OR_FEATURE = /^(?:的一天)?[:：]/;
/** Acts done to a project or a named place (`<project>正式开工`, `<park>揭牌启用`); 仪式 kept when the page writes it. */
export const ACTS = '开工|揭牌|启用|开园|开业|投产|落成|竣工';
/** After the act, what makes it a time or a task, not a happening (开园以来, 开园三年来, 揭牌仪式筹备工作…计划5月). */
const ACT = new RegExp(
  `(项目)?(?:正式|顺利|隆重|全面)?(${ACTS})(?![^。,，;；]{0,4}(?:以来|年来|周年|之际|建设|准备|筹备|计划|拟|将))`,
  'dg',
);

/** How far after the act the page may name it a ceremony (出席开工仪式 in the next sentence). */
const CEREMONY_WITHIN = 200;

/** The body's first sentences: where a page of this kind tells what happened. */
export function leadSentences(doc: Doc): Span[] {
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
    !HEARD_OF.test(text.slice(clauseStart(text, sentence, verbAt), verbAt)) &&
    ![...leaders].some(
      (e) => e > sentence.start && e <= verbAt && QUOTE_OR_FEATURE.test(text.slice(e, e + 4)),
    ) &&
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
    // A division written short is named in full (赴湖南 → 湖南省…).
    const written =
      named?.type === 'Place' && named.short ? named.name : named && text.slice(named.start, named.end);
    if (written && ok(verbAt)) tries.push(visit(`${written}${verb}`, verb, verbAt));
  }
  for (const m of s.matchAll(ABOUT_AFTER)) {
    const verb = m[1] ?? '';
    const about = m[2] ?? '';
    const verbAt = at(m, 1);
    // 督导调研, 考察督查: a second verb is how it was done, not what about; 情况的汇报: what is said of a visit.
    if (
      NOT_ABOUT.test(about) ||
      LEADING_VERB.test(about) ||
      about.includes('的') ||
      !LISTED_MATTER.test(about)
    )
      continue;
    if (!ok(verbAt)) continue;
    // 赴<one named place>调研<matter>: where it went stays in the name (the real sets' gold: <city><matter>考察); a
    // list of places does not (赴A、B视察<matter> → <matter>视察).
    const clause = text.slice(clauseStart(text, sentence, verbAt), verbAt);
    // Only a trip told (赴A、B视察…, 深入<where>调研…; 赴A、B，实地调研…: the verb opening the clause after the going):
    // a leader's 调研<matter> with no going is the frames' to read.
    const opensClause =
      clause === '' && about.includes('、') && GOING.test(text.slice(sentence.start, verbAt));
    if (!GOING.test(clause) && !opensClause) continue;
    const before = opensClause ? text.slice(sentence.start, verbAt - 1) : clause;
    const went = WENT_BEFORE.exec(before)?.[1] ?? '';
    const whereAt = sentence.start + (opensClause ? before.length : verbAt - sentence.start) - went.length;
    const place = anchors.find(
      (a) => a.type === 'Place' && a.start === whereAt && a.end === whereAt + went.length,
    );
    // Only a named place: 深入<园区一线> is how far, not where (企业走访调研).
    const where = place ? (place.short ? place.name : went) : '';
    tries.push(visit(`${where}${about}${verb}`, verb, verbAt));
  }
  for (const m of s.matchAll(ABOUT_BEFORE)) {
    const about = m[1] ?? m[2] ?? m[3] ?? '';
    const how = m[4] ?? '';
    const verb = m[5] ?? '';
    const verbAt = at(m, 5);
    if (NOT_MATTER.test(about) || !ok(verbAt)) continue;
    tries.push(visit(`${about}${how}${verb}`, verb, verbAt));
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
  if (NOTICE_TITLE.test(analysisText(doc.article.title).text.trim())) return false;
  const lead = leadSentences(doc);
  const leadEnd = lead[lead.length - 1]?.end ?? 0;
  // A happening read in the lead by a frame of its own is the one it reports.
  if (found.some((c) => c.trigger.start < leadEnd)) return false;
  for (const sentence of lead) {
    if (RULE_OR_LIST.test(doc.text.slice(sentence.start, sentence.end))) return false;
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
