import type { ArticleDetail } from '../../../contract/api/payloads.ts';

export type MetaField = 'source' | 'site' | 'by' | 'date' | 'url' | 'review';

/** What the line under an article's title shows, in order: only the fields the article has (review always). */
export function metaFields(
  article: Pick<ArticleDetail['article'], 'source' | 'site' | 'reporters' | 'publishedAt' | 'url'>,
): MetaField[] {
  const fields: MetaField[] = [];
  if (article.source) fields.push('source');
  if (article.site && article.site !== article.source) fields.push('site');
  if (article.reporters.length > 0) fields.push('by');
  if (article.publishedAt) fields.push('date');
  if (article.url) fields.push('url');
  fields.push('review');
  return fields;
}
