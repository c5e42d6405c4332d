import type { Doc } from './doc.ts';
import { GOAL_VERBS } from './lexicon/name-scan.ts';
import { type NameSuffix, suffixesEndingAt } from './lexicon/suffixes.ts';
import { LEADING_BARE_ZONE, LEADING_PARTY_KIND } from './lexicon/words.ts';
import { isGenericHead } from './named-heads.ts';
import { trimClauseLeft } from './named-left.ts';
import type { ScanLimits } from './named-span.ts';
import { everydayWords } from './named-words.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * The words in front of a name that are no part of it: a zone before a firm, a ranking, a count, a goal verb, the
 * clause (./named-left.ts), a list before a firm. See ./named.ts.
 */

export type Front =
  /** Where the name starts, and whether it is introduced as a goal (建设…研究中心). */
  | { start: number; goal: boolean }
  /** No name by this ending; another ending at the same place may name one. */
  | 'skip'
  /** No name at this place at all (集团原党委: a former post). */
  | 'stop';

/** What may follow a firm's name that an item of a list: the next item, the list's end, its head's title. */
const ITEM_ENDS = /^(?:[、等，,。；;]|董事长|总经理|副总经理|总裁|党委书记|负责人|创始人)/;

export function nameFront(
  doc: Doc,
  start: number,
  s: number,
  end: number,
  suffix: NameSuffix,
  limits: ScanLimits,
): Front {
  const { text } = doc;
  // 恒口示范区安康晟华新材料有限公司: a zone or park written before a company whose own name starts with a place.
  if (suffix.kind === 'company' || suffix.kind === 'institute') {
    for (let p = s - 4; p > start + 1; p--) {
      const zone = suffixesEndingAt(text, p).some((x) => x.kind === 'zone' || x.kind === 'park');
      if (zone && limits.divisionStarts.has(p)) {
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
    return 'stop';
  // 世界500强中信集团, 世界500强企业华夏建工…: a ranking (500强, 500强企业) in front is no part of the name.
  if (/[0-9]/.test(text[start - 1] ?? '') && text[start] === '强' && s - start > 2) {
    start += 1;
    if (text.startsWith('企业', start) && s - start > 4) start += 2;
  }
  // 42家三级医院, 30名科研骨干…: a count's measure word is no start of a name.
  // (2024年村村共建: nor is a year's, a month's or a day's.)
  if (/[0-9]/.test(text[start - 1] ?? '') && /^[家个所名位项座批人年月日]/.test(text[start] ?? ''))
    return 'skip';
  // 建设眼视光临床研究中心: a goal verb in front is not part of the name; the name is a goal.
  const verb = GOAL_VERBS.find((v) => text.startsWith(v, start));
  let goal = false;
  if (verb && s - start - verb.length >= 2) {
    start += verb.length;
    goal = true;
  }
  // 各驻外联谊会 (a class), 而X公司, 做优园区公司, 合并后协会: the words in front decide where the name starts.
  start = trimClauseLeft(doc, start, s, suffix.type === 'Place');
  if (start < 0) return 'skip';
  if (suffix.kind === 'company') start = listItemStart(doc, start, s, end);
  return { start, goal };
}

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
