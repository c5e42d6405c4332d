import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Stats } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const statsKeys = { all: ['stats'] as const };

export function statsOptions() {
  return queryOptions({
    queryKey: statsKeys.all,
    queryFn: ({ signal }) => apiGet<Stats>('/stats', {}, signal),
  });
}

export function useStats() {
  return useQuery(statsOptions());
}
