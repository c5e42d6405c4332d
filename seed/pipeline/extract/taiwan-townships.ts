import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { DivisionHit } from './division-hits.ts';
import type { Doc } from './doc.ts';
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
