import type { Annotation } from '../../contract/annotation/types.ts';
import type { GraphDb, Transaction } from '../db/connection.ts';
import { prepareBatch } from './prepare.ts';
import { type BatchCounts, writeBatch } from './write-batch.ts';

export interface CreatedMerged {
  created: number;
  merged: number;
}

export interface LoadSummary {
  articles: CreatedMerged;
  entities: CreatedMerged;
  relations: CreatedMerged;
  batches: number;
}

/** Writes one batch of annotations inside the batch's transaction. */
export type BatchWriter = (tx: Transaction, annotations: Annotation[]) => Promise<BatchCounts>;

const writeAsExtracted: BatchWriter = (tx, annotations) => writeBatch(tx, prepareBatch(annotations));

export interface LoadOptions {
  batchSize?: number;
  onBatch?: (done: number, total: number) => void;
  /** What a batch's transaction does (default: write the annotations as they are; corrections wrap this). */
  writer?: BatchWriter;
}

/**
 * Loads validated annotations, one write transaction per batch of articles. Loading an article again
 * replaces what it said before (its mentions and its support of relationships), so loads are
 * idempotent and an interrupted ingest can simply be run again.
 */
export async function loadAnnotations(
  db: GraphDb,
  annotations: Annotation[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 25;
  const summary: LoadSummary = {
    articles: { created: 0, merged: 0 },
    entities: { created: 0, merged: 0 },
    relations: { created: 0, merged: 0 },
    batches: 0,
  };
  for (let start = 0; start < annotations.length; start += batchSize) {
    const slice = annotations.slice(start, start + batchSize);
    const writer = options.writer ?? writeAsExtracted;
    // Counted only once the transaction function completes: a retried attempt starts from zero.
    const counts = await db.writeTransaction((tx) => writer(tx, slice));
    for (const key of ['articles', 'entities', 'relations'] as const) {
      summary[key].created += counts[key].created;
      summary[key].merged += counts[key].total - counts[key].created;
    }
    summary.batches += 1;
    options.onBatch?.(Math.min(start + batchSize, annotations.length), annotations.length);
  }
  return summary;
}
