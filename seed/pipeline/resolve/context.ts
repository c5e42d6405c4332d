import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { isAway, VISITED } from './away.ts';

/**
 * Which division a bare level word means (区委组织部 → 普陀区委组织部, 镇党委 → 桃浦镇党委, 区科委 in an article
 * that names only 桃浦镇 → 普陀区科委): the nearest division of that level named before it; else the unit of that
 * level around a division named before it, the headline's, or the one named after it that is no visit's destination
 * and is named most; else the nearest enclosing unit of that level of a division the article names (the gazetteer knows
 * 桃浦镇 is in 普陀区), else the headline's or the division the page itself names in its source or site. A division
 * written inside an organisation's name (杭州云帆电子集团) counts only when no other of its level is named.
 */

/** A division the article names, ending at `end` (the extractor's division hits are such). */
export interface NamedDivision {
  start?: number;
  end: number;
  division: Division;
  /** Written inside an organisation's name (杭州 of 杭州云帆电子集团): the organisation's home, not the story's place. */
  inName?: boolean;
}

/** What may stand right before a division that opens a clause: the start, punctuation or a line break. */
const OPENS_CLAUSE = /^$|[，,。；;：:！？!?\n\s]$/;

function hasLevel(division: Division, level: string): boolean {
  if (level === '区') return division.level === 'area' && division.name.endsWith('区');
  // Taiwan's counties (苗栗县) stand at the level of its cities.
  if (level === '县')
    return (division.level === 'area' || division.kind === 'county') && /县|旗$/.test(division.name);
  if (level === '市') return division.name.endsWith('市');
  // A bare 省委, 省政府, 省台办 is a mainland province's: Taiwan, a province in the gazetteer, holds no such body, and
  // nor do Hong Kong and Macau (their own level in the gazetteer: 省长X … 香港X促进会 is the province's head).
  if (level === '省')
    return (
      division.level === 'province' &&
      !division.name.endsWith('市') &&
      !gazetteer().isTaiwan(division) &&
      !/^8[12]/.test(division.code)
    );
  if (level === '自治区') return division.level === 'province' && division.name.endsWith('自治区');
  if (level === '镇') return division.level === 'township' && division.name.endsWith('镇');
  if (level === '乡') return division.level === 'township' && division.name.endsWith('乡');
  if (level === '街道') return division.level === 'township' && division.name.endsWith('街道');
  if (level === '苏木') return division.level === 'township' && division.name.endsWith('苏木');
  // Inner Mongolia's banners (旗委, 旗长) and leagues (盟委, 盟长).
  if (level === '旗')
    return (division.level === 'area' || division.kind === 'county') && division.name.endsWith('旗');
  if (level === '盟') return division.name.endsWith('盟') && division.level !== 'area';
  // An autonomous prefecture's bodies and heads (州委, 州长, 我州).
  if (level === '州') return division.level === 'city' && division.name.endsWith('自治州');
  return false;
}

/** What the page says besides the story's divisions: its source's and site's divisions, its headline's, its text. */
export interface PageContext {
  page: readonly Division[];
  headline?: readonly Division[];
  text?: string;
}

interface LevelHits {
  /** The hits outside organisations' names. */
  own: NamedDivision[];
  /** The hits of the level that count, in text order. */
  named: NamedDivision[];
  /** Every hit of the level, those a placed unit outweighs too (a guest's home named once beats its guests). */
  every: NamedDivision[];
}

/** Per hits array (and its length, should it grow) and level: the same for every body anchor of a page. */
const levelHitsCache = new WeakMap<
  readonly NamedDivision[],
  { length: number; byLevel: Map<string, LevelHits> }
>();

function levelHits(hits: readonly NamedDivision[], level: string, text: string): LevelHits {
  let cached = levelHitsCache.get(hits);
  if (cached?.length !== hits.length) {
    cached = { length: hits.length, byLevel: new Map() };
    levelHitsCache.set(hits, cached);
  }
  const known = cached.byLevel.get(level);
  if (known) return known;
  const gaz = gazetteer();
  // 杭州云帆电子集团 … 衢州: a division inside an organisation's name counts only when the text names no other.
  const own = hits.filter((h) => !h.inName);
  // <home>省<origin>商会 (湖北省福建商会): inside a name, a division right after another it is not in is where the
  // members come from, no place of the story's (a bare 省委 after it is still the home province's).
  const origin = (h: NamedDivision) =>
    h.inName === true &&
    hits.some(
      (o) =>
        o.inName &&
        o.end === h.start &&
        !gaz.isWithin(h.division, o.division) &&
        !gaz.isWithin(o.division, h.division),
    );
  const inNames = hits.filter((h) => !origin(h));
  const story = own.some((h) => hasLevel(h.division, level)) ? own : inNames;
  const all = story.filter((h) => hasLevel(h.division, level));
  // 站前区 inside 城际铁路站前区开发 beside 宝坻区人民政府 … 天津: a unit named once, with nothing around it, gives way to
  // one the text places (its city or province named too).
  const divisions = [...new Set(hits.map((h) => h.division))];
  // (宜昌市召开会议: a division opening a clause is placed by the text as much as by a unit around it.)
  const placed = (h: NamedDivision) =>
    divisions.some((d) => gaz.isWithin(h.division, d) || gaz.isWithin(d, h.division)) ||
    (h.start !== undefined &&
      h.end - h.start >= 3 &&
      OPENS_CLAUSE.test(text.slice(Math.max(0, h.start - 1), h.start)));
  const counts = new Map<Division, number>();
  for (const h of all) counts.set(h.division, (counts.get(h.division) ?? 0) + 1);
  const once = (h: NamedDivision) => counts.get(h.division) === 1;
  const named = all.some(placed) ? all.filter((h) => placed(h) || !once(h)) : all;
  const found = { own, named, every: all };
  cached.byLevel.set(level, found);
  return found;
}

export function divisionForLevel(
  hits: readonly NamedDivision[],
  level: string,
  at: number,
  { page, headline = [], text = '' }: PageContext = { page: [] },
): Division | undefined {
  const { own, named: all, every } = levelHits(hits, level, text);
  // <home city>与<municipality><district>签署…，市委书记X: a city written only in front of its district is the guest's;
  // a bare 市 is the one the text names on its own.
  const prefixOnly = (h: NamedDivision) =>
    hits.some((o) => o.start === h.end && gazetteer().isWithin(o.division, h.division));
  const alone = level === '市' || level === '省' ? all.filter((h) => !prefixOnly(h)) : all;
  const named = alone.length > 0 && alone.length < all.length ? alone : all;
  const away = (h: NamedDivision) => isAway(h, hits, text, at);
  // 赴江山市…，市政协秘书长X; 衢州市推介专场在宁波举办，市长X; 宜昌市政协…来衢…市委书记X: a unit the story goes
  // to, holds its happening in or receives guests from is no home of the bare level while another is at hand.
  const home = named.filter((h) => !away(h));
  const before = home.filter((h) => h.end <= at);
  const nearest = before[before.length - 1];
  if (nearest) return nearest.division;
  if (named.length > 0) {
    // Nothing of the level named before: the unit of that level around a division named before (道里区 … 市商务局
    // → 哈尔滨市), then the headline's, then the one named after that the story does not visit (赴塘厦镇) and names most,
    // then the unit around a division named after; only then a unit it goes to.
    const aroundBefore = firstEnclosing(own.filter((h) => h.end <= at).reverse(), level);
    if (aroundBefore) return aroundBefore;
    // 市政协主席X到<town>调研: a township written bare (no unit before it) lies in the unit of the bare level, the
    // leader's own, even where the story goes to it.
    const bareTownships = own.filter(
      (h) => h.division.level === 'township' && !own.some((o) => o.end === h.start),
    );
    const aroundTownship = firstEnclosing(bareTownships, level);
    if (aroundTownship) return aroundTownship;
    const fromHeadline = ofLevel(headline, level);
    if (fromHeadline) return fromHeadline;
    const visited = new Set(
      named
        .filter((h) => h.start !== undefined && VISITED.test(text.slice(Math.max(0, h.start - 2), h.start)))
        .map((h) => h.division),
    );
    // (市委书记X…在<city A>与…座谈，…<city B>的…，…<city B>…: of those, the one the story names most, the first on a tie.)
    const pool = home.filter((h) => !visited.has(h.division));
    const aroundAfter =
      pool.length === 0
        ? firstEnclosing(
            own.filter((h) => h.end > at && !away(h)),
            level,
          )
        : undefined;
    if (aroundAfter) return aroundAfter;
    const elsewhere = every.filter((h) => !away(h));
    const chosen = pool.length > 0 ? pool : home.length > 0 ? home : elsewhere.length > 0 ? elsewhere : named;
    const times = new Map<Division, number>();
    for (const h of chosen) times.set(h.division, (times.get(h.division) ?? 0) + 1);
    let most = chosen[0]?.division;
    for (const h of chosen)
      if ((times.get(h.division) ?? 0) > (most ? (times.get(most) ?? 0) : 0)) most = h.division;
    return most;
  }
  const ordered = [...hits.filter((h) => h.end <= at).reverse(), ...hits.filter((h) => h.end > at)];
  const around = firstEnclosing(ordered, level);
  if (around) return around;
  // Last, the headline's and the page's own division (a portal's 区委 with no 区 named in the story).
  return ofLevel(headline, level) ?? ofLevel(page, level);
}

/** The unit of this level around a division (its county, its city …). */
function enclosingUnit(division: Division, level: string): Division | undefined {
  return gazetteer()
    .ancestors(division)
    .find((d) => hasLevel(d, level));
}

/** The unit of this level around the first of `hits` that has one. */
function firstEnclosing(hits: readonly NamedDivision[], level: string): Division | undefined {
  for (const hit of hits) {
    const enclosing = enclosingUnit(hit.division, level);
    if (enclosing) return enclosing;
  }
  return undefined;
}

/** The first of `divisions` of this level, or the unit of this level around it. */
function ofLevel(divisions: readonly Division[], level: string): Division | undefined {
  for (const division of divisions) {
    if (hasLevel(division, level)) return division;
    const enclosing = enclosingUnit(division, level);
    if (enclosing) return enclosing;
  }
  return undefined;
}

/** The division a division-level title (区长, 镇长, 市长 …) without an organisation refers to. */
export function divisionForTitle(
  hits: readonly NamedDivision[],
  title: string,
  at: number,
  context: PageContext = { page: [] },
): Division | undefined {
  // 行政长官X带领<region>特区政府考察团: a special region's head is the head of the region named in the same clause
  // right after the title (maybe inside its government's name), else of the one named last before it, else after.
  if (/^(?:署理)?行政长官$/.test(title)) {
    const text = context.text ?? '';
    const next = /^[^,，。；;！？!?\n]{0,12}?(香港|澳门)/.exec(text.slice(at))?.[1];
    const before = [...text.slice(0, at).matchAll(/香港|澳门/g)].pop()?.[0];
    const later = /香港|澳门/.exec(text.slice(at))?.[0];
    const region = next ?? before ?? later;
    if (!region) return undefined;
    const special = (d: Division) => d.name.startsWith(region) && /^8[12]/.test(d.code);
    return hits.find((h) => special(h.division))?.division ?? gazetteer().byShortName(region).find(special);
  }
  const level = /([区县市省镇乡旗盟州])长$/.exec(title)?.[1];
  return level ? divisionForLevel(hits, level, at, context) : undefined;
}
