import { queryOptions, useQuery } from '@tanstack/react-query';
import { citationOf, citationsOf } from '../../../../contract/api/citations.ts';
import type { EmbedTarget } from '../../../../contract/api/embed-url.ts';
import type {
  ArticleDetail,
  EntityDetail,
  PathsResult,
  SnapshotCitation,
} from '../../../../contract/api/payloads.ts';
import { apiGet } from '../../../lib/api-client.ts';

/**
 * The articles behind a view when the explorer does not pass them: the entity's articles, the article
 * itself, or the evidence of the paths.
 */
export async function fetchCitations(target: EmbedTarget, signal?: AbortSignal): Promise<SnapshotCitation[]> {
  const enc = encodeURIComponent;
  switch (target.kind) {
    case 'entity':
      return citationsOf((await apiGet<EntityDetail>(`/entities/${enc(target.id)}`, {}, signal)).articles);
    case 'article':
      return [citationOf((await apiGet<ArticleDetail>(`/articles/${enc(target.id)}`, {}, signal)).article)];
    case 'path': {
      const result = await apiGet<PathsResult>(
        '/paths',
        { from: target.from, to: target.to, limit: 3 },
        signal,
      );
      return citationsOf(
        result.paths.flatMap((p) => p.steps.flatMap((s) => s.evidence.map((e) => e.article))),
      );
    }
    case 'view':
      return [];
  }
}

export function citationsOptions(target: EmbedTarget | null) {
  return queryOptions({
    queryKey: ['embed-citations', target] as const,
    queryFn: ({ signal }) => (target ? fetchCitations(target, signal) : Promise.resolve([])),
  });
}

/** Citations for the dialog: the explorer's when given, else fetched for the context. */
export function useCitations(target: EmbedTarget | null, given: readonly SnapshotCitation[] | undefined) {
  return useQuery({ ...citationsOptions(target), enabled: !given && target !== null });
}
