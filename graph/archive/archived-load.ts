import type { Annotation } from '../../contract/annotation/types.ts';
import { type CorrectedLoadSummary, loadCorrected } from '../corrections/load-corrected.ts';
import type { GraphDb } from '../db/connection.ts';
import { DEFAULT_BATCH_SIZE, type LoadOptions } from '../loader/load-annotations.ts';
import type { ArchiveItem, ArticleArchive } from './archive.ts';

/**
 * The annotations of the items, each group of `size` recorded in the archive (one append) before it is
 * handed on: the loader puts an annotation in a batch only after it came out of here, so an article is in
 * the archive before the transaction that loads it commits. Memory holds one group.
 */
export async function* archived(
  archive: ArticleArchive,
  items: AsyncIterable<ArchiveItem> | Iterable<ArchiveItem>,
  size = DEFAULT_BATCH_SIZE,
): AsyncGenerator<Annotation> {
  let group: ArchiveItem[] = [];
  const flush = async function* () {
    const full = group;
    group = [];
    await archive.record(full);
    for (const item of full) yield item.annotation;
  };
  for await (const item of items) {
    group.push(item);
    if (group.length >= size) yield* flush();
  }
  if (group.length > 0) yield* flush();
}

async function* annotationsOf(items: AsyncIterable<ArchiveItem> | Iterable<ArchiveItem>) {
  for await (const item of items) yield item.annotation;
}

/**
 * The way new articles enter the graph: their annotations (and their files' bytes, stored by the caller
 * with `putSource`/`putSourceFile` as it reads them) are archived first, then loaded with corrections
 * applied, as they come. Without an archive (a test app, a caller that keeps none) it is `loadCorrected`.
 */
export function loadArchived(
  db: GraphDb,
  archive: ArticleArchive | undefined,
  items: AsyncIterable<ArchiveItem> | Iterable<ArchiveItem>,
  options: Omit<LoadOptions, 'writer'> = {},
): Promise<CorrectedLoadSummary> {
  const annotations = archive ? archived(archive, items, options.batchSize) : annotationsOf(items);
  return loadCorrected(db, annotations, options);
}
