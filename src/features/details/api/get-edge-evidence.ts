import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EdgeEvidence } from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const evidenceKeys = {
  all: ['evidence'] as const,
  edge: (id: string) => [...evidenceKeys.all, id] as const,
};

export function edgeEvidenceOptions(id: string) {
  return queryOptions({
    queryKey: evidenceKeys.edge(id),
    queryFn: ({ signal }) => apiGet<EdgeEvidence>(`/edges/${encodeURIComponent(id)}/evidence`, {}, signal),
  });
}

export function useEdgeEvidence(id: string) {
  return useQuery(edgeEvidenceOptions(id));
}
