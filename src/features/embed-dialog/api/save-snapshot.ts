import { useMutation } from '@tanstack/react-query';
import type { ApiError, SnapshotCreated, SnapshotInput } from '../../../../contract/api/payloads.ts';
import { ApiRequestError, apiUrl, NetworkError } from '../../../lib/api-client.ts';

/** `POST /api/snapshots` with the token as a bearer header (never in the URL). */
export async function saveSnapshot(input: SnapshotInput, token: string): Promise<SnapshotCreated> {
  let response: Response;
  try {
    response = await fetch(apiUrl('/snapshots'), {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(input),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (response.status !== 201) {
    const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
    throw new ApiRequestError(response.status, body);
  }
  return (await response.json()) as SnapshotCreated;
}

export function useSaveSnapshot() {
  return useMutation({
    mutationFn: ({ input, token }: { input: SnapshotInput; token: string }) => saveSnapshot(input, token),
  });
}
