import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';

/**
 * 区十七届人大常委会召开第N次会议 on a district's page: a holder written with a bare level (区, 县 …) is named after
 * the division the article's bare bodies of that level are in (区人大常委会主任… → 长宁区; 新区 → the page's <X>新区).
 */
export function withDivision(doc: Doc, anchors: Anchor[], holder: string): string {
  const bare = /^(?:新区|[省区县市镇乡])(?![省区县市镇乡])/.exec(holder);
  if (!bare) return holder;
  // 新区<N>届<body>… on a page whose bare 区 bodies are a new district's (<X>新区): that district.
  const level = bare[0].slice(-1);
  const division = anchors.find(
    (a) =>
      a.rule === 'body:bare-level' &&
      a.base?.type === 'Place' &&
      a.base.name.endsWith(bare[0]) &&
      (doc.text.startsWith(bare[0], a.start) || doc.text.startsWith(level, a.start)),
  )?.base;
  return division ? `${division.name}${holder.slice(bare[0].length)}` : holder;
}

/** A body of the page's division written with a bare level opening a happening's name (区九届人大常委会…, 县政协…). */
export const BARE_BODY_NAME =
  /^(?:新区|[省区县市镇乡])(?:[一二三四五六七八九十\d]+届)?(?:人大|政协|党委|委|人民代表大会|人民政府|政府|工商联)/;

/** `区九届人大常委会第十二次会议召开`: a happening named after a bare-level body is named with its division. */
export function qualifyBare(doc: Doc, anchors: Anchor[], found: Candidate[], since: number): void {
  for (const c of found.slice(since)) {
    if (BARE_BODY_NAME.test(c.name)) c.name = withDivision(doc, anchors, c.name);
    else if (WHOLE_DIVISION.test(c.name)) c.name = wholeDivision(anchors, c.name);
  }
}

/** 全区, 全县 … opening a happening's name: the whole of the page's division of that level. */
const WHOLE_DIVISION = /^全([区县市镇省])/;
/** The province a division's id is in (place:河南省信阳市罗山县 → 河南省). */
const PROVINCE_OF = /^place:([\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,10}?自治区)/;

/**
 * `召开全区工业经济运行分析调度会` → `<district>工业经济运行分析调度会` (the guide: 全区 is resolved), when the page names
 * one division of that level in full (directly or as its bodies' division); else as written.
 */
function wholeDivision(anchors: Anchor[], name: string): string {
  const level = WHOLE_DIVISION.exec(name)?.[1] ?? '';
  const ids = new Map<string, string>();
  for (const a of anchors) {
    const place = a.source === 'division' && !a.short ? a : a.base?.type === 'Place' ? a.base : undefined;
    if (place?.type !== 'Place') continue;
    // 全省第二期…活动 on a page about a county: the province every division named is in.
    const province = level === '省' ? PROVINCE_OF.exec(place.id)?.[1] : undefined;
    if (province) ids.set(province, province);
    else if (level !== '省' && place.name.endsWith(level) && place.name.length > 2)
      ids.set(place.id, place.name);
  }
  const [division] = [...ids.values()];
  return ids.size === 1 && division ? `${division}${name.slice(2)}` : name;
}
