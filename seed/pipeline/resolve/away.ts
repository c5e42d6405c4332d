import type { Division } from '../gazetteer/gazetteer.ts';

/**
 * Units a story names that are not the home of its bare 市委, 市长, 县政协 (see context.ts): where it goes, where its
 * happening is held, and whose people come to it as guests or are invited. The page's own people are written with the bare level;
 * a unit it travels to or receives guests from is written out.
 */

/** A hit of the resolver: where a division is written (see context.ts, NamedDivision). */
interface Written {
  start?: number;
  end: number;
  division: Division;
  inName?: boolean;
}

/** Written before a visit's destination (赴塘厦镇, 来到卢龙镇): the hosts' division, not the visitors' home. */
export const VISITED = /(?:赴|前往|来到|到|莅临|走进|深入)$/;

/**
 * `考察团来我市考察`, `一行来<place>调研`, `率队来<place>，就…`, `莅临`, `到访`, `赴我县`: visitors coming. Not the 来 of
 * `近年来`, `未来`, `以来`, `来自`.
 */
export const COMES_HERE =
  /(?<![年未以将原后从向本])来(?:我|本|到|(?=[^，,。：:\s]{1,12}?(?:考察|调研|视察|参观|访问|交流|洽谈|指导)))|(?<=率队|率团|带队|一行|代表团|考察团|访问团|调研组|考察组)来(?![自源])|莅临|到访|(?:赴|到)我/;

/** Where a story travels to (赴海宁市, 前往X): not 到, 来到, whose subject is as often the guests coming here. */
const GOES_TO = /(?:赴|前往)$/;
/** A happening held there (在宁波举办, 在青岛…召开). */
const HELD_IN = /^[^，,。；;！？!?\n]{0,20}?(?:举行|举办|召开)/;
/** From a guest's unit to its coming, within one sentence (宜昌市政协考察团…来衢交流; 宜昌市X商会…应邀来访). */
const TO_COMING = /^[^。；;！？!?\n]{0,40}/;

function goneOrHeld(hit: Written, text: string): boolean {
  if (hit.start === undefined || hit.inName) return false;
  const before = text.slice(Math.max(0, hit.start - 2), hit.start);
  if (GOES_TO.test(before)) return true;
  // 邀请<county>的农会参展: a unit invited sends guests.
  if (/邀请?$/.test(before)) return true;
  // 浙江(宁波)数字贸易周: the city in brackets is where it was held.
  if (/[(（]$/.test(before) && /^[)）]/.test(text.slice(hit.end))) return true;
  return /在$/.test(before) && HELD_IN.test(text.slice(hit.end));
}

/**
 * What may stand between the start of a clause and a guest's unit opening it: a day or a time word, 由 (…日,由X率队的).
 */
const OPENS_CLAUSE =
  /(?:^|[，,。；;：:！？!?\n])\s*(?:[0-9]{1,2}月[0-9]{1,2}日(?:[至到—-][0-9]{1,2}月?[0-9]{1,2}日)?(?:上午|下午|晚上)?|近日|日前|昨天|今天|昨日|今日)?[，,]?\s*由?$/;

/**
 * Where the unit's people come to the story as guests: a hit opening its clause, followed in its sentence by their
 * coming with no other unit between (宜昌市政协考察团…来衢交流; 宜昌市X商会…应邀来访); the offset of the coming.
 */
function guestComing(hit: Written, hits: readonly Written[], text: string): number | undefined {
  if (hit.start === undefined || !OPENS_CLAUSE.test(text.slice(Math.max(0, hit.start - 24), hit.start)))
    return undefined;
  const span = TO_COMING.exec(text.slice(hit.end))?.[0] ?? '';
  const coming = COMES_HERE.exec(span);
  if (!coming) return undefined;
  const at = hit.end + coming.index;
  return hits.some((o) => o.division !== hit.division && !o.inName && o.end > hit.end && o.end <= at)
    ? undefined
    : at;
}

/** Per hits array (and its length, should it grow): each guest unit and where its people first come. */
const guestsOf = new WeakMap<readonly Written[], { length: number; units: Map<Division, number> }>();

function guests(hits: readonly Written[], text: string): Map<Division, number> {
  let found = guestsOf.get(hits);
  if (found?.length !== hits.length) {
    const units = new Map<Division, number>();
    for (const h of hits) {
      const at = guestComing(h, hits, text);
      if (at !== undefined && !units.has(h.division)) units.set(h.division, at);
    }
    found = { length: hits.length, units };
    guestsOf.set(hits, found);
  }
  return found.units;
}

/**
 * Whether a hit names a unit that is no home of a bare level written at `at`: gone to, held in, or the guests' once
 * they come (宜昌市委书记A，市委副书记、市长B等一行来衢州市: before the coming, the bare 市 is still theirs).
 */
export function isAway(hit: Written, hits: readonly Written[], text: string, at: number): boolean {
  if (goneOrHeld(hit, text)) return true;
  const coming = guests(hits, text).get(hit.division);
  return coming !== undefined && at >= coming;
}
