/**
 * Plain-text page scrapes (see seed/articles/000_e788ae00edbc24f8.txt): site header lines, the headline, an info
 * line (`2023-04-24 15:02 来源:新民晚报 次阅读`), the repeated headline, body paragraphs with image file lines and
 * `图说:` captions, then `点赞()`, `上一条:`/`下一条:` links, a `相关稿件` list and a footer of partner names.
 * Line-based, no DOM. Lines before the headline are dropped, except that the first name there ending like a site
 * (网/网站/平台/门户/在线/人民政府, e.g. `中国企业信息交流平台`, `杭州网 | 首页 | …`) becomes `site`.
 */
import type { AnnotatedArticle, ArticleImage, ArticleLink } from '../../../contract/annotation/types.ts';
import { type ArticleFields, buildArticle, emptyFields } from './article.ts';
import { classifyLine, cleanLine, splitGluedCaption, tidyBody } from './body-lines.ts';
import { paragraphsByline } from './byline.ts';
import { findDate, parsePublishedAt, toDay } from './dates.ts';
import { captionText, isImageFileLine, makeImage, splitCredit } from './images.ts';
import { epaperProperty, joinLoneKeys, readInfoLine } from './info-line.ts';
import { isNoLink, parseLinkLine, prevNextLabel, RELATED_HEADING_RE, RELATED_INLINE_RE } from './links.ts';
import { liveBlogInOrder } from './live-blog.ts';
import { isCommentAreaLine, withoutBulletMenus } from './page-chrome.ts';
import { splitParagraphs } from './paragraphs.ts';
import { isInfoLine, isProse, locateHead, menuAboveStory } from './scrape-head.ts';
import { isChromeLine, isFollowButton, isFooterLine, isSiteOwnerLine } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

const LOOKED_FOR = 'paragraphs of text after the page header';

/** Where the body starts on a page without a headline: after the leading widgets, breadcrumbs and info lines. */
function bodyStartWithoutHead(lines: string[]): number {
  let i = 0;
  // A line of prose starts the body whatever it looks like (a photo story that ends with its credit).
  while (i < lines.length && classifyLine(cleanLine(lines[i] ?? '')) !== 'body' && !isProse(lines[i] ?? ''))
    i++;
  return i;
}

const SITE_RE = zh(/^\S{1,16}(?:网|网站|平台|门户|在线|人民政府)$/u);
const HEADER_SPLIT_RE = /[\s|｜>›»:：]+/u;

/**
 * The site the copy was found on: the first name in the header lines above the headline (a line of its own, the
 * first item of a navigation bar or breadcrumb) that ends like a site name: `杭州网`, `中国企业信息交流平台`.
 */
function headerSite(header: string[]): string | null {
  for (const line of header) {
    const name = line.split(HEADER_SPLIT_RE).find((part) => SITE_RE.test(part));
    if (name) return name;
  }
  return null;
}

function readInfo(lines: string[], fields: ArticleFields): string[] {
  const reporters: string[] = [];
  for (const line of lines) {
    const info = readInfoLine(line);
    fields.publishedAt ??= info.publishedAt;
    fields.source ??= info.source;
    reporters.push(...info.reporters);
  }
  return reporters;
}

interface Body {
  paragraphs: string[];
  images: ArticleImage[];
  reporters: string[];
  info: ReturnType<typeof readInfoLine>[];
  footerTitle: string | null;
  footerUrl: string | null;
  end: number;
}

function endsBody(line: string): boolean {
  return (
    prevNextLabel(line) !== undefined ||
    RELATED_HEADING_RE.test(line) ||
    RELATED_INLINE_RE.test(line) ||
    isFooterLine(line)
  );
}

/** `最新文章`, `往期推荐`: the end of a WeChat account's card, printed under the story it posted. */
const ACCOUNT_CARD_END_RE = zh(/^(?:最新文章|往期推荐|往期回顾|历史文章|精选文章)$/u);
const ACCOUNT_CARD_LINES = 3;

/**
 * The account's name and blurb (`某某政协` / `中国人民政治协商会议某某委员会是…`) sit between the story's closing
 * credit (`供稿丨某某`) and the card's end: they are no text of the story.
 */
function withoutAccountCard(paragraphs: string[]): string[] {
  let credit = -1;
  paragraphs.forEach((line, i) => {
    if (classifyLine(cleanLine(line)) === 'credit') credit = i;
  });
  const card = paragraphs.length - 1 - credit;
  return credit >= 0 && card > 0 && card <= ACCOUNT_CARD_LINES ? paragraphs.slice(0, credit + 1) : paragraphs;
}

function readBody(lines: string[], start: number): Body {
  const paragraphs: string[] = [];
  const images: ArticleImage[] = [];
  // Lines of the body, tidied in one pass (widgets, credits, captions, info lines and junk sorted out).
  let imageOpen = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = cleanLine(lines[i] ?? '');
    if (paragraphs.length === 0 && isSiteOwnerLine(line)) continue;
    if (ACCOUNT_CARD_END_RE.test(line)) {
      paragraphs.splice(0, paragraphs.length, ...withoutAccountCard(paragraphs));
      break;
    }
    if (endsBody(line)) break;
    // A comment area (`最热评论`, `还没有评论…`) closes the story; above it, it is a sidebar's heading.
    if (paragraphs.length > 0 && isCommentAreaLine(line)) break;
    if (isChromeLine(line)) continue;
    // `珠海金湾 / + 订阅`: the account that posted the page, named above its follow button.
    if (line.length <= 16 && !isProse(line) && isFollowButton(cleanLine(lines[i + 1] ?? ''))) continue;
    if (isImageFileLine(line)) {
      images.push(makeImage(line, undefined));
      imageOpen = true;
      continue;
    }
    const caption =
      captionText(line) ?? (imageOpen && line.length <= 80 && splitCredit(line).credit ? line : undefined);
    if (caption !== undefined) {
      const last = images.at(-1);
      const image = makeImage(imageOpen && last ? last.file : undefined, caption);
      if (imageOpen && last) images[images.length - 1] = image;
      else images.push(image);
      imageOpen = false;
      continue;
    }
    imageOpen = false;
    paragraphs.push(line);
  }
  const tidy = tidyBody(paragraphs);
  return {
    paragraphs: tidy.paragraphs,
    images: [...images, ...tidy.images],
    reporters: tidy.reporters,
    info: tidy.info,
    footerTitle: tidy.footerTitle,
    footerUrl: tidy.footerUrl,
    end: i,
  };
}

/** `2023-04-12` or `(2023-04-12)` alone on a line. */
function bareDay(line: string): string | null {
  const stripped = line.replace(/[()（）[\]\s]/gu, '');
  const date = findDate(stripped);
  return date && date.index === 0 && date.end === stripped.length ? toDay(date) : null;
}

function readLinks(lines: string[], start: number): ArticleLink[] {
  const links: ArticleLink[] = [];
  let related = false;
  let pending: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isChromeLine(line)) continue;
    const label = prevNextLabel(line);
    if (label) {
      if (isNoLink(label.value)) continue;
      const { title, date, rest } = parseLinkLine(label.value);
      links.push({ title, date, url: null, relation: label.relation });
      if (rest) break;
      continue;
    }
    if (RELATED_HEADING_RE.test(line)) {
      related = true;
      continue;
    }
    if (!related) {
      if (isFooterLine(line)) break;
      continue;
    }
    const day = bareDay(line);
    if (day && pending) {
      links.push({ title: pending, date: day, url: null, relation: 'related' });
      pending = undefined;
      continue;
    }
    // The footer may be glued to the last item (`标题 2022-08-09国务院国有资产管理委员会 …`): keep the item, stop.
    const { title, date, rest } = parseLinkLine(line);
    if (isFooterLine(date ? title : line)) break;
    pending = date ? undefined : title;
    if (date) links.push({ title, date, url: null, relation: 'related' });
    if (rest) break;
  }
  return links;
}

const LIST_ITEM_MIN = 3;

/**
 * A page that is a list of items (`区委书记某某调研重点企业 2023-05-12` a line, pagination under it): its text is
 * the items' titles, one a line, without their dates; it has no date of its own.
 */
function listItems(lines: string[]): string[] | undefined {
  const worded = lines.map(cleanLine).filter((line) => !isChromeLine(line) && !isFooterLine(line));
  // A story with a list of related items under it is a story.
  if (worded.some(isProse)) return undefined;
  const items = worded.flatMap((line) => {
    if (isProse(line)) return [];
    const item = parseLinkLine(line);
    return item.date && !item.rest && item.title.length >= 6 ? [item.title] : [];
  });
  return items.length >= LIST_ITEM_MIN && items.length * 2 >= worded.length ? items : undefined;
}

/** `标题 某某出席开工仪式`: the headline printed again with its subtitle after a space (no sentence). */
function withSubtitle(line: string, title: string): boolean {
  if (!line.startsWith(title) || !/^\s/u.test(line.slice(title.length))) return false;
  const rest = line.slice(title.length).trim();
  return rest.length > 0 && rest.length <= 30 && !/[。，,；;！？]/u.test(rest);
}

/**
 * `某某陪同调研 某某网讯 (记者 某某) 3日,…`: a headline glued before the story's dateline on one line (a crawler
 * that joined the two with a space). The headline gets a line of its own.
 */
const GLUED_HEADLINE_RE = zh(
  /^([^。，,；;！？\s]{4,40})\s+((?:【[^】]{1,12}[讯电]】|\p{Script=Han}{1,10}讯\s*[(（]|\p{Script=Han}{2,12}\d{1,2}月\d{1,2}日电).{20,})$/u,
);

function withGluedHeadline(lines: string[]): string[] {
  const glued = GLUED_HEADLINE_RE.exec(lines[0] ?? '');
  return glued?.[1] && glued[2] ? [glued[1], glued[2], ...lines.slice(1)] : lines;
}

/** A line that is only an address: a crawler's dump keeps the page's own above or under the text. */
const ADDRESS_LINE_RE = /^https?:\/\/[^\s/]+\/\S*$/u;

/** The page's address, where the first or the last line of the copy is one (the labelled footer's is read first). */
function addressLine(lines: readonly string[]): string | null {
  const ends = [lines[0], lines[lines.length - 1]].map((line) => line?.trim() ?? '');
  return ends.find((line) => ADDRESS_LINE_RE.test(line)) ?? null;
}

/** ` date 2025-12-19 <the story…>`: a crawler's stamp glued before the page's first line, in English. */
const CRAWLER_STAMP_RE =
  /^\s*(?:date|time|published|pubdate)\s*[:：=]?\s*(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)(?=\s)/iu;

export function parseScrape(page: string, name: string): AnnotatedArticle {
  const stamp = CRAWLER_STAMP_RE.exec(page);
  const text = stamp ? page.slice(stamp[0].length) : page;
  const { lines, headless, opening } = liveBlogInOrder(
    joinLoneKeys(withGluedHeadline(withoutBulletMenus(splitParagraphs(text).flatMap(splitGluedCaption)))),
  );
  const items = listItems(lines);
  if (items) {
    const fields = emptyFields();
    fields.paragraphs = items;
    fields.title = items[0] ?? null;
    fields.warnings.push('a list page: its items are the text');
    return buildArticle(fields, name, LOOKED_FOR);
  }
  const menu = headless ? undefined : menuAboveStory(lines);
  const head = headless || menu !== undefined ? undefined : locateHead(lines);
  const fields = emptyFields();
  let start: number;
  let authors: string[] = [];
  if (head) {
    const title = head.inline ?? lines[head.title] ?? '';
    fields.title = title;
    fields.site = headerSite(lines.slice(0, head.title));
    start = head.after;
    while (start < lines.length) {
      const line = lines[start] ?? '';
      if (line !== title && !isChromeLine(line) && !isInfoLine(line)) break;
      start++;
    }
    const infoLines = lines.slice(head.title + 1, start).filter(isInfoLine);
    // The line that holds the headline also holds its date (and maybe the source): `标题 ( 2023年05月12日 )`.
    authors = readInfo(head.inline ? [lines[head.title] ?? '', ...infoLines] : infoLines, fields);
    fields.source ??= head.issuer ?? null;
    // `江城日报 2023-10-27 15:48` above the headline: what the lines under it left open.
    if (!fields.publishedAt || !fields.source)
      readInfo(lines.slice(0, head.title).filter(isInfoLine), fields);
  } else {
    if (headless && opening) {
      fields.title = opening;
      fields.warnings.push("title from a live blog's first entry");
    }
    fields.title ??= menu?.headline ?? null;
    start = menu?.start ?? bodyStartWithoutHead(lines);
    authors = readInfo(lines.slice(0, start).filter(isInfoLine), fields);
  }
  // A subtitle printed between the headline and the info line is text.
  const subtitles = head?.subtitles ?? [];
  let body = readBody([...subtitles, ...lines.slice(start)], 0);
  body = { ...body, end: body.end - subtitles.length + start };
  // Only chrome after the headline: the headline is all the text there is (a page is never refused for its shape).
  if (head && body.paragraphs.length === 0) {
    body = readBody([fields.title ?? '', ...lines.slice(start)], 0);
    fields.warnings.push('text from the headline');
  }
  // Nothing read as a story: every line with words in it is, rather than refusing text.
  if (body.paragraphs.length === 0) {
    const worded = lines.map(cleanLine).filter((line) => /\p{Script=Han}|[A-Za-z]{3}/u.test(line));
    const plain = worded.filter((line) => !isChromeLine(line) && !isFooterLine(line));
    body = { ...body, paragraphs: plain.length > 0 ? plain : worded };
    if (worded.length > 0) fields.warnings.push('no story found: every line is text');
  }
  // `标题(附图) / 导语 / 标题 / 正文`: the headline printed again above the story is no text of it.
  const title = (fields.title ?? '').replace(/\s*[(（][^()（）]{1,6}[)）]$/u, '');
  const retold = (line: string) =>
    line === fields.title || (title.length >= 6 && (line === title || withSubtitle(line, title)));
  const paragraphs = body.paragraphs.filter((line) => !retold(line));
  fields.paragraphs = paragraphs.length > 0 ? paragraphs : body.paragraphs;
  fields.images = body.images;
  fields.links = readLinks(lines, body.end);
  fields.footerTitle = body.footerTitle;
  fields.url ??= body.footerUrl ?? addressLine(lines);
  for (const info of [...body.info, ...lines.flatMap((line) => epaperProperty(line) ?? [])]) {
    fields.publishedAt ??= info.publishedAt;
    fields.source ??= info.source;
  }
  fields.reporters = [...paragraphsByline(body.paragraphs), ...authors, ...body.reporters];
  fields.publishedAt ??= stamp?.[1] ? parsePublishedAt(stamp[1]) : null;
  return buildArticle(fields, name, LOOKED_FOR);
}
