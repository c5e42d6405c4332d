import { type Division, gazetteer, shortForm } from '../gazetteer/gazetteer.ts';
import { VISITED } from '../resolve/away.ts';
import {
  dropOverlaps,
  leadsName,
  type RawHit,
  standaloneShortFormSet,
  standaloneShortFormsIn,
} from './division-hits.ts';
import { pageHits } from './division-page.ts';
import { RARE_WORD_FREQ } from './division-told.ts';
import type { Doc } from './doc.ts';
import { dictionaryEntry } from './tokens.ts';

/** Short forms: of provinces and cities anywhere (上海, 杭州); of other units when the full name is also written (余杭 after 余杭区, 太仓 when 太仓市委 is). */
export function shortHits(doc: Doc, taken: RawHit[], blocked: { start: number; end: number }[]): RawHit[] {
  const gaz = gazetteer();
  const written = new Set(taken.map((t) => t.surface));
  const { text, tokens } = doc;
  // Where each candidate is written: the standalone short forms from one pass over the text, the others searched.
  const where = new Map(standaloneShortFormsIn(text));
  const standalone = standaloneShortFormSet();
  for (const name of written) {
    const short = shortForm(name);
    if (!short || standalone.has(short) || where.has(short)) continue;
    const starts: number[] = [];
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) starts.push(at);
    where.set(short, starts);
  }
  const found: RawHit[] = [];
  for (const [surface, starts] of where) {
    for (const start of starts) {
      const end = start + surface.length;
      // 山东济南人: a native of a place is written with 人 straight after it.
      if (!tokens.isBoundary(start) || (!tokens.isBoundary(end) && text[end] !== '人')) continue;
      const options = gaz
        .byShortName(surface)
        .filter((d) => gaz.isStandaloneShortForm(surface, d) || written.has(d.name));
      if (options.length === 0) continue;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      if (blocked.some((b) => start < b.end && b.start < end)) continue;
      found.push({ start, end, surface, short: true, options });
    }
  }
  return dropOverlaps(found);
}

/** A place held up as a model (学习张家港经验, 弘扬井冈山精神) is another place than the page's. */
const MODEL_BEFORE = /(?:学习|借鉴|弘扬|传承|发扬|推广)$/;
const MODEL_AFTER = /^(?:精神|经验|模式|样板|做法|路径)/;

/** A bare level's body or head in the text (县委常委, 区政府, 县长, 市委), or the page's own unit (我县, 全区). */
const BARE_LEVEL_BODY = /(?<![\u4e00-\u9fff])([县区市])(?:委|政府|人大|政协|长)|[我全]([县区市])/g;

/** Whether a unit of `level` is among `options` (a 市 may be a prefecture's or a county-level city). */
function ofLevel(options: readonly Division[], level: string): boolean {
  return options.some(
    (o) => o.name.endsWith(level) && (o.level === 'area' || (level === '市' && o.level === 'city')),
  );
}

/**
 * A short form read as a place word of its own: three characters or more (谢家集), or two that the segmenter's own
 * dictionary knows as a place (宜城, not 从化), and no province's or city's short form (海南 is a province first).
 */
function placeWord(surface: string): boolean {
  const gaz = gazetteer();
  if (gaz.byShortName(surface).some((d) => d.level === 'province' || d.level === 'city')) return false;
  if (!gaz.isSafeShortForm(surface)) return false;
  return surface.length >= 3 || dictionaryEntry(surface)?.tag === 'ns';
}

/** What the page works for, names its people after or makes known (为X经济高质量发展, 振兴X, 宣传X, X籍). */
const GOAL_BEFORE = /(?:为|助力|服务|振兴|宣传|推介|推动|促进|支持|建设|回报|反哺)$/;
const GOAL_AFTER = /^(?:(?:经济|社会|教育|产业|文旅|城市|乡村)*(?:高质量)?(?:发展|建设|振兴)|[，,。；;、])/;

/** Whether the short form at `at` is told as what the page works for or where its people come from. */
function goalAt(text: string, at: number, len: number): boolean {
  const after = text.slice(at + len, at + len + 10);
  return (
    /^籍/.test(after) || (GOAL_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && GOAL_AFTER.test(after))
  );
}

/**
 * 区委书记X…要助力禾川产业发展, 禾川籍乡贤: the page's own unit, written only by its short form, told as what
 * the page works for or where its people come from. A short form that is an everyday word (大方) needs two such
 * mentions.
 */
function goalOf(doc: Doc, surface: string, at: number): boolean {
  if (!goalAt(doc.text, at, surface.length)) return false;
  const entry = dictionaryEntry(surface);
  if (!entry || entry.tag === 'ns' || entry.freq < RARE_WORD_FREQ) return true;
  let count = 0;
  for (let i = doc.text.indexOf(surface); i >= 0; i = doc.text.indexOf(surface, i + 1))
    if (goalAt(doc.text, i, surface.length)) count++;
  return count >= 2;
}

/**
 * 岳西高山茶产业党建联盟 … 县委常委: on a county's page that never writes the county in full, its short form may lead
 * the name of one of its bodies. Read only when the text speaks of a bare 县委 (or 区委, 市委, 我市 …) that nothing
 * else places, at the start of a word after a boundary, and only when one unit of that level has this short form:
 * as the head of a name, as a word of its own inside a province or city the text names (为从化高质量发展 after
 * 广东), or as a place word of its own (推动谢家集高质量发展) not after a visit's verb, nor named as a model
 * to learn from (学习X经验, 弘扬X精神: another place's, not the page's), or told as what the page works for or where
 * its people come from (see goalOf).
 */
export function levelPrefixHits(doc: Doc, taken: RawHit[]): RawHit[] {
  const gaz = gazetteer();
  const { text, tokens } = doc;
  const levels = new Set([...text.matchAll(BARE_LEVEL_BODY)].map((m) => m[1] ?? m[2] ?? ''));
  const found: RawHit[] = [];
  for (const level of levels) {
    const named = [...taken, ...pageHits(doc)].some((t) => ofLevel(t.options, level));
    if (named) continue;
    for (let start = 0; start < text.length - 2; start++) {
      if (!tokens.isBoundary(start)) continue;
      // …or after a verb (推动庆云通州产业园发展: the name is the verb's object).
      const afterBoundary = () =>
        start === 0 ||
        /[\s,;:，。；：、“]/.test(text[start - 1] ?? '') ||
        (start > 1 && /^v/.test(tokens.tagAt(start - 1)));
      for (const len of [3, 2]) {
        if (!gaz.mayBeShortName(text, start, start + len)) continue;
        const surface = text.slice(start, start + len);
        const options = gaz.byShortName(surface).filter((d) => d.level === 'area' && d.name.endsWith(level));
        if (options.length !== 1 || gaz.byName(surface).length > 0) continue;
        if (taken.some((t) => start < t.end && t.start < start + len)) continue;
        // Only as the head of a name (岳西高山茶产业党建联盟): a word of the language (和平, 大方) stands alone. Or as a
        // word of its own inside a province or city the text names (广东从化经济开发区, 为从化高质量发展).
        const head = afterBoundary() && leadsName(text, start + len);
        const word = tokens.isBoundary(start + len);
        const within =
          word && taken.some((t) => t.options.some((o) => options.some((d) => gaz.isWithin(d, o))));
        const before = text.slice(Math.max(0, start - 2), start);
        const place =
          word &&
          placeWord(surface) &&
          !VISITED.test(before) &&
          !MODEL_BEFORE.test(before) &&
          !MODEL_AFTER.test(text.slice(start + len, start + len + 2));
        if (!head && !within && !place && !goalOf(doc, surface, start)) continue;
        found.push({ start, end: start + len, surface, short: true, prefix: true, options });
        break;
      }
    }
  }
  return found;
}
