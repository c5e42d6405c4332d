/**
 * The visible head of an HTML article: the heading (`<h1>`, else `og:title`, JSON-LD `headline`, `<title>` without
 * its site suffix) and the info line near it (`2023-04-24 15:02 来源:新民晚报 作者:…`).
 */

import { bylineReporters } from './byline.ts';
import { type HtmlMeta, splitSiteSuffix } from './html-meta.ts';
import { allElements, inlineText } from './html-text.ts';
import { type InfoLine, isInfoText, readInfoLine } from './info-line.ts';
import { prevNextLabel } from './links.ts';
import { zh } from './zh-variants.ts';

export const TITLE_SOURCES = '<h1>, og:title, <title>';

export interface HtmlHeading {
  title: string | null;
  element: Element | null;
  /** The site named by the `<title>` or `og:title` suffix (`… - 新民网` → 新民网). */
  site: string | null;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '');
}

export function findHeading(document: Document, meta: HtmlMeta): HtmlHeading {
  const siteNames = [meta.siteName, meta.source];
  const fromTitle = meta.documentTitle ? splitSiteSuffix(meta.documentTitle, siteNames) : null;
  const fromOg = meta.ogTitle ? splitSiteSuffix(meta.ogTitle, siteNames) : null;
  const bare = fromTitle?.title && SITE_NAME_RE.test(fromTitle.title) ? fromTitle.title : null;
  const site = fromTitle?.site ?? fromOg?.site ?? bare;
  // Founder e-papers mark the headline `<founder-title>`; a logo `<h1>某某区人民政府</h1>` is no headline.
  const h1s = [
    ...document.getElementsByTagName('h1'),
    ...document.getElementsByTagName('founder-title'),
  ].filter((h1) => inlineText(h1).length > 0 && !SITE_NAME_RE.test(inlineText(h1)));
  const known = [fromOg?.title, meta.headline, fromTitle?.title].filter(
    (t): t is string => Boolean(t) && !SITE_NAME_RE.test(t ?? ''),
  );
  const matching = h1s.find((h1) => {
    const text = normalise(inlineText(h1));
    return known.some((title) => normalise(title).includes(text) || text.includes(normalise(title)));
  });
  const longest = h1s.reduce<Element | null>(
    (best, h1) => (best && inlineText(best).length >= inlineText(h1).length ? best : h1),
    null,
  );
  const element = matching ?? visibleHeading(document, known) ?? longest;
  if (element) return { title: inlineText(element), element, site };
  return { title: known[0] ?? null, element: null, site };
}

/** `某某区人民政府`, `某某新闻网`, `某某日报数字报`: the name of a site, never a headline. */
const SITE_NAME_RE = zh(
  /^\p{Script=Han}{2,16}(?:人民政府|政府网|政府网站|门户网站|网站|新闻网|网|日报|晚报|数字报|电子报|电子版|融媒体中心)$/u,
);

function pairs(text: string): string[] {
  const han = normalise(text);
  return [...han].slice(1).map((ch, i) => `${han[i]}${ch}`);
}

const MAX_HEADING_LENGTH = 80;

/**
 * No `<h1>`: the page prints its headline in a `<div class="title">` or `<td class="bt"><strong>`. The innermost
 * short element without a story sentence that holds most of the words of the `<title>`/`og:title`/ArticleTitle
 * (`区长调研重点项目` in `<title>`, `区长柏青调研重点项目建设` on the page).
 */
function visibleHeading(document: Document, known: string[]): Element | null {
  const wanted = known.map(pairs).filter((p) => p.length >= 3);
  if (wanted.length === 0) return null;
  let best: { element: Element; share: number; length: number } | null = null;
  for (const element of allElements(document.body ?? document.documentElement)) {
    const text = inlineText(element);
    if (text.length < 4 || text.length > MAX_HEADING_LENGTH || /[。！？]/u.test(text)) continue;
    const own = new Set(pairs(text));
    const share = Math.max(...wanted.map((p) => p.filter((pair) => own.has(pair)).length / p.length));
    if (share < 0.6) continue;
    // The best share, then the shortest text (the innermost of the elements holding it).
    if (!best || share > best.share || (share === best.share && text.length < best.length))
      best = { element, share, length: text.length };
  }
  return best?.element ?? null;
}

const SCAN_AFTER = 80;
const SCAN_BEFORE = 20;
const MAX_INFO_LENGTH = 160;

function isInfoElement(element: Element): boolean {
  const text = inlineText(element);
  // A block that holds a story sentence (a layout table or the page's main column) is no info line, however short.
  return (
    text.length > 0 && !/[。！？]/u.test(text) && !prevNextLabel(text) && isInfoText(text, MAX_INFO_LENGTH)
  );
}

/** The innermost element holding the same info line: `<td class="xx">` rather than the row around it. */
function innermostInfo(element: Element): Element {
  const text = inlineText(element);
  const child = [...element.children].find((c) => inlineText(c) === text);
  return child ? innermostInfo(child) : element;
}

/**
 * The first short element after the heading (or, failing that, just before it; or from the top of the page
 * when there is no heading) whose text is an info line. The caller removes it from the body.
 */
export function findInfo(
  document: Document,
  heading: Element | null,
): { element: Element; info: InfoLine } | null {
  const all = allElements(document.body ?? document.documentElement);
  const at = heading ? all.indexOf(heading) : -1;
  const after = all.slice(at + 1, at + 1 + SCAN_AFTER);
  const before = at > 0 ? all.slice(Math.max(0, at - SCAN_BEFORE), at).reverse() : [];
  const found = [...after, ...before].find((el) => !(heading && el.contains(heading)) && isInfoElement(el));
  const element = found ? innermostInfo(found) : undefined;
  return element ? { element, info: readInfoLine(inlineText(element)) } : null;
}

const BYLINE_SCAN = 12;
const MAX_BYLINE_LENGTH = 30;

/**
 * An e-paper's byline in an element of its own near the heading (`<div class="zz">本报记者　谭沐阳</div>`): a short
 * element that is nothing but a byline.
 */
export function findBylineElement(
  document: Document,
  heading: Element | null,
): { element: Element; reporters: string[] } | null {
  const all = allElements(document.body ?? document.documentElement);
  // No heading element (`<div class="bt">`): from the top of the page, until the story begins.
  const at = heading ? all.indexOf(heading) : -1;
  for (const element of all.slice(at + 1, at + 1 + BYLINE_SCAN)) {
    const text = inlineText(element);
    if (element.children.length > 0 || !text) continue;
    // The story has begun: a byline closing it (`（成都日报记者 A 实习生 B）`) stays with it.
    if (text.length > MAX_BYLINE_LENGTH) break;
    const reporters = bylineReporters(text);
    const rest = reporters.reduce((left, name) => left.replace(name, ''), text);
    if (reporters.length > 0 && !/[，。,]/u.test(rest)) return { element, reporters };
  }
  return null;
}
