/**
 * The visible head of an HTML article: the heading (`<h1>`, else `og:title`, JSON-LD `headline`, `<title>` without
 * its site suffix) and the info line near it (`2023-04-24 15:02 来源:新民晚报 作者:…`).
 */

import { bylineReporters } from './byline.ts';
import { type HtmlMeta, splitSiteSuffix } from './html-meta.ts';
import { allElements, inlineText } from './html-text.ts';
import { type InfoLine, isInfoText, readInfoLine } from './info-line.ts';
import { prevNextLabel } from './links.ts';

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
  const site = fromTitle?.site ?? fromOg?.site ?? null;
  const h1s = [...document.getElementsByTagName('h1')].filter((h1) => inlineText(h1).length > 0);
  const known = [fromOg?.title, meta.headline, fromTitle?.title].filter((t): t is string => Boolean(t));
  const matching = h1s.find((h1) => {
    const text = normalise(inlineText(h1));
    return known.some((title) => normalise(title).includes(text) || text.includes(normalise(title)));
  });
  const longest = h1s.reduce<Element | null>(
    (best, h1) => (best && inlineText(best).length >= inlineText(h1).length ? best : h1),
    null,
  );
  const element = matching ?? longest;
  if (element) return { title: inlineText(element), element, site };
  return { title: known[0] ?? null, element: null, site };
}

const SCAN_AFTER = 80;
const SCAN_BEFORE = 20;
const MAX_INFO_LENGTH = 160;

function isInfoElement(element: Element): boolean {
  const text = inlineText(element);
  return text.length > 0 && !prevNextLabel(text) && isInfoText(text, MAX_INFO_LENGTH);
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
  const element = [...after, ...before].find((el) => !(heading && el.contains(heading)) && isInfoElement(el));
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
