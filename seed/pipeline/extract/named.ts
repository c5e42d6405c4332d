import type { Span } from '../../../contract/annotation/types.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Doc } from './doc.ts';
import {
  CONJUNCTIONS,
  GOAL_VERBS,
  GOAL_VERBS_IN_NAMES,
  INSIDE_WORD,
  NAME_STOPS,
  NAME_VERBS,
  NOT_AFTER_NAME,
} from './lexicon/name-scan.ts';
import { NATIONAL_BODIES, NATIONAL_NAMES } from './lexicon/national.ts';
import { type NameSuffix, suffixesEndingAt } from './lexicon/suffixes.ts';
import { BARE_ZONE, GENERIC_HEAD_WORDS, HARD_BOUNDARY, STOP_BEFORE_NAME } from './lexicon/words.ts';

/**
 * Names recognised by their ending (施耐德电气(中国)有限公司, 未来岛园区党委, “炬”未来服务联盟, 未来岛园区,
 * 祁连山路创新产业发展带). The start is found by walking left over words until a boundary: punctuation, an
 * opening quote (a quoted part only starts a name), a function word or verb, a person or title, or (for parks and
 * zones) a division name, which becomes the enclosing place instead (普陀区桃浦镇未来岛园区).
 */

export interface NamedSpan extends Span {
  type: 'Organization' | 'Place';
  kind: string;
  suffix: string;
  /** Introduced as a goal (建设“…示范园区”, 打造…发展带): a mention when named elsewhere, never an entity by itself. */
  goal: boolean;
  /** Inside a longer name, yet an entity of its own (嘉禾社区 of 嘉禾街道嘉禾社区党委: written after its town). */
  standalone?: boolean;
  rule: 'named:ending' | 'named:settlement-after-town' | 'named:national';
}

const MAX_HEAD = 24;
/** Tags of words that end a name going left: prepositions, conjunctions, particles, pronouns, adverbs, numbers, times, verbs. */
const STOP_TAGS = new Set(('p c u uj ul uz ud ug uv r d ad vd q y e o f v l ' + 'i').split(' '));
/** Tags of common nouns (not places or pronouns) that can precede a verb inside a name. */
const NOUN_TAGS = new Set(['n', 'nz', 'vn', 'j', 'nt', 'ng', 'an']);
/** Number and amount words (一批, 三家, 首批) end a name; other numerals (亿数街) and times (未来岛) do not. */
const NUMBER_WORD = /^(?:[一二三四五六七八九十两几多数首]+[个家批项名位所类大]|第[一二三四五六七八九十]+)$/;
/** Organisation endings: a name never reaches left across another name's end (…集团在华全资子公司克劳森…). */
const ORG_END = /(?:公司|集团|政府|委员会|管委会|研究院|大学|联盟|协会|局|委|办)$/;
const OPEN_QUOTE = new Set(['“', '"', '「', '『', '‘']);
const CLOSE_QUOTE: Record<string, string> = { '”': '“', '"': '"', '」': '「', '』': '『', '’': '‘' };
/** A goal verb right before an ending (把基地建成公司…) makes a phrase; those that occur in names do not. */
const HEAD_GOAL_END = new RegExp(`(?:${GOAL_VERBS.filter((v) => !GOAL_VERBS_IN_NAMES.has(v)).join('|')})$`);

export interface ScanLimits {
  /** Offsets where a person name or a title ends: a name never reaches across them. */
  blockers: Set<number>;
  /** Offsets where a full division name ends (parks and zones stop there). */
  divisionEnds: Set<number>;
  /** Start of the division (full or short) ending at each offset (上海 in 上海启衡…公司). */
  divisionStartByEnd: Map<number, number>;
}

/**
 * 上海启衡生物技术有限公司: a brand the segmenter tags as a verb (启衡) stops the walk, but a company name that
 * starts with a place right before it (after a boundary) reaches back to the place.
 */
function placePrefixBefore(doc: Doc, at: number, limits: ScanLimits): number | undefined {
  let start = limits.divisionStartByEnd.get(at);
  if (start === undefined) {
    // 佛山智拓自动化科技有限公司: a brand of single characters between the place and the word that stopped the walk.
    for (let end = at - 1; end >= at - 4 && end > 1; end--) {
      const s = limits.divisionStartByEnd.get(end);
      if (s === undefined) continue;
      const brand = doc.text.slice(end, at);
      if (/^[\u4e00-\u9fff]{1,4}$/.test(brand) && !STOP_BEFORE_NAME.has(brand)) start = s;
      break;
    }
  }
  if (start === undefined) return undefined;
  const before = doc.text[start - 1] ?? '';
  if (start === 0 || HARD_BOUNDARY.test(before) || before === '”') return start;
  const word = doc.text.slice(doc.tokens.startOfTokenEndingAt(start), start);
  return STOP_BEFORE_NAME.has(word) || NAME_STOPS.has(word) || CONJUNCTIONS.has(word) ? start : undefined;
}

/** Where a name whose suffix starts at `s` starts, or -1. */
export function scanLeft(doc: Doc, s: number, suffix: NameSuffix, limits: ScanLimits): number {
  const { type } = suffix;
  const { text, tokens } = doc;
  let pos = s;
  while (pos > 0 && s - pos <= MAX_HEAD) {
    const ch = text[pos - 1] ?? '';
    const open = CLOSE_QUOTE[ch];
    if (open) {
      const q = text.lastIndexOf(open, pos - 2);
      if (q >= 0 && pos - q <= 20 && q < pos - 2) return q;
      break;
    }
    if (ch === ')') {
      // 施耐德电气(中国)有限公司: a short bracketed place inside a company name.
      const q = text.lastIndexOf('(', pos - 1);
      if (q < 0 || pos - q > 7 || !/^[\u4e00-\u9fff]{2,5}$/.test(text.slice(q + 1, pos - 1))) break;
      pos = q;
      continue;
    }
    if (HARD_BOUNDARY.test(ch) || /[0-9]/.test(ch) || OPEN_QUOTE.has(ch)) break;
    if (limits.blockers.has(pos)) break;
    if (type === 'Place' && limits.divisionEnds.has(pos)) break;
    // 张江科学城张江科学会堂: a place never starts inside another place's name.
    if (type === 'Place' && pos !== s && suffixesEndingAt(text, pos).some((x) => x.type === 'Place')) break;
    const start = tokens.startOfTokenEndingAt(pos);
    // 市委对开博数字集团: a preposition the segmenter joined to the brand after it ends the walk.
    if (
      pos - start === 2 &&
      /[对向为在把被将从于由]/.test(text[start] ?? '') &&
      (ORG_END.test(text.slice(Math.max(0, start - 4), start)) || limits.blockers.has(start))
    )
      return start + 1;
    if (tokens.isBoundary(pos)) {
      const word = text.slice(start, pos);
      if (CONJUNCTIONS.has(word)) {
        // 细胞与基因治疗 is inside a name; 余杭区人民政府与杭州瀚澜… joins two.
        if (
          start === 0 ||
          ORG_END.test(text.slice(Math.max(0, start - 4), start)) ||
          suffixesEndingAt(text, start).length > 0 ||
          limits.blockers.has(start)
        )
          break;
        // 杭州与宁波华信科技有限公司: a place (short forms too) before 与 is a party of its own.
        if (HARD_BOUNDARY.test(text[start - 1] ?? '') || limits.divisionStartByEnd.has(start) || s - pos < 2)
          break;
        // 分别与…公司, 共同与…: an adverb or verb before 与 ends the name; a noun (细胞与基因) does not.
        const before = text.slice(tokens.startOfTokenEndingAt(start), start);
        if (
          // 12家企业与四川云谷…公司: a party named by its kind, or a name after 与 that starts at a division.
          /^(?:企业|单位|机构|双方|各方|三方|四方|客商|项目方)$/.test(before) ||
          [...limits.divisionStartByEnd.values()].includes(pos) ||
          STOP_BEFORE_NAME.has(before) ||
          NAME_STOPS.has(before) ||
          (/^(?:d|ad|p|v|r)$/.test(tokens.tagAt(start - 1)) && !NAME_VERBS.has(before))
        )
          break;
        pos = start;
        continue;
      }
      // 南昌大学第二附属医院: an ordinal after an organisation's name is inside the name.
      const ordinalInside =
        type === 'Organization' &&
        /^第/.test(word) &&
        suffixesEndingAt(text, start).some((x) => x.type === 'Organization');
      // 湖南中科锂能新材料有限公司: 能 after a single-character word (锂/能) is a compound in the name, not a modal.
      const energy =
        word === '能' &&
        tokens.startOfTokenEndingAt(start) === start - 1 &&
        /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') &&
        !STOP_BEFORE_NAME.has(text[start - 1] ?? '') &&
        !NAME_STOPS.has(text[start - 1] ?? '');
      // 遂宁市第二中学: an ordinal right after a place is inside the name.
      const ordinalAfterPlace = /^第/.test(word) && limits.divisionStartByEnd.has(start);
      if (
        (STOP_BEFORE_NAME.has(word) && !(type === 'Organization' && NAME_VERBS.has(word))) ||
        (NAME_STOPS.has(word) && !energy) ||
        (NUMBER_WORD.test(word) && !ordinalInside && !ordinalAfterPlace)
      ) {
        // 苏州能讯…有限公司: a one-character modal (能, 可, 会) right after a leading place starts the brand, unless the
        // rest names a place of its own (苏州能为浙江华信有限公司…).
        if (
          word.length === 1 &&
          NAME_STOPS.has(word) &&
          !STOP_BEFORE_NAME.has(word) &&
          (suffix.kind === 'company' || suffix.kind === 'institute')
        ) {
          const prefix = placePrefixBefore(doc, start, limits);
          const placeInside = [...limits.divisionStartByEnd].some(([e, b]) => b >= pos && e <= s);
          if (prefix !== undefined && !placeInside) return prefix;
        }
        break;
      }
      const tag = tokens.tagAt(start);
      // 细胞治疗, 船舶修造: a verb right after a common noun is part of a compound inside the name.
      const compound = tag === 'v' && start > 0 && NOUN_TAGS.has(tokens.tagAt(start - 1));
      // 正定高新区: a division's short form the segmenter tags as an adverb still leads the name.
      const division = limits.divisionStartByEnd.get(pos) === start;
      if (word.length > 1 && STOP_TAGS.has(tag) && !NAME_VERBS.has(word) && !compound && !division) {
        // 广西驰骋汽车电子有限公司党支部: a company's party body starts where the company's name does.
        const company =
          suffix.kind === 'company' ||
          suffix.kind === 'institute' ||
          (suffix.kind === 'party' && /(?:公司|集团)$/.test(text.slice(Math.max(0, s - 4), s)));
        const prefix = company ? placePrefixBefore(doc, start, limits) : undefined;
        if (prefix !== undefined) return prefix;
        break;
      }
    }
    pos = start;
  }
  return pos;
}

/** 园区运营方济南华岳…公司: a role noun (运营方, 投资方) in front of a place-led company name is not part of it. */
function dropRolePrefix(text: string, start: number, s: number): number {
  const gaz = gazetteer();
  for (let i = start + 1; i < s - 2; i++) {
    if (text[i - 1] !== '方') continue;
    for (const len of [4, 3, 2]) {
      const word = text.slice(i, i + len);
      if (
        gaz.byName(word).length > 0 ||
        gaz.byShortName(word).some((d) => gaz.isStandaloneShortForm(word, d))
      )
        return i;
    }
  }
  return start;
}

const GENERIC = [...GENERIC_HEAD_WORDS].sort((a, b) => b.length - a.length);

/** Whether a head is made only of generic words (特色党建, 线下党群, 产业). */
export function isGenericHead(head: string): boolean {
  let rest = head.replace(/[“”"‘’「」『』()]/g, '');
  if (rest.length === 0) return true;
  while (rest.length > 0) {
    const word = GENERIC.find((g) => rest.startsWith(g));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** Words before 村 or 社区 that make a kind of settlement, not a name: 示范村, 精品村, 城市社区, 老旧小区. */
const SETTLEMENT_KIND =
  /^(?:农|乡|新农|美丽乡|和美乡|精品|行政|自然|重点|先进|文明|示范|美丽|和美|特色|试点|贫困|脱贫|经济强|专业|明星|中心|邻|相邻|周边|城市|城中|城郊|老旧|智慧|和谐|幸福|平安|绿色|无疫|完整|工业|商品房|保障房|安置|拆迁|入驻|所在|所属|辖区|涉农|村|社区|居民|未来|人才|共富|现代|宜居|健康|智能|文化|生态|国际|低碳|数字|创新|创业|产业|青年|老年|农村|乡村|社会|度假|淘宝|电商|网红|旅游|民俗|古)$/;

/**
 * A village, community or residential area is named by a proper head of its own (曾埭村, 金湖社区, 开鲁新村第一居民区,
 * 羊山工业社区), not by a kind word (示范村, 城市社区) or a head the segmenter reads as one common word.
 */
function settlementHead(doc: Doc, suffix: NameSuffix, start: number, s: number, limits: ScanLimits): boolean {
  if (suffix.kind !== 'village' && suffix.kind !== 'community') return true;
  const head = doc.text.slice(start, s).replace(/[“”"‘’]/g, '');
  // 和盛镇幸福村, 嘉禾街道嘉禾社区: right after its town, even a kind word (幸福) is the name.
  const afterTown = limits.divisionEnds.has(start) && !/^(?:村|社区|居民)$/.test(head);
  if ((SETTLEMENT_KIND.test(head) && !afterTown) || head.length > 8) return false;
  // 该村, 本社区, 各居民区: a determiner in front.
  if (/^[该本各全每此这那其两三几多]/.test(head)) return false;
  // 壮大村集体, 进村, 驻村: a verb the segmenter reads right before 村 is no name.
  return afterTown || !/^(?:v|vd|vn|a|ad|d|p)$/.test(doc.tokens.tagAt(start)) || head.length > 2;
}

/** Whether a longer place ending in `kind` (芝罘中韩产业合作区 for 合作区) is written before `at`. */
function zoneNamedBefore(text: string, kind: string, at: number): boolean {
  for (let i = text.lastIndexOf(kind, at - 1); i > 0; i = text.lastIndexOf(kind, i - 1)) {
    if (/[\u4e00-\u9fff]/.test(text[i - 1] ?? '')) return true;
  }
  return false;
}

function isGoal(text: string, start: number): boolean {
  // 武汉是全国重要的汽车产业基地: a description after 是…的, not a name.
  if (text[start - 1] === '的') {
    let s = start - 1;
    while (s > 0 && !/[,，;；:：。\n]/.test(text[s - 1] ?? '')) s--;
    if (/是/.test(text.slice(s, start))) return true;
  }
  let before = start;
  if (OPEN_QUOTE.has(text[start] ?? '') || OPEN_QUOTE.has(text[start - 1] ?? '')) {
    before = OPEN_QUOTE.has(text[start] ?? '') ? start : start - 1;
  }
  const left = text.slice(Math.max(0, before - 4), before);
  return GOAL_VERBS.some((v) => left.endsWith(v));
}

export function findNamed(doc: Doc, limits: ScanLimits): NamedSpan[] {
  const { text } = doc;
  const found: NamedSpan[] = [];
  const divisionStarts = new Set(limits.divisionStartByEnd.values());
  for (let end = 2; end <= text.length; end++) {
    const suffixes = suffixesEndingAt(text, end);
    if (suffixes.length === 0) continue;
    // 科学会堂: the ending 会堂 that reaches further wins over 学会 inside it.
    // (unless that ending runs into a title: 大学校长 is 大学 + 校长.)
    const overlapped =
      text[end + 1] !== '长' && suffixesEndingAt(text, end + 1).some((x) => end + 1 - x.suffix.length < end);
    if (overlapped) continue;
    if (NOT_AFTER_NAME.some((w) => text.startsWith(w, end))) continue;
    // 专题协商会: an ending read inside a longer word (协商会 is no 商会).
    if (INSIDE_WORD.some((w) => text.startsWith(w, end - w.length))) continue;
    // 五星级党组织, 集团化: the ending is the start of a longer word.
    if (/^(?:织|化)/.test(text[end] ?? '') && /(?:党组|集团|公司)$/.test(text.slice(0, end))) continue;
    // 河南郑岳大学校长: 学校 is read across 大学 and the title 校长; the name ends at 大学.
    if (text[end] === '长' && suffixesEndingAt(text, end - 1).length > 0) continue;
    for (const suffix of suffixes) {
      const s = end - suffix.suffix.length;
      let start = scanLeft(doc, s, suffix, limits);
      if (start < 0 || start >= s) continue;
      start = dropRolePrefix(text, start, s);
      // 船山区嘉禾街道嘉禾社区党委: the body of a village or community starts at the settlement's name; the divisions
      // in front are where it is.
      if (suffix.kind === 'party' || suffix.kind === 'government') {
        for (let p = s; p > start + 2; p--) {
          const settlement = suffixesEndingAt(text, p).some(
            (x) => x.kind === 'village' || x.kind === 'community',
          );
          if (!settlement) continue;
          const q = [...limits.divisionEnds].filter((e) => e > start && e < p - 1).sort((a, b) => b - a)[0];
          if (q !== undefined) {
            start = q;
            // …and the settlement, written right after its town, is a place of its own (decision 1 of the wild set).
            const kind = suffixesEndingAt(text, p).find(
              (x) => x.kind === 'village' || x.kind === 'community',
            );
            const written = found.find((f) => f.start === q && f.end === p);
            if (written) written.standalone = true;
            else if (kind && p === s)
              found.push({
                start: q,
                end: p,
                type: 'Place',
                kind: kind.kind,
                suffix: kind.suffix,
                goal: false,
                standalone: true,
                rule: 'named:settlement-after-town',
              });
          }
          break;
        }
      }
      // 恒口示范区安康晟华新材料有限公司: a zone or park written before a company whose own name starts with a place.
      if (suffix.kind === 'company' || suffix.kind === 'institute') {
        for (let p = s - 4; p > start + 1; p--) {
          const zone = suffixesEndingAt(text, p).some((x) => x.kind === 'zone' || x.kind === 'park');
          if (zone && divisionStarts.has(p)) {
            start = p;
            break;
          }
        }
      }
      // 42家三级医院, 30名科研骨干…: a count's measure word is no start of a name.
      if (/[0-9]/.test(text[start - 1] ?? '') && /^[家个所名位项座批]/.test(text[start] ?? '')) continue;
      // 建设眼视光临床研究中心: a goal verb in front is not part of the name; the name is a goal.
      const verb = GOAL_VERBS.find((v) => text.startsWith(v, start));
      let goal = false;
      if (verb && s - start - verb.length >= 2) {
        start += verb.length;
        goal = true;
      }
      const head = text.slice(start, s);
      // A与B联合实验室: a facility two parties share is not B's (B is a name of its own).
      if (
        suffix.type === 'Organization' &&
        /[与和]/.test(text[start - 1] ?? '') &&
        /(?:公司|集团|大学|学院|研究院)(?:联合|共建)$/.test(text.slice(start, s))
      )
        continue;
      // 把基地建成公司…: a goal verb right before the ending makes a phrase, not a name.
      if (HEAD_GOAL_END.test(text.slice(start, s))) continue;
      // 合作区事务署: a zone's body written after its kind alone, once the zone has been named (see ./aliases.ts).
      const zoneBody =
        suffix.type === 'Organization' && BARE_ZONE.test(head) && zoneNamedBefore(text, head, start);
      if (head.replace(/[“”"‘’]/g, '').length < 2 || (isGenericHead(head) && !zoneBody)) continue;
      if (!settlementHead(doc, suffix, start, s, limits)) continue;
      // 建强园区, 用好产业园: a place name does not start with a verb or an adjective.
      if (
        suffix.type === 'Place' &&
        /^(?:v|a|d|ad|p|c|r|u)/.test(doc.tokens.tagAt(start)) &&
        !divisionStarts.has(start) &&
        !NAME_VERBS.has(text.slice(start, start + 2)) &&
        // 安海镇曾埭村: a settlement right after its town is named, whatever its first character reads as.
        !((suffix.kind === 'village' || suffix.kind === 'community') && limits.divisionEnds.has(start))
      )
        continue;
      found.push({
        start,
        end,
        type: suffix.type,
        kind: suffix.kind,
        suffix: suffix.suffix,
        goal: goal || isGoal(text, start),
        rule: 'named:ending',
      });
      break;
    }
  }
  return found;
}

/** National bodies by name (国务院, 商务部): whole words, not inside a longer name. */
export function findNational(doc: Doc): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const name of NATIONAL_NAMES) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!doc.tokens.isBoundary(at) || found.some((f) => at < f.end && f.start < end)) continue;
      const kind = NATIONAL_BODIES.get(name) ?? 'government';
      found.push({
        start: at,
        end,
        type: 'Organization',
        kind,
        suffix: '',
        goal: false,
        rule: 'named:national',
      });
    }
  }
  return found;
}
