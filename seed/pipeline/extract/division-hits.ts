import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { suffixesEndingAt } from './lexicon/suffixes.ts';
import type { RuleId } from './rules/index.ts';

/** The division hits and their shared readers: full names in a text, overlaps, choosing among namesakes. */

export interface DivisionHit {
  start: number;
  end: number;
  surface: string;
  short: boolean;
  /** Read as the short form leading a name, for a bare 县委 nothing else places (see levelPrefixHits). */
  prefix?: boolean;
  division: Division;
  /** Inside an organisation's name (杭州 of 杭州云帆电子集团党委), set by the extractor once names are read. */
  inName?: boolean;
  /** The rule that read it, where not told by the fields above (Taiwan's own units: taiwan-units.ts). */
  rule?: RuleId;
  /** One of three or more short forms listed together (来自四川、贵州、江西等地的商会): no place of the story by itself. */
  listed?: boolean;
  /** A short form leading a company's name (盐城禾利来精密机械有限公司): the company's home, no place of the story. */
  leadsCompany?: boolean;
}

export interface RawHit {
  start: number;
  end: number;
  surface: string;
  short: boolean;
  prefix?: boolean;
  options: Division[];
}

/** The last text read and its full names: the extractor reads the story's text more than once (a copy each time). */
let lastFull: { text: string; hits: RawHit[] } | undefined;

export function fullHits(text: string): RawHit[] {
  if (lastFull?.text !== text) lastFull = { text, hits: scanFullNames(text) };
  return lastFull.hits.map((h) => ({ ...h }));
}

/** The gazetteer's lengthsByLast keyed by the last character's code (no string made per offset). */
let lengthsByLastCode: Map<number, number[]> | undefined;

function scanFullNames(text: string): RawHit[] {
  const gaz = gazetteer();
  lengthsByLastCode ??= new Map(
    [...gaz.lengthsByLast].map(([last, lengths]) => [last.charCodeAt(0), lengths]),
  );
  const raw: RawHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const lengths = lengthsByLastCode.get(text.charCodeAt(i));
    if (!lengths) continue;
    for (const len of lengths) {
      if (len > i + 1 || len < 2 || !gaz.mayBeName(text, i + 1 - len, i + 1)) continue;
      const surface = text.slice(i + 1 - len, i + 1);
      const options = gaz.byName(surface);
      if (options.length > 0) {
        raw.push({ start: i + 1 - len, end: i + 1, surface, short: false, options });
        break;
      }
    }
  }
  return raw;
}

/** The standalone short forms (see Gazetteer.standaloneShortForms), and their lengths by their first character. */
let standalone: { forms: Set<string>; lengthsByFirst: Map<number, number[]> } | undefined;

export function standaloneShortFormSet(): Set<string> {
  return standaloneIndex().forms;
}

function standaloneIndex(): NonNullable<typeof standalone> {
  if (!standalone) {
    const forms = new Set(gazetteer().standaloneShortForms());
    const lengthsByFirst = new Map<number, number[]>();
    for (const form of forms) {
      const lengths = lengthsByFirst.get(form.charCodeAt(0)) ?? [];
      if (!lengths.includes(form.length)) lengths.push(form.length);
      lengthsByFirst.set(form.charCodeAt(0), lengths);
    }
    standalone = { forms, lengthsByFirst };
  }
  return standalone;
}

let lastShort: { text: string; starts: Map<string, number[]> } | undefined;

/**
 * Where each standalone short form is written in `text` (every start, overlapping ones too), read in one pass rather
 * than one search of the text per short form.
 */
export function standaloneShortFormsIn(text: string): ReadonlyMap<string, readonly number[]> {
  if (lastShort?.text === text) return lastShort.starts;
  const { forms, lengthsByFirst } = standaloneIndex();
  const starts = new Map<string, number[]>();
  for (let at = 0; at < text.length; at++) {
    const lengths = lengthsByFirst.get(text.charCodeAt(at));
    if (!lengths) continue;
    for (const len of lengths) {
      const surface = text.slice(at, at + len);
      if (surface.length !== len || !forms.has(surface)) continue;
      const list = starts.get(surface);
      if (list) list.push(at);
      else starts.set(surface, [at]);
    }
  }
  lastShort = { text, starts };
  return starts;
}

/**
 * 禾丰丹阳市政建设集团, 义乌市场开发公司: a city's name (丹阳市) whose 市 opens 市政 (municipal works) or 市场 (market) is
 * the city's short form and that word, not the unit; its government, advisory body, services, legal affairs, data and
 * policy offices and market regulator (丹阳市政府, 市政协, 市政务服务中心, 市政法委, 市政数局, 市政研室, 市场监管局) are the
 * unit's.
 */
export function cityWordAfter(text: string, name: string, end: number): boolean {
  return name.endsWith('市') && /^(?:场(?!监)|政(?![府协务法治数研策]))/.test(text.slice(end, end + 2));
}

/** 团结乡亲 (uniting fellow townsmen): a township's name (团结乡) whose 乡 opens 乡亲 is a verb and that word, not the unit. */
export function townshipWordAfter(text: string, name: string, end: number): boolean {
  return name.endsWith('乡') && text[end] === '亲';
}

/** Whether an organisation's or place's ending (联盟, 有限公司, 园区 …) closes the word run from `at`. */
export function leadsName(text: string, at: number): boolean {
  if (!/[\u4e00-\u9fff“]/.test(text[at] ?? '')) return false;
  for (let end = at + 2; end <= Math.min(text.length, at + 20); end++) {
    if (!/[\u4e00-\u9fff“”]/.test(text[end - 1] ?? '')) return false;
    if (suffixesEndingAt(text, end).length > 0) return true;
  }
  return false;
}

/** Whether a company's ending (有限公司, 集团, 旅行社) is the first name ending to close the word run from `at`. */
export function leadsCompanyName(text: string, at: number): boolean {
  if (!/[\u4e00-\u9fff]/.test(text[at] ?? '')) return false;
  for (let end = at + 2; end <= Math.min(text.length, at + 20); end++) {
    if (!/[\u4e00-\u9fff]/.test(text[end - 1] ?? '')) return false;
    const endings = suffixesEndingAt(text, end);
    if (endings.length > 0) return endings[0]?.kind === 'company';
  }
  return false;
}

/** Non-overlapping hits, longest first. */
export function dropOverlaps(hits: RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawHit[] = [];
  for (const hit of sorted) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

export function choose(hits: RawHit[], province: string | undefined): Map<string, Division> {
  const gaz = gazetteer();
  const chosen = new Map<string, Division>();
  const related = (a: Division, b: Division) => gaz.isWithin(a, b) || gaz.isWithin(b, a);
  const byFullName = new Map<string, Division>();
  for (const hit of [...hits.filter((h) => !h.short), ...hits.filter((h) => h.short)]) {
    if (chosen.has(hit.surface)) continue;
    const followed = hit.short ? hit.options.find((o) => byFullName.get(o.name) === o) : undefined;
    if (followed) {
      chosen.set(hit.surface, followed);
      continue;
    }
    let best: Division | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const option of hit.options) {
      let score = 0;
      const supporters = new Set<string>();
      // 潘庄镇 beside 卢龙镇: a town of the same county as another town the text names is supported too, less.
      const siblings = new Set<string>();
      for (const other of hits) {
        if (other.surface === hit.surface || supporters.has(other.surface)) continue;
        if (other.options.some((o) => related(o, option))) supporters.add(other.surface);
        else if (
          (option.level === 'township' || option.level === 'area') &&
          other.options.some((o) => o.level === option.level && o.parent === option.parent)
        )
          siblings.add(other.surface);
      }
      score += supporters.size * 10 + siblings.size * 6;
      if (province && option.code.startsWith(province)) score += 5;
      score += gaz.prominence(option);
      if (score > bestScore) {
        best = option;
        bestScore = score;
      }
    }
    if (best) {
      chosen.set(hit.surface, best);
      if (!hit.short) byFullName.set(best.name, best);
    }
  }
  return chosen;
}
