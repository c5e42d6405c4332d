import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ArticleDetail } from '../../../contract/api/payloads.ts';
import { reviewHref } from '../../lib/hrefs.ts';
import { chinaDay } from '../../lib/names.ts';
import { type MetaField, metaFields } from './article-meta.ts';

/** Fields written in the article's language (an outlet, a site, reporters' names). */
const IN_ZH = new Set<MetaField>(['source', 'site', 'by']);

/** The line under an article's title: the fields it has, one · between them (none before the first). */
export function ArticleMeta({ article }: { article: ArticleDetail['article'] }) {
  const { t } = useTranslation();
  const node: Record<MetaField, () => ReactNode> = {
    source: () => article.source,
    site: () => article.site,
    by: () => t('article.by', { names: article.reporters.join('、') }),
    date: () => t('article.published', { date: chinaDay(article.publishedAt) }),
    url: () => (
      <a href={article.url ?? undefined} rel="noopener noreferrer nofollow" target="_blank">
        {t('article.original')}
      </a>
    ),
    review: () => <Link href={reviewHref(article.id)}>{t('article.review')}</Link>,
  };
  return (
    <p className="article-meta">
      {metaFields(article).map((field, i) => (
        <span key={field} lang={IN_ZH.has(field) ? 'zh' : undefined}>
          {i > 0 && ' · '}
          {node[field]()}
        </span>
      ))}
    </p>
  );
}
