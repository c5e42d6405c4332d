import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { outletProvince } from '../resolve/outlet-regions.ts';
import { formerCountyHits } from './division-former.ts';
import {
  choose,
  cityWordAfter,
  type DivisionHit,
  dropOverlaps,
  fullHits,
  leadsCompanyName,
  type RawHit,
  townshipWordAfter,
} from './division-hits.ts';
import { ourDivisionHits } from './division-ours.ts';
import { channelSpans, outletSpans, pageHits, pageShortHits } from './division-page.ts';
import { levelPrefixHits, shortHits } from './division-short.ts';
import { toldPlaceHits } from './division-told.ts';
import type { Doc } from './doc.ts';
import { FOREIGN_NAMES, foreignPlace } from './lexicon/foreign-places.ts';
import { taiwanDistricts, taiwanTownships } from './taiwan-townships.ts';
import { taiwanUnits } from './taiwan-units.ts';
import { mayOccur } from './text-pairs.ts';

export type { DivisionHit } from './division-hits.ts';

/**
 * Administrative divisions named in the text: full names (普陀区, 桃浦镇, 上海市) anywhere, and the short forms
 * of provinces and prefecture-level cities (上海, 杭州) when the segmenter cuts them as words. A name shared by
 * several units is decided by the other units the article names (桃浦镇 is in 310107, so 普陀区 is Shanghai's),
 * then by the outlet's home province, then by prominence (municipalities, provincial capitals).
 */

/**
 * 汕尾市城区: a unit whose name is an everyday word (城区, 郊区, 矿区), written right after its city; then also where the
 * text writes it again as the city's (市城区) or before its bodies (城区人民政府, 城区区委).
 */
function everydayHits(text: string, full: RawHit[]): RawHit[] {
  const gaz = gazetteer();
  const found: RawHit[] = [];
  for (const hit of full) {
    for (const parent of hit.options) {
      const child = gaz.everydayChildAt(text, hit.end, parent);
      if (!child) continue;
      found.push({
        start: hit.end,
        end: hit.end + child.name.length,
        surface: child.name,
        short: false,
        options: [child],
      });
      break;
    }
  }
  for (const unit of new Set(found.map((f) => f.options[0]))) {
    if (!unit) continue;
    for (let at = text.indexOf(unit.name); at >= 0; at = text.indexOf(unit.name, at + 1)) {
      if (found.some((f) => f.start === at)) continue;
      const end = at + unit.name.length;
      const before = text[at - 1] ?? '';
      const ours = before === '市' && !/[\u4e00-\u9fff]/.test(text[at - 2] ?? '');
      const opens = at === 0 || /[\s,;:，。；：、“]/.test(before);
      if (ours || (opens && /^(?:人民政府|政府|区委|委|人大|政协)/.test(text.slice(end, end + 4))))
        found.push({ start: at, end, surface: unit.name, short: false, options: [unit] });
    }
  }
  return found;
}

/** 龙翔街党工委 beside 龙翔街道: a subdistrict written without 道 before one of its bodies, once its full name is written. */
function streetHits(text: string, full: RawHit[]): RawHit[] {
  const found: RawHit[] = [];
  const streets = new Map<string, Division[]>();
  for (const hit of full)
    if (hit.surface.endsWith('街道') && hit.surface.length > 3) streets.set(hit.surface, hit.options);
  for (const [name, options] of streets) {
    const written = name.slice(0, -1);
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      if (text[end] === '道' || !/^(?:党工委|党委|办事处|工委)/.test(text.slice(end, end + 3))) continue;
      found.push({ start: at, end, surface: written, short: false, options });
    }
  }
  return found;
}

/**
 * 副主任A、B和县人大常委会组成人员: a two-character name opening with a conjunction (和县) right after a word that is
 * no division (a person's name) is the conjunction and a bare level; after its province or city (安徽和县, 马鞍山市和县)
 * it is the unit.
 */
function conjunctionRead(text: string, hit: RawHit, hits: readonly RawHit[]): boolean {
  return (
    hit.surface.length === 2 &&
    /^[和与及并同]/.test(hit.surface) &&
    /[\u4e00-\u9fff]/.test(text[hit.start - 1] ?? '') &&
    !hits.some((h) => h.end === hit.start) &&
    ![2, 3].some((n) => {
      const short = text.slice(hit.start - n, hit.start);
      return gazetteer()
        .byShortName(short)
        .some((d) => gazetteer().isStandaloneShortForm(short, d));
    })
  );
}

/**
 * 台南县市合并: a two-character name (南县) that starts inside a word the segmenter cut (台南县) and right after no
 * other division is a piece of that word, not the unit. 上海城市更新: a name (海城市) whose first character ends a
 * province's or city's short form written before it (上海) is that place and a word (城市), not the unit.
 */
function insideWord(doc: Doc, hit: RawHit, hits: readonly RawHit[]): boolean {
  if (hits.some((h) => h.end === hit.start)) return false;
  if (hit.surface.length === 2 && !doc.tokens.isBoundary(hit.start)) return true;
  const gaz = gazetteer();
  const short = doc.text.slice(hit.start - 1, hit.start + 1);
  return hit.start > 0 && gaz.byShortName(short).some((d) => gaz.isStandaloneShortForm(short, d));
}

/** 县委副书记、代县长X: 代 and a level before 长 is an acting head's title, not the unit so named (代县). */
function actingTitle(text: string, hit: RawHit): boolean {
  // 代县长城: the county, 长 opening the word after it.
  return (
    /^代[县区市]$/.test(hit.surface) &&
    text[hit.end] === '长' &&
    !/[城江期效远久]/.test(text[hit.end + 1] ?? '')
  );
}

/** Divisions in the text; `blocked` spans (person names: 顾承德 is not 承德) hold no short forms. */
export function findDivisions(doc: Doc, blocked: { start: number; end: number }[] = []): DivisionHit[] {
  const scanned = dropOverlaps(fullHits(doc.text));
  // (议长唐镇宇: a town's name inside a person's longer name, read after a title, is no mention of the town.)
  const written = scanned.filter(
    (h) =>
      !conjunctionRead(doc.text, h, scanned) &&
      !actingTitle(doc.text, h) &&
      !insideWord(doc, h, scanned) &&
      !cityWordAfter(doc.text, h.surface, h.end) &&
      !townshipWordAfter(doc.text, h.surface, h.end) &&
      !blocked.some((b) => b.start <= h.start && h.end <= b.end && h.end - h.start < b.end - b.start),
  );
  const former = formerCountyHits(doc.text);
  const formerAt = new Set(former.map((h) => h.start));
  const full = dropOverlaps([
    ...former,
    ...written,
    ...everydayHits(doc.text, written),
    ...streetHits(doc.text, written),
  ]);
  // The page's own divisions, a short one (凤翔政协) standing for its full name: their short forms are read too.
  const fromSource = pageHits(doc);
  const page =
    fromSource.length > 0
      ? fromSource
      : pageShortHits(doc).map((h) => ({ ...h, surface: h.options[0]?.name ?? h.surface, short: false }));
  // 率团赴德清考察: a county told as a place by its short form alone is read as if its full name were written.
  const toldRaw = toldPlaceHits(doc, [...full, ...page], blocked);
  const toldAt = new Set(toldRaw.map((h) => h.start));
  const told = toldRaw.map((h) => ({
    ...h,
    start: -1000,
    end: -1000 + h.surface.length,
    surface: h.options[0]?.name ?? h.surface,
    short: false,
  }));
  const short = shortHits(doc, [...full, ...page, ...told], blocked);
  const prefixes = levelPrefixHits(doc, [...full, ...short]).filter(
    (p) => !blocked.some((b) => p.start < b.end && b.start < p.end),
  );
  const hits = [...full, ...short, ...prefixes].sort((a, b) => a.start - b.start);
  // The page's divisions support the text's readings (云龙 is Xuzhou's 云龙区 on Xuzhou's portal).
  const chosen = choose([...page, ...hits], outletProvince(doc.article.source));
  const result: DivisionHit[] = [];
  const outlet = outletSpans(doc);
  const channel = channelSpans(doc);
  for (const hit of hits) {
    if (outlet.some((o) => hit.start >= o.start && hit.end <= o.end)) continue;
    if (channel.some((d) => hit.start === d.start && hit.end === d.end)) continue;
    const division = chosen.get(hit.surface);
    if (division)
      result.push({
        start: hit.start,
        end: hit.end,
        surface: hit.surface,
        short: hit.short,
        ...(hit.prefix ? { prefix: true } : {}),
        ...(hit.short && toldAt.has(hit.start) ? { rule: 'division:told' as const } : {}),
        ...(!hit.short && formerAt.has(hit.start) ? { rule: 'division:former' as const } : {}),
        division,
      });
  }
  const ours = ourDivisionHits(
    doc,
    result.filter((r) => r.prefix),
    result,
  ).filter((o) => !result.some((r) => o.start < r.end && r.start < o.end));
  const taiwan = taiwanTownships(
    doc,
    taiwanUnits(
      doc,
      [...result, ...ours].sort((a, b) => a.start - b.start),
      blocked,
    ),
  );
  const marked = markListedShortForms(doc.text, taiwanDistricts(doc, taiwan));
  // (盐城禾利来精密机械有限公司: a province's or city's short form leading a company's name is the company's home.)
  for (const hit of marked)
    if (hit.short && !hit.prefix && leadsCompanyName(doc.text, hit.end)) hit.leadsCompany = true;
  return marked;
}

/** What joins two items of a list of places (四川、贵州, 嘉兴和温州). */
const LIST_JOIN = /^(?:、|和|及|与|以及)$/;
/** A list of places that says where other things come from: 来自… before it, or …等地的 after it. */
const FROM_BEFORE = /来自$/;
const FROM_AFTER = /^(?:等(?:地|省|市|省市|省份|城市|地区)的|[共等]?\d+家)/;

/**
 * `来自四川、贵州、江西等地的商会`, `在宁波、嘉兴和温州设有联络处`: three or more short forms listed one after another,
 * after 来自 or closed by 等地的, or between 在 and 设, only say where other things come from or are; none is a place of
 * the story by itself (the real sets' gold leaves them out). A list without that cue names its places (率团赴上海、南京、
 * 杭州考察; 上海、江苏、浙江、安徽四地…签署), and so does a list of full names (甲镇、乙镇、丙乡等地).
 */
function markListedShortForms(text: string, hits: DivisionHit[]): DivisionHit[] {
  let run: DivisionHit[] = [];
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last || run.length < 3 || !run.every((h) => h.short && !h.prefix)) return;
    const before = text.slice(Math.max(0, first.start - 2), first.start);
    const after = text.slice(last.end, last.end + 5);
    const from = FROM_BEFORE.test(before) || FROM_AFTER.test(after);
    // (在宁波、嘉兴和温州设有联络处: where offices are set up.)
    const offices = /在$/.test(before) && /^设/.test(after);
    if (from || offices) for (const h of run) h.listed = true;
  };
  for (const hit of hits) {
    const last = run[run.length - 1];
    if (last && LIST_JOIN.test(text.slice(last.end, hit.start))) run.push(hit);
    else {
      close();
      run = [hit];
    }
  }
  close();
  return hits;
}

/** Marks the division hits written inside an organisation's name (杭州 of 杭州云帆电子集团党委, not 杭州市委). */
export function markInNames(
  divisions: DivisionHit[],
  names: readonly { type: string; start: number; end: number }[],
): void {
  for (const hit of divisions)
    if (names.some((n) => n.type === 'Organization' && n.start <= hit.start && hit.end < n.end))
      hit.inName = true;
}

/** Foreign countries and cities (德国, 斯图加特) written as words. */
export function findForeign(doc: Doc): { name: string; kind: string; start: number }[] {
  const found: { name: string; kind: string; start: number }[] = [];
  for (const name of FOREIGN_NAMES) {
    if (!mayOccur(doc.text, name)) continue;
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      if (found.some((f) => at < f.start + f.name.length && f.start < at + name.length)) continue;
      if (!doc.tokens.isBoundary(at)) continue;
      const place = foreignPlace(name);
      if (place) found.push({ name, kind: place.kind, start: at });
    }
  }
  return found;
}
