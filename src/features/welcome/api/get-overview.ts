import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CorpusOverview } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const overviewKeys = { all: ['overview'] as const };

export function overviewOptions() {
  return queryOptions({
    queryKey: overviewKeys.all,
    queryFn: ({ signal }) => apiGet<CorpusOverview>('/overview', {}, signal),
  });
}

export function useOverview() {
  return useQuery(overviewOptions());
}
