import { type Division, gazetteer, shortForm } from '../gazetteer/gazetteer.ts';
import { VISITED } from '../resolve/context.ts';
import { outletProvince } from '../resolve/outlet-regions.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { FOREIGN_NAMES, foreignPlace } from './lexicon/foreign-places.ts';
import { suffixesEndingAt } from './lexicon/suffixes.ts';
import { MEDIA_NAME } from './lexicon/words.ts';
import { analysisText } from './script.ts';
import { dictionaryEntry, tokenize } from './tokens.ts';

/**
 * Administrative divisions named in the text: full names (普陀区, 桃浦镇, 上海市) anywhere, and the short forms
 * of provinces and prefecture-level cities (上海, 杭州) when the segmenter cuts them as words. A name shared by
 * several units is decided by the other units the article names (桃浦镇 is in 310107, so 普陀区 is Shanghai's),
 * then by the outlet's home province, then by prominence (municipalities, provincial capitals).
 */

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
}

interface RawHit {
  start: number;
  end: number;
  surface: string;
  short: boolean;
  prefix?: boolean;
  options: Division[];
}

function fullHits(text: string): RawHit[] {
  const gaz = gazetteer();
  const raw: RawHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const lengths = gaz.lengthsByLast.get(text[i] ?? '');
    if (!lengths) continue;
    for (const len of lengths) {
      if (len > i + 1 || len < 2) continue;
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

/** Short forms: of provinces and cities anywhere (上海, 杭州); of other units when the full name is also written (余杭 after 余杭区, 太仓 when 太仓市委 is). */
function shortHits(doc: Doc, taken: RawHit[], blocked: { start: number; end: number }[]): RawHit[] {
  const gaz = gazetteer();
  const written = new Set(taken.map((t) => t.surface));
  const candidates = new Set(gaz.standaloneShortForms());
  for (const name of written) {
    const short = shortForm(name);
    if (short) candidates.add(short);
  }
  const { text, tokens } = doc;
  const found: RawHit[] = [];
  for (const surface of candidates) {
    for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
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

/**
 * 岳西高山茶产业党建联盟 … 县委常委: on a county's page that never writes the county in full, its short form may lead
 * the name of one of its bodies. Read only when the text speaks of a bare 县委 (or 区委, 市委, 我市 …) that nothing
 * else places, at the start of a word after a boundary, and only when one unit of that level has this short form:
 * as the head of a name, as a word of its own inside a province or city the text names (为从化高质量发展 after
 * 广东), or as a place word of its own (推动谢家集高质量发展) not after a visit's verb, nor named as a model
 * to learn from (学习X经验, 弘扬X精神: another place's, not the page's).
 */
function levelPrefixHits(doc: Doc, taken: RawHit[]): RawHit[] {
  const gaz = gazetteer();
  const { text, tokens } = doc;
  const levels = new Set([...text.matchAll(BARE_LEVEL_BODY)].map((m) => m[1] ?? m[2] ?? ''));
  const found: RawHit[] = [];
  for (const level of levels) {
    const named = [...taken, ...pageHits(doc)].some((t) => ofLevel(t.options, level));
    if (named) continue;
    for (let start = 0; start < text.length - 2; start++) {
      // …or after a verb (推动庆云通州产业园发展: the name is the verb's object).
      const afterBoundary =
        start === 0 ||
        /[\s,;:，。；：、“]/.test(text[start - 1] ?? '') ||
        (start > 1 && tokens.isBoundary(start) && /^v/.test(tokens.tagAt(start - 1)));
      for (const len of [3, 2]) {
        const surface = text.slice(start, start + len);
        const options = gaz.byShortName(surface).filter((d) => d.level === 'area' && d.name.endsWith(level));
        if (options.length !== 1 || gaz.byName(surface).length > 0 || !tokens.isBoundary(start)) continue;
        if (taken.some((t) => start < t.end && t.start < start + len)) continue;
        // Only as the head of a name (岳西高山茶产业党建联盟): a word of the language (和平, 大方) stands alone. Or as a
        // word of its own inside a province or city the text names (广东从化经济开发区, 为从化高质量发展).
        const head = afterBoundary && leadsName(text, start + len);
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
        if (!head && !within && !place) continue;
        found.push({ start, end: start + len, surface, short: true, prefix: true, options });
        break;
      }
    }
  }
  return found;
}

/** Whether an organisation's or place's ending (联盟, 有限公司, 园区 …) closes the word run from `at`. */
function leadsName(text: string, at: number): boolean {
  if (!/[\u4e00-\u9fff“]/.test(text[at] ?? '')) return false;
  for (let end = at + 2; end <= Math.min(text.length, at + 20); end++) {
    if (!/[\u4e00-\u9fff“”]/.test(text[end - 1] ?? '')) return false;
    if (suffixesEndingAt(text, end).length > 0) return true;
  }
  return false;
}

/** Non-overlapping hits, longest first. */
function dropOverlaps(hits: RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawHit[] = [];
  for (const hit of sorted) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

function choose(hits: RawHit[], province: string | undefined): Map<string, Division> {
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
          option.level === 'township' &&
          other.options.some((o) => o.level === 'township' && o.parent === option.parent)
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

/**
 * The divisions the page names outside the story, in its source and site (`云龙区融媒体中心`, `徐州市云龙区人民政府`):
 * a government portal's own district, which its stories call 区委 and 云龙 without naming it.
 */
function pageHits(doc: Doc): RawHit[] {
  const { source, site } = doc.article;
  const fields = `${source ?? ''}\n${site ?? ''}`;
  const full = dropOverlaps(fullHits(fields));
  // 南通日报, 烟台日报: an outlet or site named by its city's (or province's) short form, leading the name.
  const gaz = gazetteer();
  const short: RawHit[] = [];
  for (const [offset, field] of [
    [0, source ?? ''],
    [(source ?? '').length + 1, site ?? ''],
  ] as const) {
    for (const len of [3, 2]) {
      const surface = analysisText(field).text.slice(0, len);
      const options = gaz.byShortName(surface).filter((d) => gaz.isStandaloneShortForm(surface, d));
      if (options.length !== 1 || full.some((h) => h.start < offset + len && offset < h.end)) continue;
      short.push({ start: offset, end: offset + len, surface, short: true, options });
      break;
    }
  }
  // Offsets before the text: these hits name no place in it.
  return [...full, ...short].map((h) => ({ ...h, start: h.start - 1000, end: h.end - 1000 }));
}

/**
 * `凤翔政协`, `南岗发布`: a WeChat account or an outlet named by its district's short form. Taken only when one reading
 * of the short form is in a province or city the story names (宝鸡凤翔酒业… names 宝鸡).
 */
function pageShortHits(doc: Doc): RawHit[] {
  const gaz = gazetteer();
  const named = dropOverlaps(fullHits(doc.text)).flatMap((h) => h.options);
  for (const surface of gaz.standaloneShortForms())
    if (doc.text.includes(surface)) named.push(...gaz.byShortName(surface));
  const found: RawHit[] = [];
  for (const field of [doc.article.source, doc.article.site]) {
    for (const len of [3, 2]) {
      const surface = (field ?? '').slice(0, len);
      const options = gaz.byShortName(surface).filter((d) => d.level === 'area');
      const supported = options.filter((o) => named.some((n) => gaz.isWithin(o, n)));
      if (supported.length === 1) {
        found.push({ start: -1000, end: -1000 + len, surface, short: true, options: supported });
        return found;
      }
    }
  }
  return found;
}

/** The divisions of the page's source and site (see pageHits), for bare 区委 and 区长 the story never places. */
export function findPageDivisions(doc: Doc): Division[] {
  const full = pageHits(doc);
  const hits = full.length > 0 ? full : pageShortHits(doc);
  const chosen = choose(hits, outletProvince(doc.article.source));
  return [...new Set(hits.flatMap((h) => chosen.get(h.surface) ?? []))];
}

/** A delegation from it (…代表团, 考察团, 一行), coming to 我X, or the other side of 我X与…: never the page's own. */
const GUEST_AFTER = /^(?:党政|经贸|友好)?(?:代表团|考察团|参访团|访问团|客人|一行)/;
const COMES_TO_OURS = /^[^。！？；]{0,12}?(?:来|到|赴|莅临|走进)我(?:区|县|市|镇|街道)/;
const BESIDE_OURS = /我(?:区|县|市|镇|街道)[与和同]$/;

function isGuestOrCounterpart(text: string, hit: DivisionHit): boolean {
  const after = text.slice(hit.end, hit.end + 16);
  return (
    GUEST_AFTER.test(after) ||
    COMES_TO_OURS.test(after) ||
    /^[与和同]我(?:区|县|市|镇|街道)/.test(after) ||
    BESIDE_OURS.test(text.slice(Math.max(0, hit.start - 4), hit.start))
  );
}

/**
 * `我区召开…`, `来我县考察`: the page's own division, written as 我 and its level; else the unit of that level the text
 * names by its short form alone (我市 … 谢家集正处于…); else the one division of that level the text writes in full
 * outside the sentence of 我X (`我市与X签订…。…在江山市挂牌成立`), unless it is a guest's or the other side's
 * (`宜昌市代表团来我市考察`, `我市与宜昌市签署…`).
 */
function ourDivisionHits(
  doc: Doc,
  prefixes: readonly DivisionHit[],
  written: readonly DivisionHit[],
): DivisionHit[] {
  const hits: DivisionHit[] = [];
  const guests = new Set(written.filter((h) => isGuestOrCounterpart(doc.text, h)).map((h) => h.division));
  for (const m of doc.text.matchAll(/我(区|县|市|镇|街道)/g)) {
    const level = m[1] ?? '';
    const sentence = sentenceAt(doc, m.index);
    const named = [
      ...new Set(
        written
          .filter((h) => !h.short && (h.start >= sentence.end || h.end <= sentence.start))
          .map((h) => h.division)
          .filter((d) => d.name.endsWith(level) && d.level !== 'province' && !guests.has(d)),
      ),
    ];
    const division =
      doc.page.find((d) => d.name.endsWith(level) && d.level !== 'province') ??
      prefixes.find((p) => p.division.name.endsWith(level))?.division ??
      (named.length === 1 ? named[0] : undefined);
    if (division && doc.tokens.isBoundary(m.index))
      hits.push({ start: m.index, end: m.index + m[0].length, surface: m[0], short: false, division });
  }
  return hits;
}

/** Where the outlet's own name is written (`湘潭在线3月9日讯`): a place inside it is the outlet's, not the story's. */
function outletSpans(doc: Doc): { start: number; end: number }[] {
  const name = doc.article.source?.trim();
  const spans: { start: number; end: number }[] = [];
  if (!name || !MEDIA_NAME.test(name) || gazetteer().byName(name).length > 0) return spans;
  for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1))
    spans.push({ start: at, end: at + name.length });
  return spans;
}

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
 * other division is a piece of that word, not the unit.
 */
function insideWord(doc: Doc, hit: RawHit, hits: readonly RawHit[]): boolean {
  return (
    hit.surface.length === 2 && !doc.tokens.isBoundary(hit.start) && !hits.some((h) => h.end === hit.start)
  );
}

/**
 * <county>X镇农会, X镇公所: on a traditional page that names a Taiwan county or city, a township the gazetteer knows
 * only on the mainland, supported by no mainland unit the page names, is Taiwan's own (by its name, below the Taiwan
 * unit named last before it, else first): the mainland namesake is another place.
 */
function taiwanTownships(doc: Doc, hits: DivisionHit[]): DivisionHit[] {
  const gaz = gazetteer();
  if (!doc.article.text || !doc.traditional) return hits;
  const taiwan = [...hits.map((h) => h.division), ...doc.page].filter(
    (d) => gaz.isTaiwan(d) && d.level !== 'province',
  );
  if (taiwan.length === 0) return hits;
  const mainland = hits.map((h) => h.division).filter((d) => !gaz.isTaiwan(d));
  return hits.map((hit) => {
    const d = hit.division;
    if (d.level !== 'township' || gaz.isTaiwan(d) || !/[镇乡]$/.test(d.name)) return hit;
    if (mainland.some((m) => m !== d && (gaz.isWithin(d, m) || gaz.isWithin(m, d) || m.parent === d.parent)))
      return hit;
    const before = hits.filter(
      (h) => h.end <= hit.start && gaz.isTaiwan(h.division) && h.division.level !== 'province',
    );
    const county = before[before.length - 1]?.division ?? taiwan[0];
    return county ? { ...hit, division: gaz.taiwanTownship(d.name, county) } : hit;
  });
}

/** Divisions in the text; `blocked` spans (person names: 顾承德 is not 承德) hold no short forms. */
export function findDivisions(doc: Doc, blocked: { start: number; end: number }[] = []): DivisionHit[] {
  const scanned = dropOverlaps(fullHits(doc.text));
  const written = scanned.filter(
    (h) => !conjunctionRead(doc.text, h, scanned) && !insideWord(doc, h, scanned),
  );
  const full = dropOverlaps([
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
  const short = shortHits(doc, [...full, ...page], blocked);
  const prefixes = levelPrefixHits(doc, [...full, ...short]).filter(
    (p) => !blocked.some((b) => p.start < b.end && b.start < p.end),
  );
  const hits = [...full, ...short, ...prefixes].sort((a, b) => a.start - b.start);
  // The page's divisions support the text's readings (云龙 is Xuzhou's 云龙区 on Xuzhou's portal).
  const chosen = choose([...page, ...hits], outletProvince(doc.article.source));
  const result: DivisionHit[] = [];
  const outlet = outletSpans(doc);
  for (const hit of hits) {
    if (outlet.some((o) => hit.start >= o.start && hit.end <= o.end)) continue;
    const division = chosen.get(hit.surface);
    if (division)
      result.push({
        start: hit.start,
        end: hit.end,
        surface: hit.surface,
        short: hit.short,
        ...(hit.prefix ? { prefix: true } : {}),
        division,
      });
  }
  const ours = ourDivisionHits(
    doc,
    result.filter((r) => r.prefix),
    result,
  ).filter((o) => !result.some((r) => o.start < r.end && r.start < o.end));
  return taiwanTownships(
    doc,
    [...result, ...ours].sort((a, b) => a.start - b.start),
  );
}

/**
 * `考察团来我市考察`, `一行来<place>调研`, `莅临`, `到访`, `赴我县`: a headline telling of visitors coming. Not the 来 of
 * `近年来`, `未来`, `以来`, `来自`.
 */
const COMES_HERE =
  /(?<![年未以将原后从向本])来(?:我|本|到|(?=[^，,。：:\s]{1,12}?(?:考察|调研|视察|参观|访问|交流|洽谈|指导)))|莅临|到访|(?:赴|到)我/;

/**
 * The divisions the headline names (`凤岗镇党政代表团赴塘厦镇参观交流` → 凤岗镇), read as the story reads them, a visit's
 * destination and a delegation coming here (`X考察团来我市`) left out: for the story's bare 镇党委 and 镇长 when it
 * names no unit of that level before them.
 */
export function findHeadlineDivisions(doc: Doc, story: readonly DivisionHit[]): Division[] {
  const { text: title } = analysisText(doc.article.title ?? '');
  if (!title) return [];
  const gaz = gazetteer();
  const titleTokens = tokenize(title);
  const scanned = dropOverlaps(fullHits(title));
  // 台南县府…: a two-character name inside a word the segmenter cut is no unit (see insideWord).
  const raw: RawHit[] = scanned.filter(
    (h) => h.surface.length > 2 || titleTokens.isBoundary(h.start) || scanned.some((o) => o.end === h.start),
  );
  for (const surface of gaz.standaloneShortForms())
    for (let at = title.indexOf(surface); at >= 0; at = title.indexOf(surface, at + 1))
      raw.push({
        start: at,
        end: at + surface.length,
        surface,
        short: true,
        options: gaz.byShortName(surface),
      });
  // 杭州市拱墅区考察团来我市考察: who comes here is the visitor; the page is the host's.
  const incoming = COMES_HERE.exec(title);
  const hits = dropOverlaps(raw).filter(
    (h) =>
      !VISITED.test(title.slice(Math.max(0, h.start - 2), h.start)) &&
      !(incoming && h.end <= incoming.index) &&
      // 杭州云帆电子集团: a city's short form leading a company's name is the company's home.
      !(h.short && leadsName(title, h.end)),
  );
  const known = new Map(story.map((h) => [h.division.name, h.division]));
  const told: RawHit[] = story.map((h) => ({ ...h, surface: h.division.name, options: [h.division] }));
  const chosen = choose([...pageHits(doc), ...told, ...hits], outletProvince(doc.article.source));
  const found: Division[] = [];
  for (const hit of hits) {
    const division = hit.options.find((o) => known.get(o.name) === o) ?? chosen.get(hit.surface);
    if (division && !found.includes(division)) found.push(division);
  }
  return found;
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
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      if (found.some((f) => at < f.start + f.name.length && f.start < at + name.length)) continue;
      if (!doc.tokens.isBoundary(at)) continue;
      const place = foreignPlace(name);
      if (place) found.push({ name, kind: place.kind, start: at });
    }
  }
  return found;
}
