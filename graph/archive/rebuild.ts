import { importCorrections } from '../corrections/apply-correction.ts';
import { type CorrectedLoadSummary, loadCorrected } from '../corrections/load-corrected.ts';
import type { GraphDb } from '../db/connection.ts';
import { DEFAULT_BATCH_SIZE } from '../loader/load-annotations.ts';
import { readAheadInOrder } from '../loader/read-ahead.ts';
import type { ArticleArchive } from './archive.ts';
import { withArchivedFingerprint } from './fingerprints.ts';

export interface RebuildProgress {
  phase: 'clear' | 'load';
  /** Nodes deleted, or articles loaded. */
  done: number;
  total: number;
  /** Relationships (facts) written so far, when loading. */
  relations?: number;
}

export interface RebuildSummary extends CorrectedLoadSummary {
  /** Articles in the archive (their latest annotation each). */
  archived: number;
  /** Lines of the index or of the corrections' journal that could not be read (a crash cut the last one short). */
  unreadable: number;
  /** Corrections imported from the archive before the load. */
  correctionsImported: number;
}

/** Deletes every node but the schema's version marker, a few thousand per transaction. */
export async function clearGraph(
  db: GraphDb,
  onProgress?: (deleted: number, total: number) => void,
): Promise<void> {
  const total =
    (await db.read<{ n: number }>('MATCH (n) WHERE NOT n:GuanxiSchema RETURN count(n) AS n')).records[0]?.get(
      'n',
    ) ?? 0;
  let deleted = 0;
  for (;;) {
    const result = await db.write<{ n: number }>(
      'MATCH (n) WHERE NOT n:GuanxiSchema WITH n LIMIT 5000 DETACH DELETE n RETURN count(n) AS n',
    );
    const n = result.records[0]?.get('n') ?? 0;
    if (n === 0) return;
    deleted += n;
    onProgress?.(deleted, Math.max(total, deleted));
  }
}

/**
 * The graph again from the archive alone: everything is deleted, the archived corrections imported, and
 * every article's latest annotation loaded in the order the articles first came, the way the ingests did
 * (a page's later reading under another id replaces its earlier one, as it did then, also when the earlier one
 * was archived before articles had fingerprints).
 */
export async function rebuildFromArchive(
  db: GraphDb,
  archive: ArticleArchive,
  options: { batchSize?: number; onProgress?: (progress: RebuildProgress) => void } = {},
): Promise<RebuildSummary> {
  const report = options.onProgress ?? (() => {});
  const { entries, unreadable } = await archive.entries();
  const { corrections, unreadable: unreadableCorrections } = await archive.corrections();
  await clearGraph(db, (deleted, total) => report({ phase: 'clear', done: deleted, total }));
  if (corrections.length > 0) await importCorrections(db, corrections);
  report({ phase: 'load', done: 0, total: entries.length });
  const summary = await loadCorrected(
    db,
    readAheadInOrder(entries, async (entry) =>
      withArchivedFingerprint(await archive.annotation(entry), entry),
    ),
    {
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      onProgress: (progress) =>
        report({
          phase: 'load',
          done: progress.articles,
          total: entries.length,
          relations: progress.relations,
        }),
    },
  );
  return {
    ...summary,
    archived: entries.length,
    unreadable: unreadable + unreadableCorrections,
    correctionsImported: corrections.length,
  };
}
