import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntityTypeName, GraphPayload } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { requestCall } from '../../../lib/view/view-fetch.ts';

/** The first page of a neighbourhood; further pages of one type come a page at a time (requestCall). */

export const neighborhoodKeys = {
  all: ['neighborhood'] as const,
  of: (id: string, nodeType: EntityTypeName | undefined, pages: number) =>
    [...neighborhoodKeys.all, id, nodeType ?? 'all', pages] as const,
};

export function neighborhoodOptions(id: string, nodeType?: EntityTypeName, pages = 1) {
  return queryOptions({
    queryKey: neighborhoodKeys.of(id, nodeType, nodeType ? pages : 0),
    queryFn: ({ signal }) => {
      const { path, query } = requestCall(
        nodeType ? { kind: 'neighborhood', id, nodeType, pages } : { kind: 'neighborhood', id },
      );
      return apiGet<GraphPayload>(path, query, signal);
    },
  });
}

export function useNeighborhood(id: string | undefined) {
  return useQuery({ ...neighborhoodOptions(id ?? ''), enabled: Boolean(id) });
}
