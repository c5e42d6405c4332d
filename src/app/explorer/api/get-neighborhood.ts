import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntityTypeName, GraphPayload } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { NEIGHBOUR_PAGE } from '../../../lib/view/view-state.ts';

/**
 * The first page of a neighbourhood; further pages of one type come a page at a time (the request for N
 * further pages asks for the strongest N + 1 pages of that type, up to the API's ceiling of 500).
 */

export const neighborhoodKeys = {
  all: ['neighborhood'] as const,
  of: (id: string, nodeType: EntityTypeName | undefined, pages: number) =>
    [...neighborhoodKeys.all, id, nodeType ?? 'all', pages] as const,
};

export function neighborhoodOptions(id: string, nodeType?: EntityTypeName, pages = 1) {
  return queryOptions({
    queryKey: neighborhoodKeys.of(id, nodeType, nodeType ? pages : 0),
    queryFn: ({ signal }) =>
      apiGet<GraphPayload>(
        `/entities/${encodeURIComponent(id)}/neighborhood`,
        nodeType
          ? { types: nodeType, limit: Math.min(NEIGHBOUR_PAGE * (pages + 1), 500) }
          : { limit: NEIGHBOUR_PAGE },
        signal,
      ),
  });
}

export function useNeighborhood(id: string | undefined) {
  return useQuery({ ...neighborhoodOptions(id ?? ''), enabled: Boolean(id) });
}
