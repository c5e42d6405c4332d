import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleDetail } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const articleKeys = {
  all: ['article'] as const,
  detail: (id: string) => [...articleKeys.all, id] as const,
  related: (id: string) => [...articleKeys.all, id, 'related'] as const,
};

export function articleOptions(id: string) {
  return queryOptions({
    queryKey: articleKeys.detail(id),
    queryFn: ({ signal }) => apiGet<ArticleDetail>(`/articles/${encodeURIComponent(id)}`, {}, signal),
  });
}

export function useArticle(id: string) {
  return useQuery(articleOptions(id));
}
