import { citationsOf } from '../../contract/api/citations.ts';
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
import { apiGet } from '../lib/api-client.ts';
import { fetchVisibleView } from '../lib/view/view-fetch.ts';
import type { View } from '../lib/view/view-state.ts';
import type { Loaded } from './model.ts';

/** How many neighbours a live entity embed shows, and how many paths a path embed draws. */
export const NEIGHBOUR_LIMIT = 100;
export const PATH_LIMIT = 3;

const enc = encodeURIComponent;

/**
 * Reads what the embed shows: only the one thing named in its URL (the embed never asks for more of
 * the graph than was shared). Errors are the web app's (ApiRequestError with the status, NetworkError).
 */
export async function loadTarget(
  target: EmbedTarget,
  asOf: string | null,
  view: View | null = null,
): Promise<Loaded> {
  switch (target.kind) {
    case 'entity': {
      // A view of the explorer: what it shows, fetched and filtered as the explorer does.
      if (view) return { kind: 'entity', neighborhood: await fetchVisibleView(view), asOf, view };
      // The graph alone: the entity's articles (for the caption) follow with loadEntityArticles.
      const neighborhood = await apiGet<GraphPayload>(`/entities/${enc(target.id)}/neighborhood`, {
        limit: NEIGHBOUR_LIMIT,
        asOf,
      });
      return { kind: 'entity', neighborhood, asOf };
    }
    case 'article':
      return { kind: 'article', detail: await apiGet<ArticleDetail>(`/articles/${enc(target.id)}`) };
    case 'path':
      return {
        kind: 'path',
        result: await apiGet<PathsResult>('/paths', { from: target.from, to: target.to, limit: PATH_LIMIT }),
      };
    case 'view':
      return { kind: 'view', snapshot: await apiGet<Snapshot>(`/snapshots/${enc(target.id)}`) };
  }
}

/** The articles that mention an entity, newest first: the sources of a live entity embed. */
export async function loadEntityArticles(id: string): Promise<SnapshotCitation[]> {
  const detail = await apiGet<EntityDetail>(`/entities/${enc(id)}`);
  return citationsOf(detail.articles);
}

/** The sentences behind an edge of a live embed. */
export function loadEvidence(edgeId: string, signal?: AbortSignal): Promise<EdgeEvidence> {
  return apiGet<EdgeEvidence>(`/edges/${enc(edgeId)}/evidence`, {}, signal);
}
