import { articleId } from '../../../contract/annotation/ids.ts';
import type { AnnotatedArticle, ArticleImage, ArticleLink } from '../../../contract/annotation/types.ts';
import { unique } from './byline.ts';
import { ParseError, type Where } from './errors.ts';
import { joinParagraphs } from './paragraphs.ts';

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
  };
}

/**
 * Validates and assembles the article: a title and a non-empty body are required (a ParseError saying where and
 * what was looked for otherwise); the id comes from `articleId`. `images` and `links` are always present.
 */
export function buildArticle(
  fields: ArticleFields,
  where: Where | string,
  lookedFor: string,
): AnnotatedArticle {
  const title = fields.title?.trim();
  if (!title) throw new ParseError(where, `no title found (looked for ${lookedFor})`);
  const text = joinParagraphs(fields.paragraphs);
  if (!text) throw new ParseError(where, 'no article body found');
  const source = fields.source?.trim() || null;
  const site = fields.site?.trim() || null;
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
  };
}
