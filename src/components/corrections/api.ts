import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CorrectionInput, CorrectionList, CorrectionResult } from '../../../contract/api/corrections.ts';
import { apiGet, apiPost } from '../../lib/api-client.ts';

export const correctionKeys = {
  all: ['corrections'] as const,
  entity: (id: string) => [...correctionKeys.all, 'entity', id] as const,
};

export function entityCorrectionsOptions(id: string) {
  return queryOptions({
    queryKey: correctionKeys.entity(id),
    queryFn: ({ signal }) => apiGet<CorrectionList>('/corrections', { entity: id, limit: 50 }, signal),
  });
}

export function useEntityCorrections(id: string) {
  return useQuery(entityCorrectionsOptions(id));
}

/** `POST /api/corrections` with the token as a bearer header; what the graph showed is stale afterwards. */
export function postCorrection(input: CorrectionInput, token: string): Promise<CorrectionResult> {
  return apiPost<CorrectionResult>('/corrections', input, { token });
}

export function useCorrect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, token }: { input: CorrectionInput; token: string }) => postCorrection(input, token),
    onSuccess: () => client.invalidateQueries(),
  });
}
