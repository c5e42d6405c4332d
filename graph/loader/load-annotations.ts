import type { Annotation } from '../../contract/annotation/types.ts';
import type { GraphDb, Transaction } from '../db/connection.ts';
import { prepareBatch } from './prepare.ts';
import { type BatchCounts, hasWriteProcedure, type WriteBatchOptions, writeBatch } from './write-batch.ts';

export interface CreatedMerged {
  created: number;
  merged: number;
}

export interface LoadSummary {
  /** `replaced`: articles read earlier from the same pages under other ids (an older parser's), now gone. */
  articles: CreatedMerged & { replaced: number };
  entities: CreatedMerged;
  relations: CreatedMerged;
  batches: number;
  /** How the batches were written: with the launcher's procedure or with Cypher statements only. */
  writePath: 'procedure' | 'cypher';
}

export interface LoadProgress {
  /** Articles written so far, and the relations (facts stated by them) and mentions they held. */
  articles: number;
  relations: number;
  mentions: number;
}

/**
 * Writes one batch of annotations inside the batch's transaction; `how` says whether the loader's `writeBatch` may use
 * the launcher's procedure (asked once per load).
 */
export type BatchWriter = (
  tx: Transaction,
  annotations: Annotation[],
  how: WriteBatchOptions,
) => Promise<BatchCounts>;

export interface LoadOptions {
  /** Articles per write transaction (default 100). */
  batchSize?: number;
  /** After each committed batch. */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * What a batch's transaction does (corrections wrap the loader with this). Default: the batch is
   * prepared while the one before it is written, and its transaction only writes.
   */
  writer?: BatchWriter;
  /**
   * How batches are written (the caller's writer is told too): with the launcher's procedure when the server has it
   * ('auto', the default, asks once per load), or always with Cypher ('cypher'; a test compares both).
   */
  writePath?: 'auto' | 'cypher';
}

/** Enough articles per transaction that a hub's counters are written once for many of its mentions. */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * A batch is background work, not a request: on a cold JVM of a loaded machine one with a hub of thousands
 * of relationships took 92 s, past the 60 s that reads and interactive writes get.
 */
export const BATCH_TIMEOUT_MS = 600_000;

/**
 * Loads validated annotations as they come, one write transaction per batch of articles, while the next
 * batch is read (and, without a writer of the caller's, prepared), so Node and Neo4j work at the same
 * time. Memory holds two batches, whatever the number of articles. Loading an article again replaces what
 * it said before (its mentions and its support of relationships), so loads are idempotent and an
 * interrupted load can be run again.
 */
export async function loadAnnotationStream(
  db: GraphDb,
  source: AsyncIterable<Annotation> | Iterable<Annotation>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: LoadSummary = {
    articles: { created: 0, merged: 0, replaced: 0 },
    entities: { created: 0, merged: 0 },
    relations: { created: 0, merged: 0 },
    batches: 0,
    writePath: 'cypher',
  };
  const progress: LoadProgress = { articles: 0, relations: 0, mentions: 0 };
  const write = async (batch: Annotation[], work: BatchWriter) => {
    // Counted only once the transaction function completes: a retried attempt starts from zero.
    // The full-text indexes catch up once, at the end of the load (below), not after every batch.
    const counts: BatchCounts = await db.writeTransaction((tx) => work(tx, batch, how), BATCH_TIMEOUT_MS, {
      searchable: false,
    });
    for (const key of ['articles', 'entities', 'relations'] as const) {
      summary[key].created += counts[key].created;
      summary[key].merged += counts[key].total - counts[key].created;
    }
    summary.articles.replaced += counts.articles.replaced;
    summary.batches += 1;
    progress.articles += batch.length;
    for (const a of batch) {
      progress.relations += a.relations.length;
      progress.mentions += a.entities.length;
    }
    options.onProgress?.({ ...progress });
  };
  // At most one batch is being written while the next one is read and prepared; a failed write is
  // reported (and nothing more is written) at the next batch or at the end.
  let writing: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  let batch: Annotation[] = [];
  const how: WriteBatchOptions = {
    procedure: options.writePath !== 'cypher' && (await hasWriteProcedure(db)),
  };
  summary.writePath = how.procedure ? 'procedure' : 'cypher';
  const flush = async () => {
    const full = batch;
    batch = [];
    let work = options.writer;
    if (!work) {
      const params = prepareBatch(full);
      work = (tx) => writeBatch(tx, params, how);
    }
    await writing;
    if (failure) throw failure.error;
    writing = write(full, work).catch((error: unknown) => {
      failure ??= { error };
    });
  };
  try {
    for await (const annotation of source) {
      batch.push(annotation);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
  } finally {
    await writing;
    // What was committed is searchable when the load returns, also when it failed part-way.
    if (summary.batches > 0) await db.awaitSearchable(BATCH_TIMEOUT_MS);
  }
  if (failure) throw failure.error;
  return summary;
}

/** The same for annotations already in memory (a request body, the seed). */
export function loadAnnotations(
  db: GraphDb,
  annotations: Annotation[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  return loadAnnotationStream(db, annotations, options);
}
