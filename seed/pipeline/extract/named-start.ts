import type { Doc } from './doc.ts';
import type { NameSuffix } from './lexicon/suffixes.ts';
import { dropRolePrefix, isGenericHead } from './named-heads.ts';
import { scanLeft } from './named-scan.ts';
import type { ScanLimits } from './named-span.ts';
import { plainWords } from './named-words.ts';

/**
 * Where a name whose ending `suffix` starts at `s` starts: the walk left (./named-scan.ts), then what reaches further
 * back (a foreign city, a developer before a middle dot, the division a venue is named by) and what in front is no
 * part of it (a role noun, 我区's level). Undefined when no name is there. See ./named.ts.
 */

/** Buildings a two-character ending names (大厦, 宾馆), which a division's name alone may name. */
const BUILDING = /^(?:大厦|宾馆|酒店|饭店|大楼)$/;

export interface NameStart {
  start: number;
  /** A venue named by its division alone (江山市图书馆, 湖南大厦). */
  venueOfDivision: boolean;
}

export function nameStart(
  doc: Doc,
  s: number,
  suffix: NameSuffix,
  limits: ScanLimits,
): NameStart | undefined {
  const { text } = doc;
  // 中共北京市丰台区委员会: a division's party committee written in full is read as its body (./bodies.ts).
  if (suffix.suffix === '委员会' && limits.divisionEnds.has(s)) return undefined;
  // 金湾区第四届人民代表大会常务委员会: a division's standing committee, read as its body (./bodies.ts).
  if (suffix.suffix === '委员会' && text.endsWith('人民代表大会常务', s)) return undefined;
  let start = scanLeft(doc, s, suffix, limits);
  // 江城东湖慕尼黑国际酒店: a venue or park named by a place or brand, a foreign city and generic words reaches back
  // over the city (a foreign place ends the walk otherwise); with the city first (慕尼黑国际会议中心) the city stays a
  // place of its own, where the venue is.
  const foreignStart = limits.foreignStartByEnd?.get(start);
  if (suffix.type === 'Place' && foreignStart !== undefined && isGenericHead(text.slice(start, s))) {
    const back = scanLeft(doc, foreignStart, suffix, limits);
    if (back < foreignStart) start = back;
  }
  // 越南林业大学, 北欧青禾林业促进会: a body (not a firm) named by a foreign place and everyday
  // words or places is named with the place (the walk stops at a foreign place otherwise); an association after its
  // country, whatever its words (澳大利亚<origin>总商会: overseas chambers and societies are named by the country).
  if (
    suffix.type === 'Organization' &&
    suffix.kind !== 'company' &&
    foreignStart !== undefined &&
    start < s &&
    (suffix.kind === 'association' || plainWords(doc, start, s))
  )
    start = foreignStart;
  // 禾盛置业·青溪创业园: a park or zone written after its developer's or area's name and a middle dot is named whole.
  if ((suffix.kind === 'park' || suffix.kind === 'zone') && text[start - 1] === '·' && start < s) {
    const back = scanLeft(doc, start - 1, suffix, limits);
    if (back >= 0 && start - 1 - back >= 2) start = back;
  }
  // 江山市图书馆, 上海博物馆: a venue named by its division alone.
  const byDivision = limits.divisionStartByEnd.get(s);
  // (湖南大厦, 漳州宾馆: a building named by its division alone, the division written short.)
  const venueOfDivision =
    start === s &&
    suffix.kind === 'venue' &&
    (suffix.suffix.length >= 3 || BUILDING.test(suffix.suffix)) &&
    byDivision !== undefined;
  if (venueOfDivision) start = byDivision;
  if (start < 0 || start >= s) return undefined;
  start = dropRolePrefix(text, start, s);
  // <county>禾東地區農會: a region's farmers' association is named by the region's own words, as a township's is by the
  // township (./bodies.ts); the county in front is where it is, one id however the page writes it.
  if (/^地区[农渔]会$/.test(suffix.suffix))
    for (const [end, begin] of limits.divisionStartByEnd) if (begin === start && end <= s - 2) start = end;
  // 深入我区襄阳恒川实业有限公司: the level of `我区` is no part of the name after it.
  if (/[我本该]/.test(text[start - 1] ?? '') && /[区市县镇乡]/.test(text[start] ?? '') && s - start >= 3)
    start += 1;
  return { start, venueOfDivision };
}
