import type { Span } from '../../../contract/annotation/types.ts';
import type { Doc } from './doc.ts';
import {
  CONJUNCTIONS,
  DESCRIPTION_WORDS,
  GOAL_VERBS,
  INSIDE_WORD,
  NAME_VERBS,
  NOT_AFTER_NAME,
} from './lexicon/name-scan.ts';
import { SITE_ENDINGS, suffixesEndingAt } from './lexicon/suffixes.ts';
import { BARE_ZONE, LEADING_BARE_ZONE, LEADING_PARTY_KIND, REGION_WORDS } from './lexicon/words.ts';
import { dropRolePrefix, HEAD_GOAL_END, isGenericHead, isGoal, zoneNamedBefore } from './named-heads.ts';
import { trimClauseLeft } from './named-left.ts';
import { everydayWords, opensProperName, type ScanLimits, scanLeft } from './named-scan.ts';
import { findZoneBodies } from './named-zone-bodies.ts';
import { settlementHead } from './settlements.ts';
import { dictionaryEntry } from './tokens.ts';

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
  /** Named with the division it is in written first (青湖街道政协委员之家): that division is a place of its own. */
  divisionLed?: boolean;
  /** The name the entity takes when it differs from the text (特区政府 → 香港特别行政区政府, see ./sar-bodies.ts). */
  canonical?: string;
  /** The government it is part of, by name (香港特别行政区政府 of its office 驻X经贸办事处). */
  parentName?: string;
  /** The region a Hong Kong or Macau body is in, by its division's name (香港特别行政区政府, 香港立法会 → 香港). */
  regionName?: string;
  rule:
    | 'named:ending'
    | 'named:settlement-after-town'
    | 'named:national'
    | 'named:taiwan-central'
    | 'named:sar-body'
    | 'named:sar-liaison'
    | 'named:sar-council'
    | 'named:numbered-bureau'
    | 'named:listed-company'
    | 'named:titled-brand'
    | 'named:visit-list'
    | 'named:trade-list'
    | 'named:zone-body'
    | 'named:venue-held'
    | 'named:listed-settlements';
}

/** Buildings a two-character ending names (大厦, 宾馆), which a division's name alone may name. */
const BUILDING = /^(?:大厦|宾馆|酒店|饭店|大楼)$/;

export function findNamed(doc: Doc, limits: ScanLimits): NamedSpan[] {
  const { text } = doc;
  const found: NamedSpan[] = [];
  const { divisionStarts } = limits;
  for (let end = 2; end <= text.length; end++) {
    const suffixes = suffixesEndingAt(text, end);
    if (suffixes.length === 0) continue;
    // 科学会堂: the ending 会堂 that reaches further wins over 学会 inside it.
    // (unless that ending runs into a title: 大学校长 is 大学 + 校长.)
    // (委员会客厅: a venue's ending reaching two characters further wins over 委员会 too.)
    const overlapped =
      (text[end + 1] !== '长' &&
        suffixesEndingAt(text, end + 1).some((x) => end + 1 - x.suffix.length < end)) ||
      suffixesEndingAt(text, end + 2).some((x) => x.kind === 'venue' && end + 2 - x.suffix.length < end);
    if (overlapped) continue;
    if (NOT_AFTER_NAME.some((w) => text.startsWith(w, end))) continue;
    // 及时报告, 同时报送, 每周报道: a paper's ending read inside a verb of reporting is no paper.
    if (text[end - 1] === '报' && /[告送道导名到表批备]/.test(text[end] ?? '')) continue;
    // 市政协会议, 县政协会见: 政协 and a word opening on 会 (会议, 会见, 会同), no 协会.
    if (text.endsWith('政协会', end)) continue;
    // 分会场: a sub-venue, no association's branch.
    if (text.endsWith('分会', end) && text[end] === '场') continue;
    // 专题协商会: an ending read inside a longer word (协商会 is no 商会).
    if (INSIDE_WORD.some((w) => text.startsWith(w, end - w.length))) continue;
    // 五星级党组织, 集团化: the ending is the start of a longer word.
    if (/^(?:织|化)/.test(text[end] ?? '') && /(?:党组|集团|公司)$/.test(text.slice(0, end))) continue;
    // 河南郑岳大学校长: 学校 is read across 大学 and the title 校长; the name ends at 大学.
    if (text[end] === '长' && suffixesEndingAt(text, end - 1).length > 0) continue;
    // 石门村村部, 石门村村委会: the village's office; the village ends at the first 村.
    if (text.endsWith('村村', end) && /^(?:部|委|民|两委|干部)/.test(text.slice(end, end + 2))) continue;
    for (const suffix of suffixes) {
      const s = end - suffix.suffix.length;
      // 中共北京市丰台区委员会: a division's party committee written in full is read as its body (./bodies.ts).
      if (suffix.suffix === '委员会' && limits.divisionEnds.has(s)) continue;
      // 金湾区第四届人民代表大会常务委员会: a division's standing committee, read as its body (./bodies.ts).
      if (suffix.suffix === '委员会' && text.endsWith('人民代表大会常务', s)) continue;
      let start = scanLeft(doc, s, suffix, limits);
      // 江城东湖慕尼黑国际酒店: a venue or park named by a place or brand, a foreign city and generic words reaches back
      // over the city (a foreign place ends the walk otherwise); with the city first (慕尼黑国际会议中心) the city stays a
      // place of its own, where the venue is.
      const foreignStart = limits.foreignStartByEnd?.get(start);
      if (suffix.type === 'Place' && foreignStart !== undefined && isGenericHead(text.slice(start, s))) {
        const back = scanLeft(doc, foreignStart, suffix, limits);
        if (back < foreignStart) start = back;
      }
      // 越南林业大学, 北欧青禾林业促进会: a body (not a firm) named by a foreign place and everyday
      // words or places is named with the place (the walk stops at a foreign place otherwise).
      if (
        suffix.type === 'Organization' &&
        suffix.kind !== 'company' &&
        foreignStart !== undefined &&
        start < s &&
        plainWords(doc, start, s)
      )
        start = foreignStart;
      // 禾盛置业·青溪创业园: a park or zone written after its developer's or area's name and a middle dot is named whole.
      if ((suffix.kind === 'park' || suffix.kind === 'zone') && text[start - 1] === '·' && start < s) {
        const back = scanLeft(doc, start - 1, suffix, limits);
        if (back >= 0 && start - 1 - back >= 2) start = back;
      }
      // 江山市图书馆, 上海博物馆: a venue named by its division alone.
      const byDivision = limits.divisionStartByEnd.get(s);
      // (湖南大厦, 漳州宾馆: a building named by its division alone, the division written short.)
      const venueOfDivision =
        start === s &&
        suffix.kind === 'venue' &&
        (suffix.suffix.length >= 3 || BUILDING.test(suffix.suffix)) &&
        byDivision !== undefined;
      if (venueOfDivision) start = byDivision;
      if (start < 0 || start >= s) continue;
      start = dropRolePrefix(text, start, s);
      // <county>禾東地區農會: a region's farmers' association is named by the region's own words, as a township's is by the
      // township (./bodies.ts); the county in front is where it is, one id however the page writes it.
      if (/^地区[农渔]会$/.test(suffix.suffix))
        for (const [end, begin] of limits.divisionStartByEnd)
          if (begin === start && end <= s - 2) start = end;
      // 深入我区襄阳恒川实业有限公司: the level of `我区` is no part of the name after it.
      if (/[我本该]/.test(text[start - 1] ?? '') && /[区市县镇乡]/.test(text[start] ?? '') && s - start >= 3)
        start += 1;
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
            // (中共…柳湾行政村支部委员会: also before the 支部 of a committee written in full.)
            const committee = suffix.suffix === '委员会' && /^总?支部$/.test(text.slice(p, s));
            const village = text.slice(q, p).includes('行政村')
              ? text.slice(q, p).replace('行政村', '村')
              : undefined;
            if (written) written.standalone = true;
            else if (kind && (p === s || committee))
              found.push({
                start: q,
                end: p,
                type: 'Place',
                kind: kind.kind,
                suffix: kind.suffix,
                goal: false,
                standalone: true,
                ...(village ? { canonical: village } : {}),
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
      // 经开区鸿鹄精密机械有限公司: a zone written by its kind alone (the zone the story is about) is no part of the
      // name of a company in it.
      if (suffix.kind === 'company') {
        const zone = LEADING_BARE_ZONE.exec(text.slice(start, s));
        if (zone && s - start - zone[0].length >= 2 && doc.tokens.isBoundary(start + zone[0].length))
          start += zone[0].length;
        // 进驻厂商爱华企业股份有限公司: the kind of party in front is no part of the name.
        const kind = LEADING_PARTY_KIND.exec(text.slice(start, s));
        if (kind && s - start - kind[0].length >= 2 && doc.tokens.isBoundary(start + kind[0].length))
          start += kind[0].length;
      }
      // 集团原党委副书记: a former post (原) of the organisation before it, not a body named 集团原党委.
      if (suffix.kind === 'party' && /(?:公司|集团|局|院|厂|会)原$/.test(text.slice(Math.max(0, s - 3), s)))
        break;
      // 世界500强中信集团, 世界500强企业华夏建工…: a ranking (500强, 500强企业) in front is no part of the name.
      if (/[0-9]/.test(text[start - 1] ?? '') && text[start] === '强' && s - start > 2) {
        start += 1;
        if (text.startsWith('企业', start) && s - start > 4) start += 2;
      }
      // 42家三级医院, 30名科研骨干…: a count's measure word is no start of a name.
      // (2024年村村共建: nor is a year's, a month's or a day's.)
      if (/[0-9]/.test(text[start - 1] ?? '') && /^[家个所名位项座批人年月日]/.test(text[start] ?? ''))
        continue;
      // 建设眼视光临床研究中心: a goal verb in front is not part of the name; the name is a goal.
      const verb = GOAL_VERBS.find((v) => text.startsWith(v, start));
      let goal = false;
      if (verb && s - start - verb.length >= 2) {
        start += verb.length;
        goal = true;
      }
      // 各驻外联谊会 (a class), 而X公司, 做优园区公司, 合并后协会: the words in front decide where the name starts.
      start = trimClauseLeft(doc, start, s, suffix.type === 'Place');
      if (start < 0) continue;
      if (suffix.kind === 'company') start = listItemStart(doc, start, s, end);
      const head = text.slice(start, s);
      if (suffix.type === 'Organization' && describedOnly(doc, start, s)) continue;
      // 全国“四好”商会, 五好工商联: a count of qualities names an honour, a class of bodies, not one body.
      if (suffix.type === 'Organization' && COUNTED_QUALITIES.test(head)) continue;
      // 为促进工商联事业…, 关于促进工商联所属商会: a verb before a people's organisation is what is done to it.
      if (PEOPLES_BODY.test(suffix.suffix) && dictionaryEntry(head)?.tag === 'v') continue;
      // 市高新区, 县开发区: a zone written by its kind after a bare level is the division's own, named nowhere.
      if (suffix.type === 'Place' && /^[市区县镇]/.test(head) && BARE_ZONE.test(text.slice(start + 1, end)))
        continue;
      // 中铁五局集团有限公司华南区域总部: a regional headquarters is a company's (布局区域总部 names none).
      if (suffix.suffix === '区域总部' && !/(?:公司|集团)[\u4e00-\u9fff]{0,4}$/.test(head)) continue;
      // 一轴一带一新城, 一核两翼: counted parts of a plan, no place's name.
      if (
        suffix.type === 'Place' &&
        /^(?:[一二两三四五六七八九十多][\u4e00-\u9fff]){2,}[一二两三四五六七八九十多]?$/.test(head)
      )
        continue;
      // 长三角开发区: a region across provinces and generic words name no one place.
      const region = REGION_WORDS.find((r) => head.startsWith(r));
      if (suffix.type === 'Place' && region && isGenericHead(head.slice(region.length))) continue;
      // A与B联合实验室: a facility two parties share is not B's (B is a name of its own).
      if (
        suffix.type === 'Organization' &&
        /[与和]/.test(text[start - 1] ?? '') &&
        /(?:公司|集团|大学|学院|研究院)(?:联合|共建)$/.test(text.slice(start, s))
      )
        continue;
      // 把基地建成公司…: a goal verb right before the ending makes a phrase, not a name.
      if (HEAD_GOAL_END.test(text.slice(start, s))) continue;
      // 县人大有关委员会, 人大常委会各委员会: a congress's committees named by their kind alone are a class, no one body
      // (as ./bodies.ts reads them).
      if (
        suffix.suffix === '委员会' &&
        /(?:人大|人大常委会|常委会)(?:专门|工作|有关|各)$/.test(text.slice(start, s))
      )
        continue;
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
        } else
          while (limits.divisionStartByEnd.has(start)) start = limits.divisionStartByEnd.get(start) ?? start;
      } else if (
        head.replace(/[“”"‘’]/g, '').length < 2 ||
        (isGenericHead(head) && !zoneBody && !namedSettlement)
      )
        continue;
      if (!settlementHead(doc, suffix, start, s, limits)) continue;
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
      if (everyday && !divisionLed && everydayWords(doc, last, s)) continue;
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
        continue;
      // 柳湾行政村 is 柳湾村, and its bodies are the village's (柳湾行政村党支部 → 柳湾村党支部).
      // (中共<city><subdistrict><community>委员会: 中共 may stand before the divisions the name starts after.)
      // (…in a sentence about party bodies, 党建联建由<community>委员会、<group>总支部委员会…发起, 中共 goes without saying.)
      const sentence = text.slice(
        text.lastIndexOf('。', start) + 1,
        text.indexOf('。', end) < 0 ? undefined : text.indexOf('。', end),
      );
      const partyBefore =
        /中共[\u4e00-\u9fff]{0,14}$/.test(text.slice(Math.max(0, start - 16), start)) ||
        /党建|党支部|党总支|支部委员会/.test(sentence.replace(text.slice(start, end), ''));
      let committee = settlementCommittee(partyBefore ? `中共${head}` : head, suffix.suffix);
      // (远山村委员会和远山村党支部…: with the settlement's own party body written beside it, a bare 委员会 is the
      // villagers' committee.)
      const settlementName = /^(.+?(?:村|社区|居民区))$/.exec(head)?.[1];
      const ownParty =
        settlementName !== undefined &&
        new RegExp(`${settlementName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:党支部|党总支|党委)`).test(
          sentence,
        );
      if (committee && ownParty) committee = undefined;
      const village = text.slice(start, end).includes('行政村')
        ? (committee ?? text.slice(start, end)).replace('行政村', '村')
        : committee;
      found.push({
        start,
        end,
        type: suffix.type,
        kind: committee ? 'party' : suffix.kind,
        suffix: suffix.suffix,
        ...(village ? { canonical: village } : {}),
        goal: goal || isGoal(text, start),
        ...(divisionLed ? { divisionLed } : {}),
        rule: 'named:ending',
      });
      break;
    }
  }
  return joinParts(text, [...found, ...findZoneBodies(doc, found)]);
}

/**
 * X自由贸易试验区北渡片区, 云杉智谷·白塔园区: a free-trade zone's part written right after it (片区), or two places joined
 * by a middle dot, are one place named whole.
 */
/** A count of qualities, maybe quoted, maybe after 全国 or 全省 (四好, “五好”, 全国“四好”): an honour's class. */
const COUNTED_QUALITIES = /^(?:全国|全省|全市)?[“"「]?[一二两三四五六七八九十双]好[”"」]?$/;
/** A division's people's organisations, named by the division before them, never by a verb. */
const PEOPLES_BODY = /^(?:工商联|工商业联合会|总工会|科协|妇联|侨联|文联|残联)$/;

/** What may follow a firm's name that an item of a list: the next item, the list's end, its head's title. */
const ITEM_ENDS = /^(?:[、等，,。；;]|董事长|总经理|副总经理|总裁|党委书记|负责人|创始人)/;

/**
 * 、奋进灯具公司、, 、立新集团股份有限公司董事长: a firm listed between list marks whose brand reads as everyday words
 * (奋进, 立, 高新) starts at the list mark, when what the walk left of it is no name: generic or everyday words, one
 * common noun, or a character before generic words (灯具公司, 新集团股份有限公司, 材料有限公司).
 */
function listItemStart(doc: Doc, start: number, s: number, end: number): number {
  const { text } = doc;
  const head = text.slice(start, s);
  const brandless =
    head.length <= 1 ||
    isGenericHead(head) ||
    isGenericHead(head.slice(1)) ||
    everydayWords(doc, start, s) ||
    dictionaryEntry(head)?.tag === 'n';
  if (!brandless) return start;
  if (!ITEM_ENDS.test(text.slice(end, end + 3))) return start;
  for (let at = start - 1; at >= Math.max(0, start - 8); at--) {
    const ch = text[at] ?? '';
    if (ch === '、') return at + 1;
    if (!/[\u4e00-\u9fff]/.test(ch)) return start;
  }
  return start;
}

function joinParts(text: string, found: NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const span of found) {
    const before = out.findLast((o) => o.type === 'Place' && span.type === 'Place' && !o.goal && !span.goal);
    // (a free-trade zone's 片区 is named whole; a development zone's 片区 is a place of its own, in the zone)
    const part =
      before?.end === span.start &&
      /片区$/.test(span.suffix) &&
      /(?:自由贸易试验区|自贸试验区|自贸区)$/.test(text.slice(before.start, before.end));
    const dotted = before?.end === span.start - 1 && text[before.end] === '·';
    if (before && (part || dotted) && !span.standalone && !before.standalone) {
      out[out.indexOf(before)] = { ...span, start: before.start };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** Whether text[from, to) is made of everyday words (two characters or more) and places only: no proper name. */
function plainWords(doc: Doc, from: number, to: number): boolean {
  const { text, tokens } = doc;
  for (let end = to; end > from; ) {
    const start = Math.max(from, tokens.startOfTokenEndingAt(end));
    const word = text.slice(start, end);
    const entry = dictionaryEntry(word);
    const everyday = word.length > 1 && entry !== undefined && entry.freq >= 100 && !/^nr/.test(entry.tag);
    if (!everyday && !isGenericHead(word) && !/^ns/.test(tokens.tagAt(start))) return false;
    end = start;
  }
  return true;
}

/** Tags of words no proper name is made of alone: common nouns, verbs, adjectives, distinguishers, numbers. */
const COMMON_TAGS = /^(?:n|vn|v|a|ad|b|m|q|s|f|d|l)$/;

/** 大型<trade>集团, 一流<trade>企业: words describing a kind, then common nouns only; no one's name. */
function describedOnly(doc: Doc, start: number, s: number): boolean {
  const { text, tokens } = doc;
  let at = start;
  for (;;) {
    const word = DESCRIPTION_WORDS.find((w) => text.startsWith(w, at));
    if (!word) break;
    at += word.length;
  }
  if (at === start || at >= s) return false;
  for (let p = at; p < s; p++) {
    if (p !== at && !tokens.isBoundary(p)) continue;
    if (!COMMON_TAGS.test(tokens.tagAt(p))) return false;
  }
  return true;
}

/**
 * 中共青湖社区委员会, 中共远山村支部委员会: a village's or community's party committee written in full is named as the
 * short form is (青湖社区党委, 远山村党支部, …党总支), so both are one body.
 */
function settlementCommittee(head: string, suffix: string): string | undefined {
  if (suffix !== '委员会') return undefined;
  const m = /^(中共)?(.+?(?:村|社区|居民区))(总支部|支部)?$/.exec(head);
  // (远山村委员会 alone is the villagers' committee, not the party's.)
  if (!m?.[2] || (!m[1] && !m[3])) return undefined;
  m[1] = m[2];
  m[2] = m[3] ?? '';
  return m[1] + (m[2] === '总支部' ? '党总支' : m[2] ? '党支部' : '党委');
}
