import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Direction, EntitySummary } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** Relationships shown at first (all types together, strongest first), and per further page of one type. */
export const SUMMARY_FIRST = 40;
export const SUMMARY_PAGE = 25;

export const summaryKeys = {
  all: ['entity-summary'] as const,
  of: (id: string) => [...summaryKeys.all, id] as const,
  group: (id: string, type: string, direction: Direction, from: number) =>
    [...summaryKeys.of(id), type, direction, from] as const,
};

const path = (id: string) => `/entities/${encodeURIComponent(id)}/summary`;

export function entitySummaryOptions(id: string) {
  return queryOptions({
    queryKey: summaryKeys.of(id),
    queryFn: ({ signal }) => apiGet<EntitySummary>(path(id), { limit: SUMMARY_FIRST }, signal),
  });
}

export function useEntitySummary(id: string) {
  return useQuery(entitySummaryOptions(id));
}

/** Further pages of one type and direction of relationships, after the first `from` of them. */
export function relationPagesOptions(id: string, type: string, direction: Direction, from: number) {
  return infiniteQueryOptions({
    queryKey: summaryKeys.group(id, type, direction, from),
    queryFn: ({ pageParam, signal }) =>
      apiGet<EntitySummary>(
        path(id),
        { relations: type, direction, limit: SUMMARY_PAGE, offset: pageParam },
        signal,
      ),
    initialPageParam: from,
    getNextPageParam: (last) => last.nextOffset,
  });
}

export function useRelationPages(
  id: string,
  type: string,
  direction: Direction,
  from: number,
  enabled: boolean,
) {
  return useInfiniteQuery({ ...relationPagesOptions(id, type, direction, from), enabled });
}
