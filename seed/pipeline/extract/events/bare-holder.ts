import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';

/**
 * 区十七届人大常委会召开第N次会议 on a district's page: a holder written with a bare level (区, 县 …) is named after
 * the division the article's bare bodies of that level are in (区人大常委会主任… → 长宁区).
 */
export function withDivision(doc: Doc, anchors: Anchor[], holder: string): string {
  const bare = /^[区县市镇乡](?![区县市镇乡])/.exec(holder);
  if (!bare) return holder;
  const division = anchors.find(
    (a) =>
      a.rule === 'body:bare-level' &&
      a.base?.type === 'Place' &&
      a.base.name.endsWith(bare[0]) &&
      doc.text.startsWith(bare[0], a.start),
  )?.base;
  return division ? `${division.name}${holder.slice(1)}` : holder;
}

/** A body of the page's division written with a bare level opening a happening's name (区九届人大常委会…, 县政协…). */
const BARE_BODY_NAME =
  /^[区县市镇乡](?:[一二三四五六七八九十\d]+届)?(?:人大|政协|党委|委|人民代表大会|人民政府|政府)/;

/** `区九届人大常委会第十二次会议召开`: a happening named after a bare-level body is named with its division. */
export function qualifyBare(doc: Doc, anchors: Anchor[], found: Candidate[], since: number): void {
  for (const c of found.slice(since))
    if (BARE_BODY_NAME.test(c.name)) c.name = withDivision(doc, anchors, c.name);
}
