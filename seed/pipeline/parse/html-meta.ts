/**
 * Machine-readable metadata of an HTML page: `<meta>` tags (`og:title`, `article:published_time`, `pubdate`,
 * `publishdate`, `author`, `og:site_name`, `source`, …), JSON-LD (`datePublished`, `headline`, `author`,
 * `publisher`), `<link rel="canonical">` and `<html lang>`.
 */
import { jsonDepth, MAX_JSON_DEPTH } from '../../../contract/annotation/bounded-json.ts';
import { authorNames } from './byline.ts';
import { parsePublishedAt } from './dates.ts';

export interface HtmlMeta {
  ogTitle: string | null;
  documentTitle: string | null;
  headline: string | null;
  publishedAt: string | null;
  source: string | null;
  siteName: string | null;
  authors: string[];
  url: string | null;
  language: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'og:release_date',
  'dc.date.issued',
  'dc.date',
  'sailthru.date',
  'date',
];
const SOURCE_KEYS = ['source', 'article:source', 'og:article:source', 'mediaid', 'contentsource'];
const SITE_KEYS = ['og:site_name', 'application-name', 'sitename', 'site'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author'];

function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of document.getElementsByTagName('meta')) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function first(map: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = map.get(key);
    if (value) return value;
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) for (const item of value) flatten(item, out);
  else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) flatten(graph, out);
  }
}

/** JSON-LD objects of the page; scripts that do not parse are skipped (pages often carry broken JSON-LD). */
function jsonLd(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) continue;
    try {
      flatten(JSON.parse(text) as Json, out);
    } catch {
      // ignored: metadata is optional
    }
  }
  return out;
}

function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return names(value.name);
  return [];
}

function stringOf(value: Json | undefined): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export function absoluteUrl(value: string | null | undefined): string | null {
  const url = value?.trim();
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** `zh-CN` → `zh`: the primary BCP 47 subtag, which is what the pipeline branches on. */
function primaryLanguage(lang: string | null): string | null {
  return lang?.trim().toLowerCase().split(/[-_]/)[0] || null;
}

export function readMeta(document: Document): HtmlMeta {
  const map = metaMap(document);
  const ld = jsonLd(document).find((o) => o.datePublished !== undefined || o.headline !== undefined);
  const ldAuthors = ld ? names(ld.author) : [];
  const metaAuthor = first(map, AUTHOR_KEYS);
  const lang = document.documentElement?.getAttribute('lang') ?? map.get('content-language') ?? null;
  const published = [...PUBLISHED_KEYS.map((key) => map.get(key)), stringOf(ld?.datePublished)]
    .map((value) => (value ? parsePublishedAt(value) : null))
    .find((value) => value !== null);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    ogTitle: map.get('og:title') ?? map.get('twitter:title') ?? null,
    documentTitle:
      document.getElementsByTagName('title')[0]?.textContent?.replace(/\s+/g, ' ').trim() || null,
    // `<meta name="ArticleTitle">`: the headline field of Chinese government sites' page metadata.
    headline: stringOf(ld?.headline) ?? map.get('articletitle') ?? null,
    publishedAt: published ?? null,
    source: first(map, SOURCE_KEYS) ?? (ld ? (names(ld.publisher)[0] ?? null) : null),
    siteName: first(map, SITE_KEYS),
    authors: [...ldAuthors, ...(metaAuthor ? [metaAuthor] : [])].flatMap(authorNames),
    url: absoluteUrl(canonical) ?? absoluteUrl(map.get('og:url')),
    language: primaryLanguage(lang),
  };
}

const TITLE_SEPARATOR_RE = /\s*[|｜_]\s*|\s+[-–—]+\s+|\s*[-–—]{2,}\s*/u;

/**
 * `新闻标题 - 新民网`, `新闻标题_新浪新闻`, `新闻标题|某某网` → the title and the suffix (the site), when every
 * part after the first is short (a site or section name) or is a known site name.
 */
/** What a site's name ends with: 新华网, 新民晚报, 澎湃新闻, 北京日报客户端, 上观新闻, 央视频道, 重庆市开州区人民政府. */
const SITE_TAIL_RE = /(?:网|报|新闻|在线|客户端|网站|频道|平台|电视台|门户|APP|人民政府|政府)$/iu;

/** `标题-新华网`: a hyphen without spaces separates a site only when what follows reads as one. */
function splitBareHyphen(
  title: string,
  siteNames: (string | null)[],
): { title: string; site: string | null } {
  const match = /^(.+?)[-–—]([^-–—]{2,12})$/u.exec(title.trim());
  const tail = match?.[2]?.trim();
  if (match?.[1] && tail && (SITE_TAIL_RE.test(tail) || siteNames.some((name) => name && tail === name))) {
    return { title: match[1].trim(), site: tail };
  }
  return { title: title.trim(), site: null };
}

/** An e-paper's site name (`绍兴日报数字报`, `楊浦時報電子版`): the paper's name with 数字报/电子报/数字版/电子版. */
export const EPAPER_RE = /^(.{2,12}?)(?:数字报|電子報|电子报|數字報|数字版|數字版|电子版|電子版)$/u;

export function splitSiteSuffix(
  title: string,
  siteNames: (string | null)[],
): { title: string; site: string | null } {
  // `绍兴日报数字报-羊山工业社区正式启用`: e-papers put their name first.
  const epaper = /^([^-–—_|｜]{2,16})[-–—_|｜](.{4,})$/u.exec(title.trim());
  if (epaper?.[1] && epaper[2] && EPAPER_RE.test(epaper[1].trim())) {
    return { title: epaper[2].trim(), site: epaper[1].trim() };
  }
  // `某某日报数字报` alone: the e-paper's name, no headline.
  if (EPAPER_RE.test(title.trim())) return { title: '', site: title.trim() };
  const parts = title.split(TITLE_SEPARATOR_RE).filter(Boolean);
  const head = parts[0];
  if (parts.length < 2 || !head) return splitBareHyphen(title, siteNames);
  const tail = parts.slice(1);
  const known = (part: string) => siteNames.some((name) => name && part.includes(name));
  if (!tail.every((part) => part.length <= 16 || known(part))) return { title: title.trim(), site: null };
  return { title: head, site: tail.at(-1) ?? null };
}
