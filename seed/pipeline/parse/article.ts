import { articleId } from '../../../contract/annotation/ids.ts';
import { LIMITS } from '../../../contract/annotation/limits.ts';
import type { AnnotatedArticle, ArticleImage, ArticleLink } from '../../../contract/annotation/types.ts';
import { agencyDateline } from './agency-dateline.ts';
import { bylineReporters, DATELINE_DEPTH, unique } from './byline.ts';
import { dateFromFileName, dateFromUrl } from './dates.ts';
import { ParseError, type Where } from './errors.ts';
import { fitLine, fitToFormat } from './fit-format.ts';
import { outletOrNull } from './outlet-name.ts';
import { joinParagraphs } from './paragraphs.ts';
import { QR_PROMPT } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

/** What a format parser found, before validation and the id. */
export interface ArticleFields {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  site: string | null;
  reporters: string[];
  url: string | null;
  language: string;
  paragraphs: string[];
  images: ArticleImage[];
  links: ArticleLink[];
  /** A title printed in a footer (`标题：…`), used when the page has no headline. */
  footerTitle: string | null;
  /** What was guessed rather than read (a derived title, a date from the URL); `article.warnings`. */
  warnings: string[];
}

export function emptyFields(): ArticleFields {
  return {
    title: null,
    publishedAt: null,
    source: null,
    site: null,
    reporters: [],
    url: null,
    language: 'zh',
    paragraphs: [],
    images: [],
    links: [],
    footerTitle: null,
    warnings: [],
  };
}

const MAX_DERIVED_TITLE = 80;

/** `据某某日报报道 `: the paper a repost retells, named before the story's first words. */
const RETOLD_LEAD_RE = zh(/^据\p{Script=Han}{2,12}?(?:报道|报导|消息)[\s,，:：]*/u);

/** `本报讯 `, `天津北方网讯:`, `【本報消息】`: the dateline that opens a story is no part of a derived title. */
const DATELINE_LEAD_RE = zh(
  /^(?:[【[][^】\]]{1,12}[】\]]\s*|[\p{Script=Han}A-Za-z\d\s]{0,20}?(?:讯(?=[\s:：(（])|\d{1,2}日(?:电|消息))\s*(?:[(（][^()（）]{1,30}[)）])?[:：\s]*)/u,
);

/**
 * `黄淮网 日前,…`, `某某网讯 …`, `新华社北京5月1日电`, `中新网上海5月1日电(记者 X)`: the outlet a story's dateline names,
 * which is its source when the page gives none (本报 names none).
 */
const DATELINE_OUTLET_RE = zh(
  /^(?:[【[]\s*)?(\p{Script=Han}{2,10}?(?:网|报|日报|晚报|电视台|广播电视台|融媒|新闻|客户端|社))(?:讯|消息|(?=\s+\S)|(?:\p{Script=Han}{2,4})?\d{1,2}月\d{1,2}日[电讯])/u,
);

export function datelineOutlet(paragraph: string): string | undefined {
  const name = DATELINE_OUTLET_RE.exec(paragraph)?.[1] ?? agencyDateline(paragraph)?.outlet;
  return name && !/^本/u.test(name) ? name : undefined;
}

/** `某某网6月18日讯 据某某日报报道 …`: a mirror's dateline, then the paper whose story it retells. */
const RETOLD_PAPER_RE = zh(/^\S{0,24}?讯\s*据(\p{Script=Han}{2,12}?)(?:报道|报导|消息)/u);

/** The outlets a story's opening names: the story's source (the paper it retells, else the dateline's) and the mirror. */
function openingOutlets(paragraph: string): { source?: string; site?: string } {
  const outlet = datelineOutlet(paragraph);
  const retold = RETOLD_PAPER_RE.exec(paragraph)?.[1];
  if (retold) return { source: retold, ...(outlet ? { site: outlet } : {}) };
  return outlet ? { source: outlet } : {};
}

/** `某某网讯`, `某社某地5月1日电`: a dateline that names its outlet (not one that only starts with the outlet's name). */
const DATED_OUTLET_RE = zh(/^\S{0,30}?(?:讯|电|消息)/u);

/** The paragraph a story opens with: the first, or a dateline's a few paragraphs down (below captions). */
function openingParagraph(paragraphs: string[]): string {
  const first = paragraphs[0] ?? '';
  if (datelineOutlet(first)) return first;
  const below = paragraphs
    .slice(1, DATELINE_DEPTH)
    .find((p) => datelineOutlet(p) !== undefined && DATED_OUTLET_RE.test(p));
  return below ?? first;
}

/**
 * A title from the body's first sentence: the sentence (without its 。！？), or, when it runs past 80 characters,
 * up to the last comma before that (else the first 80 characters and …).
 */
export function titleFromText(text: string): string {
  const [opening = '', second = ''] = text
    .split('\n')
    .map(withoutLeadingMarks)
    .filter((p) => p !== '');
  // A byline alone on the first line (`即时中心/某某报导`, `记者 某某`) is no headline: the story's first sentence is.
  const bylineOnly = opening.length <= 30 && !/[。，,]/u.test(opening) && bylineReporters(opening).length > 0;
  const line = bylineOnly && second ? second : opening;
  const outlet = datelineOutlet(line);
  const undated = outlet && /^\s/u.test(line.slice(outlet.length)) ? line.slice(outlet.length).trim() : line;
  // `某社某地8月26日电／据某报报道，…`, `据某某公众号1月29日消息,…`: the marks left after the dateline go too.
  const first =
    undated
      .replace(DATELINE_LEAD_RE, '')
      .replace(/^[\s／/,，、:：]+/u, '')
      .replace(RETOLD_LEAD_RE, '') || undated;
  const sentence =
    first
      .split(/[。！？!?]/u)
      .find((s) => /[\p{L}\p{N}]/u.test(s))
      ?.trim() ?? '';
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const head = sentence.slice(0, MAX_DERIVED_TITLE);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('；'));
  return cut > 8 ? sentence.slice(0, cut) : `${head}…`;
}

/** A converter's image markup (`![](…)`) and the table bars a flattened page opens with (`| ||| 5日，…`). */
function withoutLeadingMarks(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/^[\s|｜]+/u, '')
    .trim();
}

/** `扫描二维码访问某某网移动版 标题 扫描二维码访问某某社微信`: QR prompts printed on the headline's line. */
const QR_PROMPT_RE = zh(new RegExp(`^${QR_PROMPT}\\s+|\\s+${QR_PROMPT}$`, 'gu'));

/** `台州市与东岭建设集团签署战略合作协议|聚焦`: a column tag after a bar is not part of the headline. */
function withoutColumnTag(title: string): string {
  const stripped = title
    .replace(QR_PROMPT_RE, '')
    .replace(/\s*[|｜丨]\s*\p{Script=Han}{1,4}$/u, '')
    // `拜會某某議會---`: a rule of dashes the template drew after the headline.
    .replace(/\s*[-—－=_~～]{2,}\s*$/u, '')
    // `…工作小组返港(附图)`, `…开场发言(只有中文)`: a note on what the page carries.
    .replace(zh(/\s*[(（](?:附图|附图片|附视频|附短片|附照片|只有中文|只有英文|图|组图|视频)[)）]$/u), '')
    // `世界最资讯丨李峻任…`, `简讯:潘功发率队…`: a column or kind of item before the headline; `原标题:…` above
    // a repost that kept only the original's headline.
    .replace(
      /^(?:\p{Script=Han}{2,6}\s*丨|(?:简讯|快讯|短讯|独家|视频|图文|组图|原标题|原標題)\s*[:：丨|｜]|【[^】]{2,12}】|\[\p{Script=Han}{2,6}\])\s*/u,
      '',
    );
  return withoutColumn(stripped.length >= 4 ? stripped : title);
}

const SITE_END_RE = zh(/(?:网|网站|门户|政府|发布|新闻|频道|客户端|日报|晚报)$/u);

/** `长三角一体化 | 开展互鉴互补,…联盟即将成立`: a short column before a bar and a longer headline after it. */
function withoutColumn(title: string): string {
  const parts = title.split(/\s+[|｜]\s+/u);
  const [column = '', headline = ''] = parts;
  const isColumn = parts.length === 2 && /^\p{Script=Han}{2,8}$/u.test(column);
  return isColumn && headline.length > column.length + 4 && !SITE_END_RE.test(headline) ? headline : title;
}

function fileName(where: Where | string): string {
  return typeof where === 'string' ? where : where.file;
}

/**
 * What the page does not say, guessed and noted in `warnings`: no headline → the footer's `标题：` or the first
 * sentence; no date → the URL's day, else the file name's, else none.
 */
function fillGaps(fields: ArticleFields, text: string, where: Where | string): string {
  let title = withoutColumnTag(fields.title?.trim() ?? '');
  if (!title && fields.footerTitle?.trim()) {
    title = fields.footerTitle.trim();
    fields.warnings.push('title from the page footer');
  }
  if (!title) {
    title = titleFromText(text);
    if (!title) throw new ParseError(where, 'no headline and no sentence with words in the body');
    fields.warnings.push('title from the first sentence');
  }
  if (!fields.publishedAt) {
    const fromUrl = dateFromUrl(fields.url);
    const fromName = fromUrl ? undefined : dateFromFileName(fileName(where));
    const day = fromUrl ?? fromName;
    if (day) {
      fields.publishedAt = `${day}T00:00:00+08:00`;
      fields.warnings.push(fromUrl ? 'publishedAt from the URL' : 'publishedAt from the file name');
    } else fields.warnings.push('no publication date');
  }
  return title;
}

/**
 * Validates and assembles the article: a non-empty body is required (a ParseError saying where and what was
 * looked for otherwise); a missing title or date is guessed (see fillGaps) and the guess is listed in `warnings`.
 * The id comes from `articleId`. `images` and `links` are always present, `warnings` only when something was guessed.
 */
export function buildArticle(
  fields: ArticleFields,
  where: Where | string,
  lookedFor: string,
  { fitPage = true }: { fitPage?: boolean } = {},
): AnnotatedArticle {
  // A page is fitted to the format; a record states its fields outright, and one that breaks the format is refused.
  if (fitPage) fitToFormat(fields);
  const text = joinParagraphs(fields.paragraphs);
  if (!text) throw new ParseError(where, `no article body found (looked for ${lookedFor})`);
  const guessed = fillGaps(fields, text, where);
  const title = fitPage ? fitLine(guessed, LIMITS.title, 'title', fields.warnings) : guessed;
  const opening = openingOutlets(openingParagraph(fields.paragraphs));
  // A page's weekday, clock or tools read where the outlet stands are none (a record states its fields).
  const outlet = (value: string | null | undefined) =>
    fitPage ? outletOrNull(value?.trim()) : value?.trim() || null;
  const source = outlet(fields.source) || opening.source || null;
  const site = outlet(fields.site) || (outlet(fields.source) ? null : opening.site) || null;
  const url = fields.url?.trim() || null;
  return {
    id: articleId({ url, source, title, publishedAt: fields.publishedAt }),
    title,
    publishedAt: fields.publishedAt,
    source,
    site: site === source ? null : site,
    reporters: unique(fields.reporters),
    url,
    language: fields.language,
    text,
    images: fields.images,
    links: fields.links,
    ...(fields.warnings.length > 0
      ? { warnings: unique(fields.warnings.map((w) => w.slice(0, LIMITS.warning))).slice(0, LIMITS.warnings) }
      : {}),
  };
}
