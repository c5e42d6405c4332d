import type { EmbedTarget } from '../../contract/api/embed-url.ts';
import type {
  ArticleDetail,
  EdgeEvidence,
  EntityDetail,
  GraphPayload,
  PathsResult,
  Snapshot,
  SnapshotCitation,
} from '../../contract/api/payloads.ts';
import { citationsOf, type Loaded } from './model.ts';

/** How many neighbours a live entity embed shows, and how many paths a path embed draws. */
export const NEIGHBOUR_LIMIT = 100;
export const PATH_LIMIT = 3;

/** The API answered with an error status (404: the thing does not exist). */
export class EmbedLoadError extends Error {
  constructor(readonly status: number) {
    super(`request failed with status ${status}`);
    this.name = 'EmbedLoadError';
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new EmbedLoadError(response.status);
  return (await response.json()) as T;
}

const enc = encodeURIComponent;

/**
 * Reads what the embed shows: only the one thing named in its URL (the embed never asks for more of
 * the graph than was shared).
 */
export async function loadTarget(target: EmbedTarget, asOf: string | null): Promise<Loaded> {
  switch (target.kind) {
    case 'entity': {
      // The graph alone: the entity's articles (for the caption) follow with loadEntityArticles.
      const as = asOf ? `&asOf=${asOf}` : '';
      const neighborhood = await getJson<GraphPayload>(
        `/api/entities/${enc(target.id)}/neighborhood?limit=${NEIGHBOUR_LIMIT}${as}`,
      );
      return { kind: 'entity', neighborhood, asOf };
    }
    case 'article':
      return { kind: 'article', detail: await getJson<ArticleDetail>(`/api/articles/${enc(target.id)}`) };
    case 'path':
      return {
        kind: 'path',
        result: await getJson<PathsResult>(
          `/api/paths?from=${enc(target.from)}&to=${enc(target.to)}&limit=${PATH_LIMIT}`,
        ),
      };
    case 'view':
      return { kind: 'view', snapshot: await getJson<Snapshot>(`/api/snapshots/${enc(target.id)}`) };
  }
}

/** The articles that mention an entity, newest first: the sources of a live entity embed. */
export async function loadEntityArticles(id: string): Promise<SnapshotCitation[]> {
  const detail = await getJson<EntityDetail>(`/api/entities/${enc(id)}`);
  return citationsOf(detail.articles);
}

/** The sentences behind an edge of a live embed. */
export function loadEvidence(edgeId: string, signal?: AbortSignal): Promise<EdgeEvidence> {
  return getJson<EdgeEvidence>(`/api/edges/${enc(edgeId)}/evidence`, signal);
}
