import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PathsResult } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { requestCall } from '../../../lib/view/view-fetch.ts';

export const pathKeys = {
  all: ['paths'] as const,
  between: (from: string, to: string, maxLength: number) => [...pathKeys.all, from, to, maxLength] as const,
};

export function pathsOptions(from: string, to: string, maxLength: number) {
  return queryOptions({
    queryKey: pathKeys.between(from, to, maxLength),
    queryFn: ({ signal }) => {
      const { path, query } = requestCall({ kind: 'paths', from, to, maxLength });
      return apiGet<PathsResult>(path, query, signal);
    },
  });
}

export function usePaths(query: { from: string; to: string; maxLength: number } | null) {
  return useQuery({
    ...pathsOptions(query?.from ?? '', query?.to ?? '', query?.maxLength ?? 4),
    enabled: Boolean(query),
  });
}
