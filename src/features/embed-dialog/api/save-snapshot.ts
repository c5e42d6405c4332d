import { useMutation } from '@tanstack/react-query';
import type { SnapshotCreated, SnapshotInput } from '../../../../contract/api/payloads.ts';
import { apiPost } from '../../../lib/api-client.ts';

/** `POST /api/snapshots` with the token as a bearer header (never in the URL). */
export function saveSnapshot(input: SnapshotInput, token: string): Promise<SnapshotCreated> {
  return apiPost<SnapshotCreated>('/snapshots', input, { token });
}

export function useSaveSnapshot() {
  return useMutation({
    mutationFn: ({ input, token }: { input: SnapshotInput; token: string }) => saveSnapshot(input, token),
  });
}
