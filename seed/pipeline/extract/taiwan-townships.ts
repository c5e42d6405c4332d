import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { DivisionHit } from './division-hits.ts';
import type { Doc } from './doc.ts';
import { TAIWAN_DISTRICTS } from './lexicon/taiwan-districts.ts';
import { taiwanPage } from './taiwan-units.ts';

/**
 * <county>X镇农会, X镇公所: on a Taiwan page (taiwanPage: a traditional page naming a Taiwan-governed county or city), a township the gazetteer knows
 * only on the mainland, supported by no mainland unit the page names, is Taiwan's own (by its name, below the Taiwan
 * unit named last before it, else first): the mainland namesake is another place.
 */
export function taiwanTownships(doc: Doc, hits: DivisionHit[]): DivisionHit[] {
  const gaz = gazetteer();
  if (!doc.article.text || !taiwanPage(doc, hits)) return hits;
  const taiwan = [...hits.map((h) => h.division), ...doc.page].filter(
    (d) => gaz.isTaiwanAdministered(d) && d.level !== 'province',
  );
  if (taiwan.length === 0) return hits;
  const mainland = hits.map((h) => h.division).filter((d) => !gaz.isTaiwanAdministered(d));
  return hits.map((hit) => {
    const d = hit.division;
    if (d.level !== 'township' || gaz.isTaiwanAdministered(d) || !/[镇乡]$/.test(d.name)) return hit;
    if (mainland.some((m) => m !== d && (gaz.isWithin(d, m) || gaz.isWithin(m, d) || m.parent === d.parent)))
      return hit;
    const before = hits.filter(
      (h) => h.end <= hit.start && gaz.isTaiwanAdministered(h.division) && h.division.level !== 'province',
    );
    const county = before[before.length - 1]?.division ?? taiwan[0];
    return county ? { ...hit, division: gaz.taiwanTownship(d.name, county) } : hit;
  });
}

/** What turns a district's name into another word (中和區域, 大同區間): no district there. */
const WORD_AFTER = /^[域块间别分隔划]/;

/**
 * <municipality>土城區, 前往龜山區: on a Taiwan page, a district of a Taiwan city the page names (lexicon/taiwan-districts.ts)
 * is that city's, by its own name; a mainland district of the same name (中山区) read there is Taiwan's unless the page
 * names a mainland unit it is in or beside.
 */
/**
 * 廣東山區 (广东 + 山区), 文化復興區: a district's name that starts inside another word (a division's short form or a
 * word of the segmenter running across its first character) is no mention of it.
 */
function endsAnotherWord(doc: Doc, at: number): boolean {
  if (at === 0) return false;
  if (!doc.tokens.isBoundary(at)) return true;
  const gaz = gazetteer();
  const pair = doc.text.slice(at - 1, at + 1);
  return gaz.byShortName(pair).some((d) => gaz.isStandaloneShortForm(pair, d));
}

export function taiwanDistricts(doc: Doc, hits: DivisionHit[]): DivisionHit[] {
  const gaz = gazetteer();
  if (!doc.article.text || !taiwanPage(doc, hits)) return hits;
  const cities = [...new Set([...hits.map((h) => h.division), ...doc.page])].filter(
    (d) => gaz.isTaiwan(d) && TAIWAN_DISTRICTS.has(d.name),
  );
  if (cities.length === 0) return hits;
  const mainland = hits.map((h) => h.division).filter((d) => !gaz.isTaiwanAdministered(d));
  const supported = (d: (typeof mainland)[number]) =>
    mainland.some((m) => m !== d && (gaz.isWithin(d, m) || gaz.isWithin(m, d) || m.parent === d.parent));
  const kept = hits.filter((h) => {
    const city = cities.find((c) => TAIWAN_DISTRICTS.get(c.name)?.includes(h.surface));
    return !city || gaz.isTaiwan(h.division) || supported(h.division);
  });
  const found: DivisionHit[] = [];
  for (const city of cities)
    for (const name of TAIWAN_DISTRICTS.get(city.name) ?? [])
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (WORD_AFTER.test(doc.text.slice(end, end + 1)) || endsAnotherWord(doc, at)) continue;
        if ([...kept, ...found].some((h) => at < h.end && h.start < end)) continue;
        found.push({
          start: at,
          end,
          surface: name,
          short: false,
          division: gaz.taiwanTownship(name, city),
          rule: 'division:taiwan-district',
        });
      }
  return found.length === 0 && kept.length === hits.length
    ? hits
    : [...kept, ...found].sort((a, b) => a.start - b.start);
}
