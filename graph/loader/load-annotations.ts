import type { Annotation } from '../../contract/annotation/types.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { prepareBatch } from './prepare.ts';
import * as Q from './statements.ts';

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

export interface LoadOptions {
  batchSize?: number;
  onBatch?: (done: number, total: number) => void;
}

type Counts = { created: number; total: number };

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
    const batch = prepareBatch(annotations.slice(start, start + batchSize));
    await db
      .writeTransaction(async (tx) => {
        const counts = { articles: zero(), entities: zero(), relations: zero() };
        const { articleIds, articles, mentions, links } = batch;
        const previous =
          (await tx.run<{ ids: string[] }>(Q.PREVIOUSLY_MENTIONED, { articleIds })).records[0]?.get('ids') ??
          [];
        await tx.run(Q.STRIP_SUPPORT, { previous, articleIds });
        await tx.run(Q.STRIP_ARTICLE_EDGES, { articleIds });
        add(counts.articles, await tx.run<Counts>(Q.MERGE_ARTICLES, { articles }));
        await tx.run(Q.ADOPT_STUBS, { articles });
        for (const label of ENTITY_TYPES) {
          const rows = batch.entities.filter((e) => e.label === label);
          if (rows.length) add(counts.entities, await tx.run<Counts>(Q.mergeEntities(label), { rows }));
        }
        await tx.run(Q.MERGE_MENTIONS, { mentions });
        await tx.run(Q.MERGE_BYLINES, { articles });
        for (const type of RELATION_TYPES) {
          const rows = batch.relations[type];
          if (rows?.length) add(counts.relations, await tx.run<Counts>(Q.mergeRelations(type), { rows }));
        }
        await tx.run(Q.MERGE_LINKS, { links });
        await tx.run(Q.DELETE_UNSUPPORTED, { previous });
        await tx.run(Q.DELETE_ORPHANS, { previous });
        // Counted only once the transaction function completes: a retried attempt starts from zero.
        return counts;
      })
      .then((counts) => {
        for (const key of ['articles', 'entities', 'relations'] as const) {
          summary[key].created += counts[key].created;
          summary[key].merged += counts[key].total - counts[key].created;
        }
      });
    summary.batches += 1;
    options.onBatch?.(Math.min(start + batchSize, annotations.length), annotations.length);
  }
  return summary;
}

function zero(): Counts {
  return { created: 0, total: 0 };
}

function add(into: Counts, result: { records: { get(key: 'created' | 'total'): number }[] }): void {
  const record = result.records[0];
  into.created += record?.get('created') ?? 0;
  into.total += record?.get('total') ?? 0;
}
