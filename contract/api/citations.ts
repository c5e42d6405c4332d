import type { ArticleRef, SnapshotCitation } from './payloads.ts';

/**
 * The one citation model: an article as a source of what a view shows. The embeds' captions, the embed
 * dialog and frozen snapshots cite articles this way.
 */
export const MAX_CITATIONS = 50;

export function citationOf(article: ArticleRef): SnapshotCitation {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
  };
}

/** Articles as sources, each once, in the order given, at most `max`. */
export function citationsOf(refs: Iterable<ArticleRef>, max = MAX_CITATIONS): SnapshotCitation[] {
  const seen = new Map<string, SnapshotCitation>();
  for (const ref of refs) {
    if (seen.size >= max) break;
    if (!seen.has(ref.id)) seen.set(ref.id, citationOf(ref));
  }
  return [...seen.values()];
}
