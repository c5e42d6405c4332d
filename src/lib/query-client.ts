import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError, isTransient } from './api-client.ts';

/** While the server is unreachable, requests are tried again every few seconds, for as long as it takes. */
export const RETRY_CEILING_MS = 3_000;

/**
 * The one QueryClient. No refetch on focus, so the graph does not re-lay itself out. A request that
 * could not reach the server (or the graph) is retried until it can, so every view recovers by itself
 * when the server is back; other failures are retried twice, except the client's own mistakes (4xx).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 5 * 60_000,
        retry: (failures, error) =>
          isTransient(error) ||
          (failures < 2 && !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500)),
        retryDelay: (failures) => Math.min(500 * 2 ** failures, RETRY_CEILING_MS),
      },
    },
  });
}
