import { queryOptions, useQueries } from '@tanstack/react-query';
import type { ArticleList, ArticleListItem } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const articleListKeys = {
  all: ['articles'] as const,
  byEntity: (entity: string) => [...articleListKeys.all, 'entity', entity] as const,
};

export const ARTICLES_PER_ENTITY = 100;

export function entityArticlesOptions(entity: string) {
  return queryOptions({
    queryKey: articleListKeys.byEntity(entity),
    queryFn: ({ signal }) => apiGet<ArticleList>('/articles', { entity, limit: ARTICLES_PER_ENTITY }, signal),
  });
}

/** The articles that mention any of the given entities, one request per entity, merged. */
export function useArticlesOfEntities(entities: readonly string[]) {
  return useQueries({
    queries: entities.map((id) => entityArticlesOptions(id)),
    combine: (results) => {
      const items = new Map<string, ArticleListItem>();
      for (const r of results) for (const item of r.data?.items ?? []) items.set(item.id, item);
      return {
        items: [...items.values()],
        isPending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
      };
    },
  });
}
