import type { Division } from '../gazetteer/gazetteer.ts';
import type { Anchor } from './anchors.ts';
import type { Doc } from './doc.ts';

/** What follows a division that visitors come from (<city>考察团, <city>代表团一行, <city>党政代表团). */
const VISITORS_AFTER = /^[^，,。；;：:]{0,10}?(?:考察团|代表团|调研组|参访团|访问团|一行)/;

/**
 * The division a page is about, for a zone it names by its kind (not one visitors come from): the city, district or county named last before `at`,
 * else the first named after it, else the page's own (its outlet's or site's); provinces and towns hold no such zone.
 */
export function homeDivision(doc: Doc, anchors: Anchor[], at: number): Division | undefined {
  const fits = (d: Division) => d.level !== 'province' && d.level !== 'township';
  // (<city>考察团一行来到经开区: the visitors' division is not the host's)
  const visitors = (x: Anchor) => VISITORS_AFTER.test(doc.text.slice(x.end, x.end + 16));
  const named = anchors.flatMap((x) =>
    x.source === 'division' && x.division && fits(x.division) && !visitors(x) ? [x] : [],
  );
  const before = named.filter((x) => x.end <= at);
  return (before[before.length - 1] ?? named[0])?.division ?? doc.page.find(fits);
}

/**
 * The zones a body written with a zone's kind alone may be written short for: a bonded zone is only ever a bonded zone
 * (滨海高新区 named, then 保税区党委: another zone); a development zone of any kind may be any zone named (禾湾经济开发区 …
 * 高新区党工委 is not told apart).
 */
const ZONE_FAMILIES: Readonly<Record<string, RegExp>> = {
  保税区: /保税区$/,
};

/**
 * Whether a zone this body's kind (经开区, 保税区) may be written short for is among the places named: a body written with
 * the kind alone (经开区党工委) may then be that zone's, not the page's own zone of the kind.
 */
export function namesZoneOfKind(places: readonly { name: string; kind?: string }[], kind: string): boolean {
  const family = ZONE_FAMILIES[kind];
  return places.some(
    (p) =>
      (p.kind === 'zone' || p.kind === 'park' || p.name.endsWith(kind)) && (!family || family.test(p.name)),
  );
}
