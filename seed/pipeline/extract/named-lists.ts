import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Doc } from './doc.ts';
import { BUREAU_STEM_RUN } from './lexicon/bodies.ts';
import { TRADE_ENDINGS } from './lexicon/companies.ts';
import { alternation, GOING_VERBS, VISIT_VERBS } from './lexicon/events.ts';
import { suffixesEndingAt } from './lexicon/suffixes.ts';
import { isGenericHead } from './named-heads.ts';
import type { NamedSpan } from './named-span.ts';
import { opensProperName } from './named-words.ts';
import { readName } from './names.ts';

/**
 * Organisations written without an ending, known by where they stand: the numbered bureaus of the state builders,
 * the items of a list of firms (等企业), and the bare brands of a visit's list of sites beside named ones.
 */

/** 中建八局, 中铁十二局: the numbered bureaus of the state builders, companies written without an ending. */
const NUMBERED_BUREAU =
  /(?:中建|中铁|中交|中冶|中电建|中能建|中水|中核|中铁建)[一二三四五六七八九十]{1,3}局/g;

export function findNumberedBureaus(doc: Doc): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const m of doc.text.matchAll(NUMBERED_BUREAU)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'Organization',
      kind: 'company',
      suffix: '局',
      goal: false,
      rule: 'named:numbered-bureau',
    });
  }
  return found;
}

/** Verbs that open a list of where a visit went (深入到A、B、C等企业, 走访A、B). */
const VISIT_VERB = `(?:${alternation([...GOING_VERBS, ...VISIT_VERBS])})`;
/**
 * The last characters of those verbs and of 了, as one class: tested first behind a list's start, it turns most offsets
 * down before the verbs are each tried backwards (the same matches, found faster).
 */
const VISIT_VERB_LAST = [...new Set([...GOING_VERBS, ...VISIT_VERBS, '了'].map((v) => v.slice(-1)))]
  .map((ch) => ch.replace(/[\]\\^-]/g, '\\$&'))
  .join('');
/** What a list of firms is closed by: 等企业, 等9家企事业单位. */
const FIRMS = '(?:企业|公司|企事业单位|单位)';
/** A count of firms, maybe with words of what kind (两家知名企业, 等多家重点企业, 等9家本地籍企业, 等10户工业企业). */
const COUNT = '[0-9一二三四五六七八九十两多]+[家个户](?:[\\u4e00-\\u9fff]{2,4}?)?';
/** A word of what kind of firms closes the list after 等 (等大型企业, 等重点单位); never 相关/有关/其他 (等相关单位: a class). */
const KIND =
  '(?:重点|大型|知名|骨干|龙头|规上|民营|外资|优质|科技型|高新|头部|上市|国有|中小|小微|制造业|外贸)';
/**
 * 赴绿洲集团、富林环保、安徽矿机等企业, 青禾机械厂、宁湖科技、远山电子等9家企事业单位, 考察了A、B两家知名企业, A、B等大型
 * 企业: the items of a list closed by a kind of firm (after 等, or after a count) are organisations, brands written short
 * too.
 */
const LISTED_COMPANIES = new RegExp(
  `(?<=[${VISIT_VERB_LAST}括及，,：:\\s和对与。；;有]|^)(?<=${VISIT_VERB}了?|包括|以及|[，,：:\\s及和对与。；;有]|^)(?![到赴至了组团]|已?有)((?:[\\u4e00-\\u9fff]{2,16}、)+[\\u4e00-\\u9fff]{2,16}?)(?:等(?:${COUNT}|${KIND})?|${COUNT})${FIRMS}`,
  'g',
);
/** The part of a firm a visit saw, after the firm's name (深入A、B公司生产线实地察看). */
const WORKSHOP = '生产车间|车间|厂区|生产线|项目现场|现场';
/** 先后深入A产业园、B、C、D乐园等，实地察看: a visit's list of sites, closed by 等, a visit verb or a comma. */
const VISIT_LIST = new RegExp(
  `(?<=[${VISIT_VERB_LAST}])(?<=${VISIT_VERB}了?)(?![到赴至了组团])((?:[\\u4e00-\\u9fff]{2,12}、)+[\\u4e00-\\u9fff]{2,12}?)(?:${WORKSHOP})?(?=(?:进行|开展)?(?:等|检查|${alternation([...GOING_VERBS, ...VISIT_VERBS])})|[，,。])`,
  'g',
);

/** A body of a division written by its level or its kind (市政府办, 区商务局, 高新分局): ./bodies.ts reads those. */
const DIVISION_BODY = /^[市区县镇乡]|[办局委厅处]$/;

/** A list item that may be a brand (or a division's body, left to ./bodies.ts): no place, person, kind or work. */
function plain(item: string): boolean {
  return (
    // (宁湖园区净水厂: a works is named by its place and its function, longer than a brand.)
    (item.length <= 8 || (item.length <= 12 && /[^工]厂$/.test(item))) &&
    gazetteer().byName(item).length === 0 &&
    !isGenericHead(item) &&
    !/企业|单位|部门|项目|工程|情况|工作|建设|现场|车间|一线|基层/.test(item) &&
    !readName(`${item}，`, 0)
  );
}

function span(start: number, item: string, rule: NamedSpan['rule']): NamedSpan {
  return {
    start,
    end: start + item.length,
    type: 'Organization',
    kind: 'company',
    suffix: '',
    goal: false,
    rule,
  };
}

/** Each item of `list` (joined by 、, starting at `at`) with its offset. */
function items(list: string, at: number): { item: string; start: number }[] {
  const out: { item: string; start: number }[] = [];
  for (const item of list.split('、')) {
    out.push({ item, start: at });
    at += item.length + 1;
  }
  return out;
}

/** Last words of an everyday site or institution, not a brand (冷链中心, 张家大院, 李氏宗祠, 敬老院, 种植大棚). */
const SITE_NOUN = /(?:中心|大院|宗祠|院|大棚|仓库|地头|家中|礼堂|长廊|站|市场|[点路段地场口线址馆])$/;

/** Whether a list item is named by an ending after a proper head (青禾科技有限公司, 北岭物流公司). */
function namedByEnding(doc: Doc, x: { item: string; start: number }): boolean {
  const endings = suffixesEndingAt(doc.text, x.start + x.item.length);
  return endings.some(
    (e) => x.item.length > e.suffix.length + 1 && !isGenericHead(x.item.slice(0, -e.suffix.length)),
  );
}

/** Whether a bare list item reads as a brand: it opens on a proper name and ends on no site noun (宁湖光电). */
function brand(doc: Doc, x: { item: string; start: number }): boolean {
  return opensProperName(doc, x.start, x.start + x.item.length) && !SITE_NOUN.test(x.item);
}

/** A brand of two or more characters before a trade word (禾川科技, 鼎丰化工). */
function tradeNamed(item: string): boolean {
  return TRADE_ENDINGS.some(
    (t) => item.endsWith(t) && item.length - t.length >= 2 && !isGenericHead(item.slice(0, -t.length)),
  );
}

/** Whether a list starts on a word of its own (not 组走访了… after the 调研 of 调研组). */
function startsOnWord(doc: Doc, at: number): boolean {
  return doc.tokens.isBoundary(at) && !/[了过组团]/.test(doc.text[at] ?? '');
}

export function findListedCompanies(doc: Doc): NamedSpan[] {
  const found: NamedSpan[] = [];
  const lists = new RegExp(LISTED_COMPANIES);
  for (let m = lists.exec(doc.text); m; m = lists.exec(doc.text)) {
    const listed = items(m[1] ?? '', m.index);
    const named = listed.filter((x) => namedByEnding(doc, x));
    const bare = listed.filter((x) => !named.includes(x));
    // A list of people, places or kinds of firms (重点企业、龙头企业) names no companies; nor does one of institutions
    // named by their kind (敬老院、文化站等单位); 青禾化工厂、宁湖一中、远山盈科等企事业单位: beside a unit named by its
    // ending, the bare items are units too. (A failed start may have taken in the clause before the list: read on
    // from the next character, 率队先后赴A、B等企业.)
    if (
      !startsOnWord(doc, m.index) ||
      !bare.every((x) => plain(x.item)) ||
      (!/企业|公司/.test(m[0].slice(m[1]?.length ?? 0)) &&
        named.length === 0 &&
        !bare.every((x) => DIVISION_BODY.test(x.item) || brand(doc, x)))
    ) {
      lists.lastIndex = m.index + 1;
      continue;
    }
    for (const x of bare)
      if (!DIVISION_BODY.test(x.item) && !SITE_NOUN.test(x.item) && !BUREAU_STEM_RUN.test(x.item))
        found.push(span(x.start, x.item, 'named:listed-company'));
  }
  // 深入A产业园、B、C科技有限公司等: where one site of a visit's list is named by its ending, the bare items beside it
  // are the brands of firms.
  for (const m of doc.text.matchAll(VISIT_LIST)) {
    const listed = items(m[1] ?? '', m.index);
    if (!startsOnWord(doc, m.index)) continue;
    const named = listed.filter((x) => namedByEnding(doc, x));
    // 参观了禾川科技、鼎丰化工: with no item named by its ending, every item a brand before a trade word (科技, 化工) makes
    // the list one of firms; a list of plain nouns (文化、教育) or places does not.
    if (named.length === 0 && listed.every((x) => plain(x.item) && brand(doc, x) && tradeNamed(x.item))) {
      for (const x of listed)
        if (!DIVISION_BODY.test(x.item) && !found.some((f) => f.start === x.start))
          found.push(span(x.start, x.item, 'named:trade-list'));
      continue;
    }
    if (named.length === 0 || named.length === listed.length) continue;
    // (新城路改造点, X工地: a bare item ending like a site is a place, not a firm.)
    const bare = listed.filter((x) => !named.includes(x) && !/[点路段地场站口线址]$/.test(x.item));
    if (!bare.every((x) => plain(x.item) && brand(doc, x))) continue;
    for (const x of bare)
      if (!DIVISION_BODY.test(x.item) && !found.some((f) => f.start === x.start))
        found.push(span(x.start, x.item, 'named:visit-list'));
  }
  return found;
}
