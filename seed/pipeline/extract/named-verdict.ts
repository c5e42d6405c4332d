import type { Doc } from './doc.ts';
import { CONJUNCTIONS, NAME_VERBS } from './lexicon/name-scan.ts';
import { type NameSuffix, SITE_ENDINGS } from './lexicon/suffixes.ts';
import { BARE_ZONE, REGION_WORDS } from './lexicon/words.ts';
import { HEAD_GOAL_END, isGenericHead, zoneNamedBefore } from './named-heads.ts';
import type { ScanLimits } from './named-span.ts';
import { describedOnly, everydayWords, opensProperName } from './named-words.ts';
import { settlementHead } from './settlements.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * Whether the words from a name's start to its ending name one thing: not a class, a description or a plan's parts;
 * not generic or everyday words unless a division or a town leads them; not a verb or an adjective. See ./named.ts.
 */

/** A count of qualities, maybe quoted, maybe after 全国 or 全省 (四好, “五好”, 全国“四好”): an honour's class. */
const COUNTED_QUALITIES = /^(?:全国|全省|全市)?[“"「]?[一二两三四五六七八九十双]好[”"」]?$/;
/** A division's people's organisations, named by the division before them, never by a verb. */
const PEOPLES_BODY = /^(?:工商联|工商业联合会|总工会|科协|妇联|侨联|文联|残联)$/;

/** Whether text[start, s) (the ending at s, the name's end at `end`) names a class or a phrase, no one body or place. */
export function headNamesNothing(
  doc: Doc,
  start: number,
  s: number,
  end: number,
  suffix: NameSuffix,
): boolean {
  const { text } = doc;
  const head = text.slice(start, s);
  if (suffix.type === 'Organization' && describedOnly(doc, start, s)) return true;
  // 全国“四好”商会, 五好工商联: a count of qualities names an honour, a class of bodies, not one body.
  if (suffix.type === 'Organization' && COUNTED_QUALITIES.test(head)) return true;
  // 为促进工商联事业…, 关于促进工商联所属商会: a verb before a people's organisation is what is done to it.
  if (PEOPLES_BODY.test(suffix.suffix) && dictionaryEntry(head)?.tag === 'v') return true;
  // 市高新区, 县开发区: a zone written by its kind after a bare level is the division's own, named nowhere.
  if (suffix.type === 'Place' && /^[市区县镇]/.test(head) && BARE_ZONE.test(text.slice(start + 1, end)))
    return true;
  // 中铁五局集团有限公司华南区域总部: a regional headquarters is a company's (布局区域总部 names none).
  if (suffix.suffix === '区域总部' && !/(?:公司|集团)[\u4e00-\u9fff]{0,4}$/.test(head)) return true;
  // 一轴一带一新城, 一核两翼: counted parts of a plan, no place's name.
  if (
    suffix.type === 'Place' &&
    /^(?:[一二两三四五六七八九十多][\u4e00-\u9fff]){2,}[一二两三四五六七八九十多]?$/.test(head)
  )
    return true;
  // 长三角开发区: a region across provinces and generic words name no one place.
  const region = REGION_WORDS.find((r) => head.startsWith(r));
  if (suffix.type === 'Place' && region && isGenericHead(head.slice(region.length))) return true;
  // A与B联合实验室: a facility two parties share is not B's (B is a name of its own).
  if (
    suffix.type === 'Organization' &&
    /[与和]/.test(text[start - 1] ?? '') &&
    /(?:公司|集团|大学|学院|研究院)(?:联合|共建)$/.test(text.slice(start, s))
  )
    return true;
  // 把基地建成公司…: a goal verb right before the ending makes a phrase, not a name.
  if (HEAD_GOAL_END.test(text.slice(start, s))) return true;
  // 县人大有关委员会, 人大常委会各委员会: a congress's committees named by their kind alone are a class, no one body
  // (as ./bodies.ts reads them).
  return (
    suffix.suffix === '委员会' &&
    /(?:人大|人大常委会|常委会)(?:专门|工作|有关|各)$/.test(text.slice(start, s))
  );
}

export interface NamedHead {
  /** Where the name starts: at the division in front when a division leads it. */
  start: number;
  divisionLed: boolean;
}

/**
 * A head of generic or everyday words names something only when a division leads it (香港中西区各界协会, 青湖街道政协委员
 * 之家) or, for a settlement, a town or a settlement listed before (石羊街道新园社区); a place's name opens on no verb.
 * Undefined when the head names nothing.
 */
export function namedHead(
  doc: Doc,
  start: number,
  s: number,
  suffix: NameSuffix,
  limits: ScanLimits,
  venueOfDivision: boolean,
): NamedHead | undefined {
  const { text } = doc;
  const { divisionStarts } = limits;
  const head = text.slice(start, s);
  // 合作区事务署: a zone's body written after its kind alone, once the zone has been named (see ./aliases.ts).
  const zoneBody =
    suffix.type === 'Organization' && BARE_ZONE.test(head) && zoneNamedBefore(text, head, start);
  // 石羊街道新园社区 and 新园社区与盛兴社区: a settlement right after its town, or listed after another settlement, is
  // named by its head whatever the words read as (新园 is made of generic words, 盛兴 is tagged a verb).
  const settlement = suffix.kind === 'village' || suffix.kind === 'community';
  const listedSettlement =
    settlement && /(?:社区|村|居民区)[与和、及]$/.test(text.slice(Math.max(0, start - 4), start));
  const namedSettlement = settlement && (limits.divisionEnds.has(start) || listedSettlement);
  // 香港中西区各界协会, 普陀区各界人士联谊会: an association named by generic words after its division is named
  // with the division.
  // (双塔镇工业集中区: so is a zone or park named by generic words right after its division.)
  const namedByDivision =
    ['association', 'venue'].includes(suffix.kind) ||
    (['zone', 'park'].includes(suffix.kind) && suffix.suffix.length >= 3);
  // (青湖街道政协委员之家: and a venue named by a word or two after its division.)
  let divisionLed = venueOfDivision;
  const shortVenue = suffix.kind === 'venue' && head.length <= 2 && everydayWords(doc, start, s);
  if (namedByDivision && (isGenericHead(head) || shortVenue) && limits.divisionStartByEnd.has(start)) {
    // (a zone or venue takes the one division it is in, 青湖街道政协委员之家; an association the whole chain.)
    if (suffix.type === 'Place') {
      start = limits.divisionStartByEnd.get(start) ?? start;
      divisionLed = true;
    } else while (limits.divisionStartByEnd.has(start)) start = limits.divisionStartByEnd.get(start) ?? start;
  } else if (
    head.replace(/[“”"‘’]/g, '').length < 2 ||
    (isGenericHead(head) && !zoneBody && !namedSettlement)
  )
    return undefined;
  if (!settlementHead(doc, suffix, start, s, limits)) return undefined;
  // 远山河段, 北岭古遗址: a site is named by a proper name or a place (治理河段 names none).
  // (劳模创新工作室, 儿童乐园: nor is a room or a playground named by everyday words.)
  // (办公大楼, 住院大楼: nor a building.)
  const everyday =
    SITE_ENDINGS.includes(suffix.suffix) || /^(?:工作室|乐园|会客厅|大楼)$/.test(suffix.suffix);
  // (湿地公园和考古遗址: the words after a conjunction decide.)
  let last = start;
  for (let i = start; i < s; i++)
    if (CONJUNCTIONS.has(text[i] ?? '') && doc.tokens.isBoundary(i) && doc.tokens.isBoundary(i + 1))
      last = i + 1;
  if (everyday && !divisionLed && everydayWords(doc, last, s)) return undefined;
  // 建强园区, 用好产业园: a place name does not start with a verb or an adjective.
  if (
    suffix.type === 'Place' &&
    /^(?:v|a|d|ad|p|c|r|u)/.test(doc.tokens.tagAt(start)) &&
    !divisionStarts.has(start) &&
    !NAME_VERBS.has(text.slice(start, start + 2)) &&
    // (A寺及白石文创园区: a proper name right after a conjunction, whatever its first character reads as; so too
    // right after a division's full name, 西店镇移禾产业园.)
    !(
      (CONJUNCTIONS.has(text[start - 1] ?? '') || limits.divisionEnds.has(start)) &&
      opensProperName(doc, start, s)
    ) &&
    // 安海镇曾埭村: a settlement right after its town is named, whatever its first character reads as.
    !namedSettlement
  )
    return undefined;
  return { start, divisionLed };
}
