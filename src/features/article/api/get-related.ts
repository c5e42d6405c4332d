import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RelatedArticles } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { articleKeys } from './get-article.ts';

export function relatedOptions(id: string) {
  return queryOptions({
    queryKey: articleKeys.related(id),
    queryFn: ({ signal }) =>
      apiGet<RelatedArticles>(`/articles/${encodeURIComponent(id)}/related`, {}, signal),
  });
}

export function useRelatedArticles(id: string) {
  return useQuery(relatedOptions(id));
}
