import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { RawHit } from './division-hits.ts';
import { FORMER_TAIWAN_COUNTIES } from './lexicon/taiwan-former.ts';

/**
 * 臺南縣市合併: the county and its city named together as what was merged, no place of the story; 高雄縣委員會: a
 * party's county committee, named whole by the names reader.
 */
const NOT_AFTER = /^(?:市|委员会)/;

/**
 * Where the text names a former Taiwan county (FORMER_TAIWAN_COUNTIES): by its own name, as Taiwan's counties are
 * named (place:台中县, org:高雄县议会).
 */
export function formerCountyHits(text: string): RawHit[] {
  const gaz = gazetteer();
  const found: RawHit[] = [];
  for (const name of FORMER_TAIWAN_COUNTIES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      // (原高雄縣轄區: the former county's area, no place of the story)
      if (NOT_AFTER.test(text.slice(end, end + 3)) || text[at - 1] === '原') continue;
      found.push({ start: at, end, surface: name, short: false, options: [gaz.taiwanCounty(name)] });
    }
  }
  return found;
}
