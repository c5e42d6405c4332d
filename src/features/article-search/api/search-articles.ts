import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ArticleList } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const ARTICLE_HITS_PAGE = 10;

export const articleSearchKeys = {
  all: ['article-search'] as const,
  of: (q: string) => [...articleSearchKeys.all, q] as const,
};

/** Articles whose text holds the words, newest first, each with its hit in context; pages by cursor. */
export function articleSearchOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: articleSearchKeys.of(q),
    queryFn: ({ pageParam, signal }) =>
      apiGet<ArticleList>('/articles', { q, limit: ARTICLE_HITS_PAGE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useArticleSearch(q: string) {
  return useInfiniteQuery({ ...articleSearchOptions(q), enabled: q.length > 0 });
}
