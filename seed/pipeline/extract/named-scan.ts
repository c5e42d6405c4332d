import type { Doc } from './doc.ts';
import { TRADE_ENDINGS } from './lexicon/companies.ts';
import { CONJUNCTIONS, NAME_STOPS, NAME_VERBS, PLACE_CLAUSE_VERBS } from './lexicon/name-scan.ts';
import { type NameSuffix, suffixesEndingAt } from './lexicon/suffixes.ts';
import { titleSuffix } from './lexicon/titles.ts';
import { HARD_BOUNDARY, STOP_BEFORE_NAME } from './lexicon/words.ts';
import { isGenericHead, OPEN_QUOTE } from './named-heads.ts';
import { placePrefixBefore } from './named-place-prefix.ts';
import type { ScanLimits } from './named-span.ts';
import { opensProperName } from './named-words.ts';
import { dictionaryEntry, FUNCTION_WORD_TAGS } from './tokens.ts';

/**
 * Where a name recognised by its ending starts: the walk left over words until a boundary (punctuation, an opening
 * quote, a function word or verb, a person or title, or for parks and zones a division name). See ./named.ts.
 */

const MAX_HEAD = 24;
/** Locatives that say where in a place, not which place (东部, 以内, 周边). */
const DIRECTION_WORD =
  /^(?:[东西南北中内外上下前后左右]部|[以之][上下内外前后中间]|前后|上下|左右|内外|周边|附近|境内|当中|其中|中间|旁边|对面|[东西南北][面边侧])$/;
/** Tags of words that end a name going left: prepositions, conjunctions, particles, pronouns, adverbs, numbers, times, verbs. */
const STOP_TAGS = new Set([...FUNCTION_WORD_TAGS, ...'r d ad vd q e o f v l i'.split(' ')]);
/** Tags of common nouns (not places or pronouns) that can precede a verb inside a name. */
const NOUN_TAGS = new Set(['n', 'nz', 'vn', 'j', 'nt', 'ng', 'an']);
/**
 * Number and amount words (一批, 三家, 首批) end a name; other numerals (亿数街) and times (未来岛) do not. So does a
 * body's term (第一届, 首届): 当选第十届X协会会长 names the association, whatever its term.
 */
const NUMBER_WORD =
  /^(?:[一二三四五六七八九十两几多数首]+[个家批项名位所类大次届]|第[一二三四五六七八九十]+届?)$/;
/** Organisation endings: a name never reaches left across another name's end (…集团在华全资子公司克劳森…). */
const ORG_END = /(?:公司|集团|政府|委员会|管委会|研究院|大学|联盟|协会|局|委|办)$/;
const CLOSE_QUOTE: Record<string, string> = { '”': '“', '"': '"', '」': '「', '』': '『', '’': '‘' };

/**
 * Whether the word ending at `at` is a proper name that a park's or zone's name may open with: a division's short
 * form, a word the segmenter tags as an organisation's or other proper name, or a word of two or more characters the
 * dictionary does not know (a brand).
 */
function properNameBefore(doc: Doc, at: number, limits: ScanLimits): boolean {
  const { text, tokens } = doc;
  const start = tokens.startOfTokenEndingAt(at);
  const word = text.slice(start, at);
  if (word.length < 2 || !/^[\u4e00-\u9fff]+$/.test(word) || limits.blockers.has(at)) return false;
  if (limits.divisionStartByEnd.get(at) === start) return true;
  return /^(?:nt|nz)$/.test(tokens.tagAt(start)) || dictionaryEntry(word) === undefined;
}

/**
 * The two characters or more before `at` name something (a brand, whose characters the segmenter may cut one by one:
 * 青/禾); none of their words acts or joins (出任, 在, 和, 的).
 */
function nounBefore(doc: Doc, at: number): boolean {
  const { text, tokens } = doc;
  let pos = at;
  while (at - pos < 2) {
    const start = tokens.startOfTokenEndingAt(pos);
    if (start >= pos || !/^[\u4e00-\u9fff]+$/.test(text.slice(start, pos))) return false;
    if (/^(?:v|vn|vd|d|p|c|u|r|m|q|f)$/.test(tokens.tagAt(start))) return false;
    pos = start;
  }
  return true;
}

/** Endings of a firm's office in a province or city (its branch, its representative office). */
const BRANCH_END = /^(?:分公司|分行|支行|办事处|分院|分部|分中心)/;

/** Whether a division written in full (江西省, not 江西) starts at `at`. */
function fullDivisionStart(at: number, limits: ScanLimits): boolean {
  for (const end of limits.divisionEnds) if (limits.divisionStartByEnd.get(end) === at) return true;
  return false;
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
    // 许可先生出任江西省X商会会长, …签订协议活动江西省X商会: an organisation's name opens at a full division's name unless
    // an organisation's name or another division is written right before it (X银行江西省分行, 中共江西省X委员会).
    if (type === 'Organization' && pos < s && fullDivisionStart(pos, limits)) {
      const before = text.slice(Math.max(0, pos - 4), pos);
      if (
        /[\u4e00-\u9fff]$/.test(before) &&
        !ORG_END.test(before) &&
        !suffixesEndingAt(text, pos).some((x) => x.type === 'Organization') &&
        !/(?:中共|共产党|驻)$/.test(before) &&
        !limits.divisionStartByEnd.has(pos) &&
        // (青禾江西省分公司, 大华江西省办事处: a brand before a province's branch is the firm's name.)
        !(BRANCH_END.test(text.slice(s, s + 4)) && nounBefore(doc, pos))
      )
        break;
    }
    // 牵线开展市人民医院党支部: a bare level character standing as a word of its own after a verb opens an
    // organisation's name (the division's, see ../anchors.ts); the verb's clause is no part of the name. (Not a 区 right
    // before the ending: 青禾科技创新区管委会 is a zone's committee, its name ending in a verb and 区.)
    if (
      type === 'Organization' &&
      pos + 1 < s &&
      /[省市区县]/.test(text[pos] ?? '') &&
      tokens.isBoundary(pos + 1) &&
      !limits.divisionStartByEnd.has(pos + 1) &&
      tokens.startOfTokenEndingAt(pos) <= pos - 2 &&
      tokens.tagAt(pos - 1) === 'v'
    )
      break;
    // X成立三周年庆典暨Y委员会成立: 暨 joins two happenings or two names, never stands inside one.
    if (ch === '暨') break;
    if (limits.blockers.has(pos)) break;
    if (type === 'Place' && limits.divisionEnds.has(pos)) break;
    // 临沧经开区: a zone led by a division's short form starts there, unless a proper name is written right before it
    // (<brand><short>产业园, <institute><short>科技园, <province short><county short>经开区: the name holds them).
    if (type === 'Place' && pos < s && limits.divisionStarts.has(pos) && !properNameBefore(doc, pos, limits))
      break;
    // 市委、市政府新城建设: a place's name never reaches back over a body's.
    if (type === 'Place' && /(?:政府|委员会|管委会|党委|党工委)$/.test(text.slice(Math.max(0, pos - 4), pos)))
      break;
    // 张江科学城张江科学会堂: a place never starts inside another place's name.
    // (<building>大楼多功能厅: a hall's name holds the building it is in.)
    if (
      type === 'Place' &&
      pos !== s &&
      suffixesEndingAt(text, pos).some(
        (x) => x.type === 'Place' && !(suffix.kind === 'venue' && x.kind === 'venue'),
      )
    )
      break;
    const start = tokens.startOfTokenEndingAt(pos);
    // 书记丁长林和镇党委副书记: a person's name ends inside the word the segmenter made (林和) before a conjunction; the
    // walk ends there, and the conjunction is no part of what follows.
    for (let b = pos - 1; b > start; b--)
      if (limits.blockers.has(b) && CONJUNCTIONS.has(text[b] ?? '')) return b + 1;
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
        // 区位优势和产业园区: generic words after 和 make a place of their own kind (产业园区), no name joined to it;
        // 产业招商和花港湾科创商务区: nor is a place's name joined over 和 to a verb before it.
        const verbBefore = /^v/.test(tokens.tagAt(start - 1)) || NAME_VERBS.has(text.slice(start - 2, start));
        // <brand>及上市公司: nor, for organisations, is a kind (上市公司) joined to the name before it.
        if (isGenericHead(text.slice(pos, s)) && (type === 'Place' || s - pos >= 2)) break;
        if (type === 'Place' && word === '和' && verbBefore) break;
        // 分别与…公司, 共同与…: an adverb or verb before 与 ends the name; a noun (细胞与基因) does not.
        const before = text.slice(tokens.startOfTokenEndingAt(start), start);
        if (
          // 12家企业与四川云谷…公司: a party named by its kind, or a name after 与 that starts at a division.
          /^(?:企业|单位|机构|双方|各方|三方|四方|客商|项目方)$/.test(before) ||
          limits.divisionStarts.has(pos) ||
          STOP_BEFORE_NAME.has(before) ||
          NAME_STOPS.has(before) ||
          (/^(?:d|ad|p|v|r)$/.test(tokens.tagAt(start - 1)) && !NAME_VERBS.has(before))
        )
          break;
        // 商贸优势和青禾集团, <venue>和宁湖产业园: what follows the conjunction opens on a proper name (words the
        // dictionary does not know, or a place), so it names a body of its own; 细胞与基因治疗 goes on with a common
        // noun, one compound inside the name.
        if (s - pos >= 2 && !isGenericHead(text.slice(pos, s)) && opensProperName(doc, pos, s)) break;
        pos = start;
        continue;
      }
      // 中共华岳银行长兴支行委员会, …分公司委员会: a committee's name holds its organisation's ending (支行 is tagged a
      // verb; 分公司 otherwise stops the walk).
      const ending =
        (suffix.kind === 'party' || suffix.kind === 'government') &&
        suffixesEndingAt(text, pos).some((x) => x.type === 'Organization' && x.suffix === word);
      // 南昌大学第二附属医院: an ordinal after an organisation's name is inside the name.
      // (浙江中医药大学附属第二医院: also after 附属 written after the organisation.)
      const attached = text.endsWith('附属', start) ? start - 2 : start;
      // (中建三局第一建设工程有限公司: also after a numbered bureau, a builder's group.)
      const ordinalInside =
        type === 'Organization' &&
        /^第/.test(word) &&
        (suffixesEndingAt(text, attached).some((x) => x.type === 'Organization') ||
          /[\u4e00-\u9fff]{2}[一二三四五六七八九十]{1,3}局$/.test(text.slice(Math.max(0, start - 8), start)));
      // 湖南中科锂能新材料有限公司: 能 after a single-character word (锂/能) is a compound in the name, not a modal.
      const energy =
        word === '能' &&
        tokens.startOfTokenEndingAt(start) === start - 1 &&
        /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') &&
        !STOP_BEFORE_NAME.has(text[start - 1] ?? '') &&
        !NAME_STOPS.has(text[start - 1] ?? '');
      // 遂宁市第二中学: an ordinal right after a place is inside the name.
      const ordinalAfterPlace = /^第/.test(word) && limits.divisionStartByEnd.has(start);
      // 志愿者参与社区, 百企帮百村: a verb of what someone does to a place ends a place's walk (a one-character one only
      // when no proper name follows it: 禾进社区 is a name).
      if (
        type === 'Place' &&
        PLACE_CLAUSE_VERBS.has(word) &&
        (word.length > 1 || s - pos < 2 || isGenericHead(text.slice(pos, s)) || !opensProperName(doc, pos, s))
      )
        break;
      if (
        (STOP_BEFORE_NAME.has(word) && !(type === 'Organization' && NAME_VERBS.has(word))) ||
        (NAME_STOPS.has(word) && !energy && !ending) ||
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
      // (一行8人莅临…: a count's measure word before the verb is no noun of a name.)
      const counted = /[0-9]/.test(text[start - 2] ?? '') && /[人名家个位批]/.test(text[start - 1] ?? '');
      // (<surname>常委鼓励企业: a title before the verb is who acts, the verb's object is no name.)
      const nounBefore = text.slice(tokens.startOfTokenEndingAt(start), start);
      const compound =
        tag === 'v' &&
        start > 0 &&
        NOUN_TAGS.has(tokens.tagAt(start - 1)) &&
        !counted &&
        titleSuffix(nounBefore) !== nounBefore;
      // 正定高新区: a division's short form the segmenter tags as an adverb still leads the name.
      const division = limits.divisionStartByEnd.get(pos) === start;
      // 深圳市前海…管理局: a place word the segmenter tags as a locative, right after a division, names a part of it.
      // (、北方禾川友好联络会: 南方, 北方 opening the name after a boundary name a region, part of the name.)
      const locality =
        tag === 'f' &&
        word.length === 2 &&
        ((limits.divisionEnds.has(start) && !DIRECTION_WORD.test(word)) ||
          (/^(?:南方|北方)$/.test(word) && HARD_BOUNDARY.test(text[start - 1] ?? '。')));
      // 青禾市政建设集团, 禾丰丹阳市政工程有限公司: a phrase ending in a trade word (市政建设) is the firm's trade.
      const trade =
        suffix.kind === 'company' &&
        word.length >= 3 &&
        TRADE_ENDINGS.some((t) => t.length >= 2 && word.endsWith(t));
      if (
        word.length > 1 &&
        STOP_TAGS.has(tag) &&
        !NAME_VERBS.has(word) &&
        !compound &&
        !trade &&
        !division &&
        !locality &&
        !ending
      ) {
        // 广西驰骋汽车电子有限公司党支部: a company's party body starts where the company's name does.
        // 宁波开化商会: so does a chamber of commerce's (its members' home county after the city it is in).
        const company =
          suffix.kind === 'company' ||
          suffix.kind === 'institute' ||
          (suffix.kind === 'association' && /商会$/.test(suffix.suffix) && !/^[各全该本每]/.test(word)) ||
          (suffix.kind === 'party' && /(?:公司|集团)$/.test(text.slice(Math.max(0, s - 4), s)));
        const prefix = company ? placePrefixBefore(doc, start, limits, pos) : undefined;
        if (prefix !== undefined) return prefix;
        break;
      }
    }
    pos = start;
  }
  return pos;
}
