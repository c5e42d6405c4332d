import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchResult } from '../../../contract/api/payloads.ts';
import { apiGet } from '../../lib/api-client.ts';

export const SEARCH_LIMIT = 20;

export const searchKeys = {
  all: ['search'] as const,
  query: (q: string) => [...searchKeys.all, q] as const,
};

export function searchEntitiesOptions(q: string) {
  return queryOptions({
    queryKey: searchKeys.query(q),
    queryFn: ({ signal }) => apiGet<SearchResult>('/search', { q, limit: SEARCH_LIMIT }, signal),
    enabled: q.trim().length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useSearchEntities(q: string) {
  return useQuery(searchEntitiesOptions(q));
}
