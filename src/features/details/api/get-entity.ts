import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntityDetail } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const entityKeys = {
  all: ['entity'] as const,
  detail: (id: string) => [...entityKeys.all, id] as const,
};

export function entityOptions(id: string) {
  return queryOptions({
    queryKey: entityKeys.detail(id),
    queryFn: ({ signal }) => apiGet<EntityDetail>(`/entities/${encodeURIComponent(id)}`, {}, signal),
  });
}

export function useEntity(id: string) {
  return useQuery(entityOptions(id));
}
