import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';

/**
 * Which division a bare level word means (区委组织部 → 普陀区委组织部, 镇党委 → 桃浦镇党委, 区科委 in an article
 * that names only 桃浦镇 → 普陀区科委): the nearest division of that level named before it, else the first one
 * named anywhere, else the nearest enclosing unit of that level of a division the article names (the gazetteer
 * knows 桃浦镇 is in 普陀区), else the division the page itself names in its source or site.
 */

/** A division the article names, ending at `end` (the extractor's division hits are such). */
export interface NamedDivision {
  end: number;
  division: Division;
}

function hasLevel(division: Division, level: string): boolean {
  if (level === '区') return division.level === 'area' && division.name.endsWith('区');
  // Taiwan's counties (苗栗县) stand at the level of its cities.
  if (level === '县')
    return (division.level === 'area' || division.kind === 'county') && /县|旗$/.test(division.name);
  if (level === '市') return division.name.endsWith('市');
  if (level === '省') return division.level === 'province' && !division.name.endsWith('市');
  if (level === '自治区') return division.level === 'province' && division.name.endsWith('自治区');
  if (level === '镇') return division.level === 'township' && division.name.endsWith('镇');
  if (level === '乡') return division.level === 'township' && division.name.endsWith('乡');
  if (level === '街道') return division.level === 'township' && division.name.endsWith('街道');
  return false;
}

export function divisionForLevel(
  hits: readonly NamedDivision[],
  level: string,
  at: number,
  page: readonly Division[] = [],
): Division | undefined {
  const gazetteerUnits = gazetteer();
  const all = hits.filter((h) => hasLevel(h.division, level));
  // 站前区 inside 城际铁路站前区开发 beside 宝坻区人民政府 … 天津: a unit named once, with nothing around it, gives way to
  // one the text places (its city or province named too).
  const placed = (h: NamedDivision) =>
    hits.some(
      (o) =>
        gazetteerUnits.isWithin(h.division, o.division) || gazetteerUnits.isWithin(o.division, h.division),
    );
  const once = (h: NamedDivision) => all.filter((o) => o.division === h.division).length === 1;
  const named = all.some(placed) ? all.filter((h) => placed(h) || !once(h)) : all;
  const before = named.filter((h) => h.end <= at);
  const nearest = before[before.length - 1] ?? named[0];
  if (nearest) return nearest.division;
  const gaz = gazetteer();
  const ordered = [...hits.filter((h) => h.end <= at).reverse(), ...hits.filter((h) => h.end > at)];
  for (const hit of ordered) {
    const enclosing = gaz.ancestors(hit.division).find((d) => hasLevel(d, level));
    if (enclosing) return enclosing;
  }
  // Last, the page's own division (a portal's 区委 with no 区 named in the story).
  for (const division of page) {
    if (hasLevel(division, level)) return division;
    const enclosing = gaz.ancestors(division).find((d) => hasLevel(d, level));
    if (enclosing) return enclosing;
  }
  return undefined;
}

/** The division a division-level title (区长, 镇长, 市长 …) without an organisation refers to. */
export function divisionForTitle(
  hits: readonly NamedDivision[],
  title: string,
  at: number,
  page: readonly Division[] = [],
): Division | undefined {
  const level = /([区县市省镇乡])长$/.exec(title)?.[1];
  return level ? divisionForLevel(hits, level, at, page) : undefined;
}
