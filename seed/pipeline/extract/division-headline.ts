import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { COMES_HERE, VISITED } from '../resolve/away.ts';
import { outletProvince } from '../resolve/outlet-regions.ts';
import {
  choose,
  type DivisionHit,
  dropOverlaps,
  fullHits,
  leadsName,
  type RawHit,
  standaloneShortFormsIn,
} from './division-hits.ts';
import { pageHits } from './division-page.ts';
import type { Doc } from './doc.ts';
import { analysisText } from './script.ts';
import { tokenize } from './tokens.ts';

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
  for (const [surface, starts] of standaloneShortFormsIn(title))
    for (const at of starts)
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
