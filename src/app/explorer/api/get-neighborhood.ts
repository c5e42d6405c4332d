import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntityTypeName, GraphPayload } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** The first page of a neighbourhood; a further page of one type asks for up to the API's ceiling. */
export const FIRST_PAGE = 100;
export const TYPE_PAGE = 500;

export const neighborhoodKeys = {
  all: ['neighborhood'] as const,
  of: (id: string, nodeType: EntityTypeName | undefined) =>
    [...neighborhoodKeys.all, id, nodeType ?? 'all'] as const,
};

export function neighborhoodOptions(id: string, nodeType?: EntityTypeName) {
  return queryOptions({
    queryKey: neighborhoodKeys.of(id, nodeType),
    queryFn: ({ signal }) =>
      apiGet<GraphPayload>(
        `/entities/${encodeURIComponent(id)}/neighborhood`,
        nodeType ? { types: nodeType, limit: TYPE_PAGE } : { limit: FIRST_PAGE },
        signal,
      ),
  });
}

export function useNeighborhood(id: string | undefined) {
  return useQuery({ ...neighborhoodOptions(id ?? ''), enabled: Boolean(id) });
}
