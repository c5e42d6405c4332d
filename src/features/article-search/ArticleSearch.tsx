import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleLine } from '../../components/ArticleLine.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useArticleSearch } from './api/search-articles.ts';

/** Longest query the API takes. */
const MAX_QUERY = 100;

/**
 * Full-text search over the articles' text, beside the entity search: for a journalist who knows a phrase
 * but not a name. The query lives in the address (`/search?q=`), so results can be shared and revisited.
 */
export function ArticleSearch({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState(query);
  const search = useArticleSearch(query);
  const items = search.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="article-search" aria-labelledby={`${inputId}-title`} data-testid="article-search">
      <h2 id={`${inputId}-title`}>{t('articleSearch.title')}</h2>
      <search>
        <form
          className="article-search-form"
          onSubmit={(e) => {
            e.preventDefault();
            onQuery(text.trim());
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            {t('articleSearch.label')}
          </label>
          <input
            id={inputId}
            type="search"
            value={text}
            maxLength={MAX_QUERY}
            placeholder={t('articleSearch.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={!text.trim()}>
            {t('articleSearch.submit')}
          </button>
        </form>
      </search>
      {query && (
        <QueryState
          isPending={search.isPending}
          error={search.error}
          retry={() => void search.refetch()}
          loadingLabel={t('articleSearch.searching')}
        >
          <p className="muted" role="status">
            {items.length === 0
              ? t('articleSearch.none', { query })
              : t('articleSearch.found', { count: items.length, more: search.hasNextPage ? '+' : '' })}
          </p>
          <ol className="article-hits">
            {items.map((a) => (
              <ArticleLine key={a.id} article={a} />
            ))}
          </ol>
          {search.hasNextPage && (
            <button
              type="button"
              onClick={() => void search.fetchNextPage()}
              disabled={search.isFetchingNextPage}
            >
              {search.isFetchingNextPage ? t('common.loading') : t('articleSearch.more')}
            </button>
          )}
        </QueryState>
      )}
    </section>
  );
}
