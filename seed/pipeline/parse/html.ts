/**
 * HTML pages (already decoded to a string): metadata, heading and info line, link lists and captioned images are
 * taken out of a linkedom DOM first; the body is what @mozilla/readability keeps of the rest, or, when it keeps
 * nothing, the element holding the most paragraph text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { AnnotatedArticle } from '../../../contract/annotation/types.ts';
import { type ArticleFields, buildArticle, emptyFields } from './article.ts';
import { tidyBody } from './body-lines.ts';
import { authorNames, paragraphsByline } from './byline.ts';
import { largestBlock } from './html-fallback.ts';
import { findBylineElement, findHeading, findInfo, TITLE_SOURCES } from './html-head.ts';
import { extractImages } from './html-images.ts';
import { extractLinks } from './html-links.ts';
import { absoluteUrl, EPAPER_RE, readMeta } from './html-meta.ts';
import { blockParagraphs } from './html-text.ts';
import { isChromeLine, isFooterLine } from './scrape-lines.ts';

/**
 * Readability retries with looser rules (re-parsing the page each time) while its result is shorter than this;
 * its default of 500 characters made short news items cost 5× more without changing what was kept.
 */
const CHAR_THRESHOLD = 100;

function readabilityParagraphs(document: Document): { paragraphs: string[]; byline: string | null } {
  try {
    const result = new Readability<Node>(document, {
      serializer: (node) => node,
      charThreshold: CHAR_THRESHOLD,
    }).parse();
    return {
      paragraphs: result?.content ? blockParagraphs(result.content) : [],
      byline: result?.byline ?? null,
    };
  } catch {
    return { paragraphs: [], byline: null };
  }
}

const WORDED_RE = /\p{Script=Han}|[A-Za-z]{3}/u;

/** Everything an HTML page yields; `title` may be null (the caller decides whether that is an error). */
export function extractHtml(html: string, pageUrl: string | null = null): ArticleFields {
  // A fragment (`<p>…</p>` from a JSON record) gets a document around it, as a browser would give it.
  const { document } = parseHTML(
    /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  const meta = readMeta(document);
  const heading = findHeading(document, meta);
  const fields = emptyFields();
  const pageBase = meta.url ?? absoluteUrl(pageUrl);
  fields.links = extractLinks(document, pageBase);
  const base = absoluteUrl(document.getElementsByTagName('base')[0]?.getAttribute('href')) ?? pageBase;
  fields.images = extractImages(document, base);
  const info = findInfo(document, heading.element);
  info?.element.remove();
  // Read, not removed: inside the story's block a byline line is part of its text (`■记者 许 诺 通讯员 方晓彤`).
  const byline = findBylineElement(document, heading.element);
  heading.element?.remove();
  // Readability rewrites the DOM it reads, so the (cheap) fallback is taken first.
  const fallback = largestBlock(document);
  const read = readabilityParagraphs(document);
  const paragraphs = read.paragraphs.length > 0 ? read.paragraphs : fallback;
  const tidy = tidyBody(paragraphs.filter((p) => !isChromeLine(p) && p !== heading.title));
  fields.paragraphs = tidy.paragraphs;
  // Nothing read as a story: the page's lines with words in them, else its headline, rather than refusing text.
  if (fields.paragraphs.length === 0) {
    const worded = [...new Set([...read.paragraphs, ...fallback])].filter((p) => WORDED_RE.test(p));
    const plain = worded.filter((p) => !isChromeLine(p) && !isFooterLine(p));
    if (plain.length > 0) {
      fields.paragraphs = plain;
      fields.warnings.push('no story found: every line is text');
    } else if (heading.title) {
      fields.paragraphs = [heading.title];
      fields.warnings.push('text from the headline');
    } else fields.paragraphs = worded;
  }
  fields.images = [
    ...fields.images,
    ...tidy.images.filter((i) => !fields.images.some((f) => f.caption === i.caption)),
  ];
  fields.footerTitle = tidy.footerTitle;
  fields.title = heading.title;
  const tail = tidy.info.find((i) => i.publishedAt);
  fields.publishedAt = info?.info.publishedAt ?? meta.publishedAt ?? tail?.publishedAt ?? null;
  if (
    info?.info.publishedAt?.endsWith('T00:00:00+08:00') &&
    meta.publishedAt?.startsWith(info.info.publishedAt.slice(0, 10))
  ) {
    fields.publishedAt = meta.publishedAt;
  }
  const source =
    info?.info.source ??
    meta.source ??
    tidy.info.find((i) => i.source)?.source ??
    meta.siteName ??
    heading.site;
  // An e-paper names the paper: 绍兴日报数字报 → 绍兴日报.
  fields.source = source ? (EPAPER_RE.exec(source)?.[1] ?? source) : null;
  fields.site = meta.siteName ?? heading.site;
  fields.reporters = [
    ...paragraphsByline(fields.paragraphs),
    ...(info?.info.reporters ?? []),
    ...(byline?.reporters ?? []),
    ...meta.authors,
    ...authorNames(read.byline ?? ''),
    ...tidy.reporters,
  ];
  fields.url = meta.url ?? tidy.footerUrl;
  fields.language = meta.language ?? 'zh';
  return fields;
}

export function parseHtml(html: string, name: string): AnnotatedArticle {
  return buildArticle(extractHtml(html), name, `the main text of the page; title from ${TITLE_SOURCES}`);
}
