import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client.ts';

/** The one QueryClient. No refetch on focus, so the graph does not re-lay itself out. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 5 * 60_000,
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500),
      },
    },
  });
}
