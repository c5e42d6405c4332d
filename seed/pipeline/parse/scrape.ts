/**
 * Plain-text page scrapes (see seed/articles/000_e788ae00edbc24f8.txt): site header lines, the headline, an info
 * line (`2023-04-24 15:02 来源:新民晚报 次阅读`), the repeated headline, body paragraphs with image file lines and
 * `图说:` captions, then `点赞()`, `上一条:`/`下一条:` links, a `相关稿件` list and a footer of partner names.
 * Line-based, no DOM. Lines before the headline are dropped, except that the first name there ending like a site
 * (网/网站/平台/门户/在线/人民政府, e.g. `中国企业信息交流平台`, `杭州网 | 首页 | …`) becomes `site`.
 */
import type { AnnotatedArticle, ArticleImage, ArticleLink } from '../../../contract/annotation/types.ts';
import { type ArticleFields, buildArticle, emptyFields } from './article.ts';
import { classifyLine, cleanLine, tidyBody } from './body-lines.ts';
import { deskBylineReporters, paragraphsByline } from './byline.ts';
import { findDate, toDay } from './dates.ts';
import { captionText, isImageFileLine, makeImage, splitCredit } from './images.ts';
import { epaperProperty, headlineBeforeInfo, isInfoText, joinLoneKeys, readInfoLine } from './info-line.ts';
import { isNoLink, parseLinkLine, prevNextLabel, RELATED_HEADING_RE, RELATED_INLINE_RE } from './links.ts';
import { splitParagraphs } from './paragraphs.ts';
import { isChromeLine, isEditionHeader, isFollowButton, isFooterLine, isMasthead } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

const LOOKED_FOR = 'paragraphs of text after the page header';
const HEAD_WINDOW = 40;
const MAX_TITLE = 100;

function isInfoLine(line: string): boolean {
  return !prevNextLabel(line) && isInfoText(line);
}

/** Prose: a long line or a finished sentence. Headlines, header and info lines are neither. */
function isProse(line: string): boolean {
  // `…考察社区党建工作。(本报记者 温以宁)`: a full stop inside the line is prose too; headlines have none.
  return line.length > MAX_TITLE || /[。！？]$/u.test(line) || /。./u.test(line);
}

/** A headline has words: not a floor number (`1`), a placeholder (`(资料图)`) or a masthead (`甘肃日报`). */
function isTitleCandidate(line: string): boolean {
  return (
    !isProse(line) &&
    !isChromeLine(line) &&
    !isInfoLine(line) &&
    !isImageFileLine(line) &&
    /\p{Script=Han}|[A-Za-z]{2}/u.test(line) &&
    !isMasthead(line) &&
    classifyLine(line) !== 'placeholder' &&
    deskBylineReporters(line).length === 0
  );
}

const REPEAT_WINDOW = 8;

/**
 * `标题 / 导语 / 标题 / 来源:… 发布时间:…`: a page that prints a summary under the headline, then the headline again
 * above the info line and the story. The head ends at the repeat when what lies between is short of sentences or
 * is told again in the story (the summary is its lead).
 */
function repeatedHeadline(lines: string[], title: number): number | undefined {
  const headline = lines[title] ?? '';
  const end = Math.min(lines.length, title + REPEAT_WINDOW);
  for (let i = title + 1; i < end; i++) {
    if (lines[i] !== headline) continue;
    const between = lines.slice(title + 1, i);
    const rest = lines.slice(i + 1).join('\n');
    const told = (line: string) => !isProse(line) || rest.includes(line.slice(0, Math.min(16, line.length)));
    return between.length <= 3 && between.every(told) ? i : undefined;
  }
  return undefined;
}

const STACK = 3;
/** `新闻局`, `区政府办`, `某某融媒`: an office or outlet named alone on a line. */
const ISSUER_RE = zh(
  /^\p{Script=Han}{2,14}(?:局|办|办公室|处|委|委员会|厅|署|部|中心|政府|发布|日报|晚报|报社|新闻网|电视台|融媒)$/u,
);
/** `某某街道新闻`, `政务动态`: a column or site name above the headline shares the place's name with the story. */
const COLUMN_RE = zh(/(?:新闻|动态|要闻|资讯|频道|专题|专栏|栏目|快讯|在线|网|网站|政府|发布)$/u);

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

/**
 * `聚焦高质量发展 / 某区与三家央企签约 / 总投资超百亿元，涉及…`: a kicker, the headline and a subtitle stacked
 * without an info line between them. Of the run of title-like lines around `at` (`back` lines before it, `forward`
 * after), the headline is the one whose words (character pairs) the story's opening repeats most (at least three);
 * of the lines told about as well as the best, the first. A line opening with a dash (`——访…`) is a subtitle.
 */
function stackedHeadline(lines: string[], back: number, forward: number, prose: number, at: number): number {
  if (prose < 0) return at;
  // The stack: title-like lines around `at`; chrome between them (`显示模式: 网格 列表`) does not break it.
  const stack = [at];
  const walk = (step: number, count: number) => {
    for (let i = at + step, n = 0; n < count && i >= 0 && i < prose; i += step) {
      const line = lines[i] ?? '';
      if (isChromeLine(line)) continue;
      if (!isTitleCandidate(line)) return;
      stack.push(i);
      n++;
    }
  };
  walk(-1, back);
  walk(1, forward);
  if (stack.length === 1) return at;
  const story = bigrams(
    lines
      .slice(prose, prose + 3)
      .join('')
      .slice(0, 400),
  );
  // The share of the line's pairs the story repeats: a headline is told again by the lead, a kicker is not, and a
  // subtitle adds what the lead does not say.
  const told = (i: number) => {
    const line = lines[i] ?? '';
    if (/^[—–－~～-]/u.test(line) || COLUMN_RE.test(line)) return -1;
    const pairs = [...bigrams(line)];
    const shared = pairs.filter((pair) => story.has(pair)).length;
    return shared >= 3 ? shared / pairs.length : 0;
  };
  // Of the lines the lead tells about as well as the best told one, the first: a headline stands above its
  // subtitle, and a short subtitle (`某某出席并致辞`) may be all in the lead too. A kicker is told little.
  const shares = stack.sort((a, b) => a - b).map((i) => ({ i, share: told(i) }));
  const top = Math.max(...shares.map((s) => s.share));
  if (top <= 0) return at;
  return shares.find((s) => s.share > 0 && s.share >= top - 0.2)?.i ?? at;
}

/**
 * Index of the headline, and of the first line after the head (headline, info lines, repeated headline). Only
 * the lines before the first prose line are searched, so a dated body sentence is never taken for the info line.
 */
function locateHead(
  lines: string[],
): { title: number; after: number; inline?: string; subtitles?: string[]; issuer?: string } | undefined {
  // A weather bar ends like a sentence (`…31-27℃。`) and is no prose.
  const prose = lines.findIndex((line) => isProse(line) && !isChromeLine(line));
  const window = lines.slice(0, Math.min(HEAD_WINDOW, prose < 0 ? lines.length : prose));
  // An e-paper: masthead, date, page header, maybe an advert, then the headline (often printed twice).
  const edition = window.findIndex(isEditionHeader);
  if (edition >= 0) {
    const rest = window.slice(edition + 1);
    const twice = rest.findIndex(
      (l, i) => l.length >= 4 && isTitleCandidate(l) && rest.indexOf(l, i + 1) > i,
    );
    const at = twice >= 0 ? twice : rest.findIndex(isTitleCandidate);
    if (at >= 0) {
      const title = edition + 1 + at;
      return { title, after: (repeatedHeadline(lines, title) ?? title) + 1 };
    }
  }
  const info = window.findIndex((line) => isInfoLine(line) || headlineBeforeInfo(line) !== undefined);
  // `泗泾镇召开重点项目推进会 ( 2023年05月12日 )      来源: 泗泾镇`: the headline opens the info line.
  const inline = info >= 0 ? headlineBeforeInfo(lines[info] ?? '') : undefined;
  if (inline) return { title: info, after: info + 1, inline };
  for (let i = info - 1; i >= 0; i--) {
    if (!isTitleCandidate(lines[i] ?? '')) continue;
    const title = stackedHeadline(lines, STACK - 1, 0, prose, i);
    const between = lines.slice(title + 1, i + 1).filter((line) => !isChromeLine(line));
    // `行政长官启程前往葡萄牙 / 新闻局 / 2010-06-17 23:12`: the issuing office named alone above the date.
    const issuer = between.length === 1 && ISSUER_RE.test(between[0] ?? '') ? between[0] : undefined;
    return { title, after: info + 1, subtitles: issuer ? [] : between, issuer };
  }
  const repeated = window.findIndex(
    (line, i) => line.length >= 4 && isTitleCandidate(line) && window.indexOf(line, i + 1) > i,
  );
  if (repeated >= 0)
    return { title: repeated, after: window.indexOf(window[repeated] ?? '', repeated + 1) + 1 };
  const first = window.findIndex(isTitleCandidate);
  if (first < 0 || first + 1 >= lines.length) return undefined;
  // A short first line that the body then repeats as its opening words is no headline (`18日，…` pages).
  if (prose >= 0 && first < prose && (lines[prose] ?? '').startsWith(lines[first] ?? '')) return undefined;
  // `某区人代会开幕 - 某某要闻 国际` above `某区人代会开幕`: the page title with its site, then the headline.
  const next = lines[first + 1] ?? '';
  const plain =
    next.length >= 4 &&
    (lines[first] ?? '').startsWith(next) &&
    SITE_SUFFIX_RE.test((lines[first] ?? '').slice(next.length));
  const title = plain ? first + 1 : stackedHeadline(lines, 0, STACK - 1, prose, first);
  const repeat = repeatedHeadline(lines, title);
  return { title, after: (repeat ?? Math.max(title, info)) + 1 };
}

const SITE_SUFFIX_RE = /^\s*[-_|｜–—]\s*\S/u;

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

function readBody(lines: string[], start: number): Body {
  const paragraphs: string[] = [];
  const images: ArticleImage[] = [];
  // Lines of the body, tidied in one pass (widgets, credits, captions, info lines and junk sorted out).
  let imageOpen = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = cleanLine(lines[i] ?? '');
    if (endsBody(line)) break;
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

export function parseScrape(text: string, name: string): AnnotatedArticle {
  const lines = joinLoneKeys(splitParagraphs(text));
  const items = listItems(lines);
  if (items) {
    const fields = emptyFields();
    fields.paragraphs = items;
    fields.title = items[0] ?? null;
    fields.warnings.push('a list page: its items are the text');
    return buildArticle(fields, name, LOOKED_FOR);
  }
  const head = locateHead(lines);
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
    start = bodyStartWithoutHead(lines);
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
  const retold = (line: string) => line === fields.title || (title.length >= 6 && line === title);
  const paragraphs = body.paragraphs.filter((line) => !retold(line));
  fields.paragraphs = paragraphs.length > 0 ? paragraphs : body.paragraphs;
  fields.images = body.images;
  fields.links = readLinks(lines, body.end);
  fields.footerTitle = body.footerTitle;
  fields.url ??= body.footerUrl;
  for (const info of [...body.info, ...lines.flatMap((line) => epaperProperty(line) ?? [])]) {
    fields.publishedAt ??= info.publishedAt;
    fields.source ??= info.source;
  }
  fields.reporters = [...paragraphsByline(body.paragraphs), ...authors, ...body.reporters];
  return buildArticle(fields, name, LOOKED_FOR);
}
