/**
 * Link lists of an HTML page: the items under a `相关新闻` / `相关稿件` / `相关阅读` heading and the
 * `上一篇` / `下一篇` links, with their dates and URLs. They become `links` and are removed from the DOM so that
 * they never reach `text`.
 */
import type { ArticleLink } from '../../../contract/annotation/types.ts';
import { findDate, toDay } from './dates.ts';
import { allElements, blockParagraphs, inlineText } from './html-text.ts';
import { isNoLink, parseLinkLine, prevNextLabel, prevNextLabelCount, RELATED_HEADING_RE } from './links.ts';

const MAX_LINK_TEXT = 200;
const MAX_HEADING_TEXT = 60;
const MAX_LIST_TEXT = 3000;

/** `href` made absolute against the page URL; null when that is not possible. */
function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value || /^(?:javascript|mailto):|^#/i.test(value)) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

function dayIn(text: string): string | null {
  const date = findDate(text);
  return date ? toDay(date) : null;
}

function longestAnchor(element: Element): Element | null {
  const anchors: Element[] = [...element.getElementsByTagName('a')].filter((a) => inlineText(a).length > 0);
  if (element.tagName === 'A') anchors.unshift(element);
  return anchors.reduce<Element | null>(
    (best, a) => (best && inlineText(best).length >= inlineText(a).length ? best : a),
    null,
  );
}

function itemLink(item: Element, base: string | null): ArticleLink | null {
  const anchor = longestAnchor(item);
  const text = inlineText(item);
  if (!anchor) {
    const { title, date } = parseLinkLine(text);
    return title ? { title, date, url: null, relation: 'related' } : null;
  }
  const parsed = parseLinkLine(inlineText(anchor));
  if (!parsed.title) return null;
  const date = parsed.date ?? dayIn(text.replace(inlineText(anchor), ''));
  return {
    title: parsed.title,
    date,
    url: resolveUrl(anchor.getAttribute('href'), base),
    relation: 'related',
  };
}

/** Mostly link text (or dated lines), and not long: a list of headlines rather than a block of prose. */
function looksLikeLinkList(el: Element): boolean {
  const text = inlineText(el);
  if (!text || text.length > MAX_LIST_TEXT) return false;
  const anchors = [...el.getElementsByTagName('a')];
  if (anchors.length === 0) return findDate(text) !== undefined;
  const anchorText = anchors.reduce((sum, a) => sum + inlineText(a).length, 0);
  return anchorText >= text.length * 0.4;
}

/** The list that follows a related-news heading: the next link list among the siblings of it or its wrappers. */
function listAfter(heading: Element): Element | null {
  let box: Element | null = heading;
  for (let depth = 0; box && depth < 4; depth++) {
    for (let sibling = box.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (inlineText(sibling)) return looksLikeLinkList(sibling) ? sibling : null;
    }
    box = box.parentElement;
  }
  return null;
}

function relatedLinks(document: Document, base: string | null): ArticleLink[] {
  const links: ArticleLink[] = [];
  const isHeading = (el: Element) =>
    (el.textContent?.length ?? 0) <= MAX_HEADING_TEXT && RELATED_HEADING_RE.test(inlineText(el));
  const headings = allElements(document.body).filter(
    (el) => isHeading(el) && ![...el.children].some(isHeading),
  );
  for (const heading of headings) {
    const list = listAfter(heading);
    if (!list) continue;
    const items = [...list.getElementsByTagName('li')];
    if (items.length > 0) links.push(...items.map((li) => itemLink(li, base)).filter((l) => l !== null));
    else if (list.getElementsByTagName('a').length > 0) {
      links.push(
        ...[...list.getElementsByTagName('a')].map((a) => itemLink(a, base)).filter((l) => l !== null),
      );
    } else {
      for (const line of blockParagraphs(list)) {
        const { title, date } = parseLinkLine(line);
        if (date) links.push({ title, date, url: null, relation: 'related' });
      }
    }
    list.remove();
    heading.remove();
  }
  return links;
}

function prevNextLinks(document: Document, base: string | null): ArticleLink[] {
  const links: ArticleLink[] = [];
  const chosen: Element[] = [];
  for (const el of allElements(document.body)) {
    if ((el.textContent?.length ?? 0) > MAX_LINK_TEXT * 2) continue;
    const text = inlineText(el);
    if (text.length > MAX_LINK_TEXT || prevNextLabelCount(text) !== 1) continue;
    const label = prevNextLabel(text);
    if (!label || chosen.some((c) => c.contains(el))) continue;
    chosen.push(el);
    if (isNoLink(label.value)) continue;
    const anchor = longestAnchor(el);
    const anchorText = anchor ? inlineText(anchor) : '';
    const value = prevNextLabel(anchorText)?.value ?? (anchorText || label.value);
    const { title, date } = parseLinkLine(value);
    if (!title) continue;
    const url = anchor ? resolveUrl(anchor.getAttribute('href'), base) : null;
    links.push({ title, date: date ?? dayIn(text.replace(anchorText, '')), url, relation: label.relation });
  }
  for (const el of chosen) el.remove();
  return links;
}

/** Related and previous/next links of the page, removed from the DOM. */
export function extractLinks(document: Document, base: string | null): ArticleLink[] {
  const prevNext = prevNextLinks(document, base);
  return [...prevNext, ...relatedLinks(document, base)];
}
