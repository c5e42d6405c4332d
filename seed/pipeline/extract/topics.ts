import { entityId } from '../../../contract/annotation/ids.ts';
import type { Span } from '../../../contract/annotation/types.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import { type Anchor, baseOf } from './anchors.ts';
import type { Doc } from './doc.ts';
import type { Registry } from './registry.ts';
import { simplifiedName } from './script.ts';

/**
 * FOCUSES_ON: the industries listed after 聚焦, 重点发展, 重点布局, 重点围绕, 专注于 (`聚焦人工智能、生物医药、智能物联等
 * 重点产业`, `数(数字供应链)、智(智能制造)`), up to 等, 三大…, 的 or the end of the clause; and `集成电路是南山区重点
 * 发展的…产业`. The subject is the organisation or place the clause is about: the nearest clause-initial one before
 * the verb (未来岛园区是…,目前正重点聚焦), else the nearest one. Slogans, brands and generic aims are not topics.
 */

const TRIGGER = /重点聚焦|聚焦|重点发展|重点布局|重点培育|重点围绕|布局|专注于|主攻|深耕/g;
const REVERSE = /([\u4e00-\u9fffA-Za-z0-9-]{2,10})是([^,，。]{2,12}?)(?:重点发展|重点培育|重点布局)的/g;
const LIST_END = /[,，。;；:：]|等|[一二三四五六七八九十两]大|的|为主|作为/;
const LEADING_ADVERB = /^(?:近年来|目前|今年|当前|此外|同时|据了解|据悉|据介绍|未来|下一步)[,，]?/;
const TRAILING = /(?:整车研发制造|研发制造|研发生产|的研发|整车|产业集群|产业链|产业|领域|方向|行业)$/;
const NOT_TOPICS =
  /任务|目标|主业|工作|问题|需求|诉求|民生|强链|补链|延链|党建|^(?:发展|建设|服务|创新|项目|招商|改革|环境|质量|合作|产业|经济)$/;
/** A slogan of verbs (做大做强做优, 做精做特) written before what it is about. */
const SLOGAN = /^(?:做[大强优精实特新]){2,}/;
/**
 * 布局 as a noun, not an act (介绍了园区总体布局、配套设施…, 物流产业的布局规划, 产业布局调整): a modifier
 * before it, or what follows it is the next item of a list or another noun of the same phrase.
 */
const LAYOUT_BEFORE = /(?:整体|总体|产业|战略|空间|区域|合理|科学|功能|城市|的)$/;
const LAYOUT_AFTER = /^(?:[、,，。;；]|以及|规划|优化|合理|调整|上|和|与|及)/;
/** A count is no industry (每季度聚焦一家会员企业). */
const COUNTED = /^(?:[一两二三四五六七八九十\d]+|每|各)(?:个|家|项|位)/;
/** Facilities a company sets up (布局区域总部和生产基地) are no industries. */
const FACILITY = /(?:总部|基地|工厂|厂区|网点|门店|分公司|子公司|生产线)$/;

function clean(item: string): string | undefined {
  let t = item.trim();
  const inner = /^[^()]{1,3}\(([^()]+)\)$/.exec(t);
  if (inner?.[1]) t = inner[1];
  t = t.replace(/^[“"]|[”"]$/g, '');
  // 做大做强做优现代物流产业集群: the slogan verbs before the industry are no part of it.
  t = t.replace(SLOGAN, '');
  for (let i = 0; i < 2; i++) t = t.replace(TRAILING, '');
  // 专注于工业视觉检测设备研发: the product, not the activity (a short 药物研发 stays whole).
  if (/^[\u4e00-\u9fff]{4,}研发$/.test(t)) t = t.slice(0, -2);
  if (
    t.length < 2 ||
    t.length > 12 ||
    /[“”"·()《》]/.test(t) ||
    NOT_TOPICS.test(t) ||
    FACILITY.test(t) ||
    COUNTED.test(t) ||
    isPlaceName(t)
  )
    return undefined;
  return t;
}

/** The list after a trigger: up to its closing quote when it is quoted (“数(数字供应链)、…”), else up to 等, 三大, 的 … */
function listAfter(text: string, from: number): { at: number; list: string } {
  if (text[from] === '“') {
    let depth = 0;
    for (let i = from; i < Math.min(text.length, from + 120); i++) {
      if (text[i] === '“') depth++;
      else if (text[i] === '”' && --depth === 0) return { at: from + 1, list: text.slice(from + 1, i) };
    }
  }
  const rest = text.slice(from, from + 80);
  const end = rest.search(LIST_END);
  return { at: from, list: end >= 0 ? rest.slice(0, end) : rest };
}

const COUNT: Record<string, number> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A place named as a topic (扎根合肥、深耕合肥) is not an industry. */
function isPlaceName(name: string): boolean {
  const gaz = gazetteer();
  return gaz.byName(name).length > 0 || gaz.byShortName(name).some((d) => gaz.isStandaloneShortForm(name, d));
}

function items(text: string, from: number): { name: string; start: number }[] {
  const { at, list } = listAfter(text, from);
  const out: { name: string; start: number }[] = [];
  let offset = 0;
  // 碳纤维及复合材料 is one topic: lists are split at 、 and 和 only; when the text counts the items
  // (软件和信息服务、光子、生物医药三大产业) the split that gives that count wins.
  const count = COUNT[/^(?:等)?([两二三四五六七八九十])大/.exec(text.slice(at + list.length))?.[1] ?? ''];
  const byComma = list.split('、');
  const split = count && byComma.length === count ? /、/ : /、|和/;
  for (const part of list.split(split)) {
    const name = clean(part);
    if (name) out.push({ name, start: at + offset + Math.max(0, part.indexOf(name.slice(0, 1))) });
    offset += part.length + 1;
  }
  return out;
}

function subjectBefore(doc: Doc, anchors: Anchor[], sentence: Span, at: number): { id: string } | undefined {
  const { text } = doc;
  const before = anchors.filter((a) => a.start >= sentence.start && a.end <= at && a.type !== 'Person');
  const initial = before.filter((a) => {
    let s = a.start;
    while (s > sentence.start && !/[,，;；:：。]/.test(text[s - 1] ?? '')) s--;
    const lead = text.slice(s, a.start);
    return lead === '' || (LEADING_ADVERB.test(lead) && lead.replace(LEADING_ADVERB, '') === '');
  });
  const subject = initial[initial.length - 1] ?? before[before.length - 1];
  // A committee or administration does not focus on industries; the place or company it runs does.
  if (subject && (subject.kind === 'party' || subject.kind === 'government'))
    return baseOf(subject) ?? subject;
  return subject;
}

/**
 * `是莲池区布局科技服务业的重要平台`, `是全区布局数字经济的核心载体`: a place written right before the trigger is who
 * focuses, whatever the sentence is about (全区 is the district named before).
 */
function directSubject(doc: Doc, anchors: Anchor[], at: number): { id: string } | undefined {
  const place = anchors.find((a) => a.end === at && a.type === 'Place' && a.source !== 'reference');
  if (place) return place;
  const whole = /全([区市县镇])$/.exec(doc.text.slice(Math.max(0, at - 2), at));
  if (!whole?.[1]) return undefined;
  const level = whole[1];
  return anchors
    .filter((a) => a.source === 'division' && a.start < at && !a.short && a.name.endsWith(level))
    .pop();
}

function focus(
  registry: Registry,
  subject: { id: string } | undefined,
  topic: string,
  start: number,
  at: number,
  rule: 'topic:focus-list' | 'topic:focus-reversed',
): void {
  if (!subject || !registry.has(subject.id)) return;
  const name = simplifiedName(topic);
  const id = entityId('Topic', name);
  registry.add({ id, type: 'Topic', name, surface: topic, at: start, rule });
  registry.relate({ type: 'FOCUSES_ON', from: subject.id, to: id, properties: {}, at, rule });
}

export function findTopics(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const { text } = doc;
  for (const sentence of doc.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(TRIGGER)) {
      const at = sentence.start + m.index;
      if (text[at - 1] === '“') continue; // “布局体系化、…”: a slogan, not a list of industries.
      const after = at + m[0].length;
      if (
        m[0] === '布局' &&
        (LAYOUT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ||
          LAYOUT_AFTER.test(text.slice(after, after + 2)))
      )
        continue;
      const subject = directSubject(doc, anchors, at) ?? subjectBefore(doc, anchors, sentence, at);
      for (const item of items(text, at + m[0].length))
        focus(registry, subject, item.name, item.start, sentence.start, 'topic:focus-list');
    }
    for (const m of /重点(?:发展|培育|布局)的/.test(s) ? s.matchAll(REVERSE) : []) {
      const at = sentence.start + m.index;
      const subject = anchors.find((a) => a.start >= at + (m[1]?.length ?? 0) && a.end <= at + m[0].length);
      const topic = clean(m[1] ?? '');
      if (topic) focus(registry, subject, topic, at, sentence.start, 'topic:focus-reversed');
    }
  }
}
