import { entityId } from '../../../contract/annotation/ids.ts';
import type { Doc } from './doc.ts';
import { DELEGATION_NOUNS, VISIT_VERBS } from './lexicon/events.ts';
import { NAME_STOPS } from './lexicon/name-scan.ts';
import { TITLES, titleSuffix } from './lexicon/titles.ts';
import { ROOM_ENDINGS } from './lexicon/venues.ts';
import { STOP_BEFORE_NAME } from './lexicon/words.ts';
import { simplifiedName } from './script.ts';
import { FUNCTION_WORD_TAGS } from './tokens.ts';

/**
 * A unit of an organisation written right after the organisation's name (青禾电力公司石岭服务处, 县政府乡村振兴办,
 * 某部公路规划发展中心, 某大学附二院): the gold names the unit with its organisation in front, as the page writes it,
 * and the organisation is what the unit is part of. The unit's own words may be verbs (振兴, 协调, 咨询), so the
 * walk is bounded by the segmenter's words, not by a list of unit names: every word between the organisation and the
 * ending is a word of a name (no clause word, no number), and the first is no stop word.
 */

/** Endings of a unit inside an organisation; single characters need two characters of name before them. */
const UNIT_ENDING =
  /(?:服务处|办事处|管理处|工作站|服务站|工作组|联络组|工作队|工作部|中心|办公室|[办处站科院组室])$/;
const MAX_UNIT = 10;
/** Tags of words that belong to a clause, never to a unit's name. */
const CLAUSE_TAGS = new Set([...FUNCTION_WORD_TAGS, ...'r d ad m q t e o l f'.split(' ')]);

function unitEnd(doc: Doc, at: number): number | undefined {
  const { text, tokens } = doc;
  for (let end = at + 1; end <= Math.min(text.length, at + MAX_UNIT); end++) {
    const ch = text[end - 1] ?? '';
    if (!/[\u4e00-\u9fff]/.test(ch)) return undefined;
    // (A title inside is a post and the next body: 主任兼物业服务中心经理, 区委书记<name>率区委办.)
    if ((titleSuffix(text.slice(at, end))?.length ?? 0) >= 2) return undefined;
    const start = tokens.startOfTokenEndingAt(end);
    if (start < at) continue;
    if (!tokens.isBoundary(end)) continue;
    const word = text.slice(start, end);
    const tag = tokens.tagAt(start);
    if (CLAUSE_TAGS.has(tag)) return undefined;
    // (A stop word or a verb right after the organisation opens its clause: 公司建设服务中心, 联谊会访问X办; inside
    // the unit a verb names its task: 规划咨询中心, 驻村协调工作队.)
    if (
      start === at &&
      (STOP_BEFORE_NAME.has(word) || NAME_STOPS.has(word) || (tag === 'v' && word.length > 1))
    )
      return undefined;
    const unit = text.slice(at, end);
    const ending = UNIT_ENDING.exec(unit)?.[0];
    if (!ending) continue;
    // (The ending is a word of its own or ends a noun: 服务处, 振兴办; not the end of a verb, 联合举办.)
    // (Nor a count's word: 考察团首站.)
    if (
      !tokens.isBoundary(end - ending.length) &&
      (tag === 'v' || /^[首第一二三四五六七八九十两]/.test(word))
    )
      continue;
    const before = unit.length - ending.length;
    if (before >= (ending.length === 1 || ending === '中心' ? 2 : 1)) return end;
  }
  return undefined;
}

/** The fields of an anchor (./anchors.ts Anchor) read here (no import: anchors.ts imports this file). */
interface UnitParent {
  id: string;
  type: string;
  kind: string;
  name: string;
  start: number;
  end: number;
  introduces: boolean;
  source: string;
}

/** Each unit written right after an organisation's anchor, as an anchor of its own spanning both. */
export function subUnitAnchors<T extends UnitParent>(doc: Doc, anchors: readonly T[]): T[] {
  const out: T[] = [];
  for (const parent of anchors) {
    if (parent.type !== 'Organization' || !parent.introduces || parent.source === 'reference') continue;
    const end = unitEnd(doc, parent.end);
    if (end === undefined) continue;
    const unit = doc.text.slice(parent.end, end);
    // (A room or a venue read as a place, <town>政府会议室, is where something is held, not a unit.)
    if (anchors.some((a) => a.type === 'Place' && a.end === end && a.start <= parent.end)) continue;
    if (ROOM_ENDINGS.some((room) => unit.endsWith(room))) continue;
    // (A firm's 中心 is a site it builds or runs, 数据科技有限公司智能算力中心项目, not one of its units.)
    if (parent.kind === 'company' && unit.endsWith('中心')) continue;
    // (An office or division before its head's title, 发展改革委营商环境处副处长, is read by the title chain, which
    // keeps the organisation too: ./chains.ts.)
    const after = doc.text.slice(end, end + 8).replace(/^(?:常务)?副/, '');
    if (/(?:处|办|办公室)$/.test(unit) && TITLES.some((t) => after.startsWith(t))) continue;
    // (A group a body sends is the body going, not a unit of it: 工商联考察组, 调研组.)
    if (DELEGATION_NOUNS.includes(unit) || VISIT_VERBS.includes(unit.slice(0, -1))) continue;
    // (A division's body by its qualified name: <province><city><county>融媒体中心, as its id has it.)
    const name = parent.id.slice('org:'.length) + simplifiedName(unit);
    out.push({
      ...parent,
      id: entityId('Organization', name),
      name,
      end,
      headEnd: parent.end,
      rule: 'named:sub-unit' as const,
      parent: { id: parent.id, type: 'Organization', kind: parent.kind, name: parent.name },
      base: undefined,
      baseAnchor: undefined,
      standalone: undefined,
      bareLevel: undefined,
      body: undefined,
      chain: undefined,
      within: undefined,
      party: undefined,
      properties: undefined,
      division: undefined,
    });
  }
  return out;
}
