import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphPayload } from '../../../../graph/contract/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const neighborhoodKeys = {
  all: ['neighborhood'] as const,
  of: (id: string, limit: number) => [...neighborhoodKeys.all, id, limit] as const,
};

export function neighborhoodOptions(id: string, limit = 100) {
  return queryOptions({
    queryKey: neighborhoodKeys.of(id, limit),
    queryFn: ({ signal }) =>
      apiGet<GraphPayload>(`/entities/${encodeURIComponent(id)}/neighborhood`, { limit }, signal),
  });
}

export function useNeighborhood(id: string | undefined) {
  return useQuery({ ...neighborhoodOptions(id ?? ''), enabled: Boolean(id) });
}
