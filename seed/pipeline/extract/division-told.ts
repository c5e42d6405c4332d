import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { leadsName, type RawHit, standaloneShortFormsIn } from './division-hits.ts';
import type { Doc } from './doc.ts';
import { alternation, GOING_VERBS, HOLDING_VERBS, VISIT_VERBS } from './lexicon/events.ts';
import { dictionaryEntry } from './tokens.ts';

/** Below this frequency a dictionary word (遂昌) is no everyday word (大方 is). */
export const RARE_WORD_FREQ = 50;

/** Right before a place a visit goes to or a happening is held in (赴X, 走进X, 在X举行), wherever it is written. */
const GOES_TO = new RegExp(alternation([...GOING_VERBS, '走进', '抵达', '莅临', '在']), 'g');

/** Right after it: what is done there (开展调研, 考察, 举行). */
const DONE_WORDS = alternation([
  ...VISIT_VERBS,
  ...HOLDING_VERBS.split('|'),
  '开展',
  '进行',
  '参加',
  '出席',
  '学习',
  '交流',
]);
const DONE_THERE = new RegExp(`^(?:${DONE_WORDS})`);

/**
 * The one unit `surface` may stand for, by structure alone: a province's or city's short form read as a place only so
 * (东营, 中山, 海南: words or namesakes first), the province before the city; else the only county or county-level
 * city with this short form, or the only one inside a division the page names.
 */
function oneUnit(surface: string, named: readonly Division[]): Division | undefined {
  const gaz = gazetteer();
  const all = gaz.byShortName(surface);
  if (all.some((d) => gaz.isStandaloneShortForm(surface, d))) return undefined;
  const provinces = all.filter((d) => d.level === 'province');
  const cities = all.filter((d) => d.level === 'city' && !gaz.isTaiwan(d));
  const top = provinces.length > 0 ? provinces : cities;
  if (top.length > 0) return top.length === 1 ? top[0] : undefined;
  // (Taiwan's counties and cities, 宜兰, 台南, stand at the level of cities but are read by their short forms only so.)
  const areas = all.filter((d) => d.level === 'area' || (d.level === 'city' && gaz.isTaiwan(d)));
  if (areas.length === 1) return areas[0];
  const placed = areas.filter((d) => named.some((n) => n === d || gaz.isWithin(d, n)));
  return placed.length === 1 ? placed[0] : undefined;
}

/** Whether `surface` is a word of the language first (大方, 和平), not a place name the segmenter knows (宁海). */
function everydayWord(surface: string): boolean {
  const entry = dictionaryEntry(surface);
  // (a person's name the dictionary knows, 安龙, is no word of the language either)
  return entry !== undefined && !/^n[srt]/.test(entry.tag) && entry.freq >= RARE_WORD_FREQ;
}

/**
 * 率团赴德清考察, 推介会在安龙召开: a county or county-level city written only by its short form where the sentence's
 * structure says it is a place, a visit's destination or where a happening is held (a going verb or 在 right before it,
 * what is done there right after), a word of its own (the segmenter's cut on both sides), one unit of that short form
 * (or one inside a division the page names), no everyday word, and no company's or body's name it leads (宁海XX有限公司).
 */
export function toldPlaceHits(
  doc: Doc,
  taken: readonly RawHit[],
  blocked: readonly { start: number; end: number }[],
): RawHit[] {
  const { text } = doc;
  const named = taken.flatMap((t) => t.options);
  // Where a place may start: after a going verb or 在 (赴X), or right after its province or city (到浙江德清考察).
  const starts: { at: number; within?: readonly Division[]; afterZai: boolean }[] = [];
  for (const m of text.matchAll(GOES_TO))
    starts.push({ at: (m.index ?? 0) + m[0].length, afterZai: m[0] === '在' });
  for (const t of taken) if (t.end > 0) starts.push({ at: t.end, within: t.options, afterZai: false });
  const gaz = gazetteer();
  for (const [surface, at] of standaloneShortFormsIn(text)) {
    const within = gaz.byShortName(surface).filter((d) => gaz.isStandaloneShortForm(surface, d));
    for (const a of at) starts.push({ at: a + surface.length, within, afterZai: false });
  }
  const found: RawHit[] = [];
  for (const { at: start, within, afterZai } of starts) {
    const hit = placeAt(doc, start, within ?? named, within !== undefined, afterZai);
    const overlaps = (s: { start: number; end: number }) => hit && hit.start < s.end && s.start < hit.end;
    if (!hit || taken.some(overlaps) || blocked.some(overlaps) || found.some(overlaps)) continue;
    found.push(hit);
    // 前往台南及宜兰参访: the places listed after it are told so too.
    const join = LIST_JOIN.exec(text.slice(hit.end, hit.end + 2))?.[0];
    if (join) starts.push({ at: hit.end + join.length, afterZai: false });
  }
  return found;
}

/** What joins places listed one after another (A、B, A及B). */
const LIST_JOIN = /^(?:、|和|及|与)/;
/** 前往台南及宜兰参访: a place listed with others before what is done there. */
const LISTED_BEFORE_DONE = new RegExp(
  `^(?:(?:、|和|及|与)[\u4e00-\u9fff]{2,4}?){1,4}?(?:${DONE_WORDS}|[，,。；;])`,
);
/** 赴宁海，…: the clause closing after a visit's destination. */
const CLOSES = /^[，,。；;]/;

/** The county told as a place from `start`, if one is (see toldPlaceHits). */
function placeAt(
  doc: Doc,
  start: number,
  named: readonly Division[],
  inside: boolean,
  afterZai: boolean,
): RawHit | undefined {
  const gaz = gazetteer();
  const { text, tokens } = doc;
  if (!tokens.isBoundary(start)) return undefined;
  for (const len of [3, 2]) {
    const end = start + len;
    const surface = text.slice(start, end);
    if (!/^[\u4e00-\u9fff]+$/.test(surface) || !tokens.isBoundary(end)) continue;
    if (gaz.byName(surface).length > 0) continue;
    const unit = oneUnit(surface, named);
    if (!unit || (inside && !named.some((n) => gaz.isWithin(unit, n)))) continue;
    // A province or city whose short form is a word too (开封, 日照) and a place after 在 need what is done there after
    // them; a county's short form also the clause's close, and never an everyday word.
    const top = unit.level === 'province' || (unit.level === 'city' && !gaz.isTaiwan(unit));
    if (!top && (!gaz.isSafeShortForm(surface) || everydayWord(surface))) continue;
    const rest = text.slice(end, end + 24);
    const done =
      DONE_THERE.test(rest) || LISTED_BEFORE_DONE.test(rest) || (!top && !afterZai && CLOSES.test(rest));
    if (!done || leadsName(text, end)) continue;
    return { start, end, surface, short: true, options: [unit] };
  }
  return undefined;
}
