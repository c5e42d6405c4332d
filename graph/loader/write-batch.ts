import { ENTITY_TYPES, RELATION_TYPES } from '../../contract/model.ts';
import type { Transaction } from '../db/connection.ts';
import type { BatchParams } from './prepare.ts';
import { byPair, type PreviousState, withdrawn } from './previous-state.ts';
import * as Q from './statements.ts';

export interface BatchCounts {
  articles: { created: number; total: number };
  entities: { created: number; total: number };
  relations: { created: number; total: number };
}

interface FactEnds {
  fact: string;
  from: string;
  to: string;
}

/**
 * Writes one prepared batch inside a write transaction. Idempotent: the driver may run it again after a
 * transient error, and loading the same articles twice leaves the graph as once.
 */
export async function writeBatch(tx: Transaction, batch: BatchParams): Promise<BatchCounts> {
  const counts: BatchCounts = {
    articles: { created: 0, total: 0 },
    entities: { created: 0, total: 0 },
    relations: { created: 0, total: 0 },
  };
  const { articleIds, articles, mentions, links } = batch;
  const previous = (await tx.run(Q.PREVIOUS_STATE, { articleIds })).records.map(
    (r) => r.toObject() as unknown as PreviousState,
  );
  const gone = withdrawn(previous, batch);
  const weakened: (FactEnds & { weight: number })[] = gone.supports.length
    ? (await tx.run(Q.REMOVE_SUPPORTS, { removed: gone.supports })).records.map(
        (r) => r.toObject() as unknown as FactEnds & { weight: number },
      )
    : [];
  if (gone.mentions.length) await tx.run(Q.REMOVE_MENTIONS, { rows: gone.mentions });
  await tx.run(Q.STRIP_ARTICLE_EDGES, { articleIds });
  add(counts.articles, await tx.run(Q.MERGE_ARTICLES, { articles }));
  await tx.run(Q.ADOPT_STUBS, { articles });
  for (const label of ENTITY_TYPES) {
    const rows = batch.entities.filter((e) => e.label === label);
    if (rows.length) add(counts.entities, await tx.run(Q.mergeEntities(label), { rows }));
  }
  await tx.run(Q.MERGE_MENTIONS, { mentions });
  await tx.run(Q.MERGE_BYLINES, { articles });
  const made: FactEnds[] = [];
  for (const type of RELATION_TYPES) {
    const rows = batch.relations[type];
    if (!rows?.length) continue;
    const result = await tx.run(Q.mergeFacts(type), { rows });
    for (const record of result.records) {
      const row = record.toObject() as unknown as FactEnds & { created: boolean };
      if (row.created) made.push(row);
    }
    counts.relations.total += rows.length;
  }
  counts.relations.created = made.length;
  if (made.length) {
    const pairs = [...byPair(made).values()].map((p) => ({ a: p.a, b: p.b, made: p.rows.length }));
    await tx.run(Q.LINK_NEIGHBOURS, { pairs });
  }
  await tx.run(Q.MERGE_LINKS, { links });
  const dead = weakened.filter((f) => f.weight <= 0);
  if (dead.length) {
    const pairs = [...byPair(dead).values()].map((p) => ({
      a: p.a,
      b: p.b,
      facts: p.rows.map((r) => r.fact),
    }));
    await tx.run(Q.DELETE_UNSUPPORTED, { pairs });
  }
  const candidates = gone.mentions.map((m) => m.entity);
  if (candidates.length) await tx.run(Q.DELETE_ORPHANS, { candidates });
  return counts;
}

function add(
  into: { created: number; total: number },
  result: { records: { get(key: string): unknown }[] },
): void {
  const record = result.records[0];
  into.created += Number(record?.get('created') ?? 0);
  into.total += Number(record?.get('total') ?? 0);
}
