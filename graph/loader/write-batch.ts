import { ENTITY_TYPES, type EntityType, isEntityType, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb, Transaction } from '../db/connection.ts';
import type { BatchParams } from './prepare.ts';
import { type BatchEdges, batchEdges, byPair, type PreviousState, withdrawn } from './previous-state.ts';
import { procedureBatch } from './procedure-batch.ts';
import * as Q from './statements.ts';

export interface BatchCounts {
  /** `replaced`: articles read earlier from the same page as one of the batch, under another id, now gone. */
  articles: { created: number; total: number; replaced: number };
  /** Those articles' ids, and the earlier readings of a page the batch passed over (see `prepareBatch`). */
  replacedIds: string[];
  entities: { created: number; total: number };
  relations: { created: number; total: number };
}

export interface WriteBatchOptions {
  /**
   * Write entities, mentions, bylines, facts and supports with the launcher's `guanxi.writeBatch` (the loader
   * checks once per load that the server has it: `hasWriteProcedure`); otherwise with Cypher.
   */
  procedure?: boolean;
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
export async function writeBatch(
  tx: Transaction,
  batch: BatchParams,
  options: WriteBatchOptions = {},
): Promise<BatchCounts> {
  const counts: BatchCounts = {
    articles: { created: 0, total: 0, replaced: 0 },
    entities: { created: 0, total: 0 },
    relations: { created: 0, total: 0 },
    replacedIds: [],
  };
  const { articleIds, articles, links } = batch;
  // The articles first: their write locks make a concurrent load of the same article wait here, so the
  // state read next is the one this transaction builds on (new supports and mentions are created blind).
  const merged = await tx.run(Q.MERGE_ARTICLES, { articles });
  add(counts.articles, merged);
  // An article the batch replaces states nothing now: everything it said is withdrawn with the rest.
  const replaced = (
    await tx.run(Q.REPLACED_ARTICLES, { articles, articleIds, replacedIds: batch.replacedIds })
  ).records.map((r) => String(r.get('id')));
  counts.articles.replaced = replaced.length;
  counts.replacedIds = [...new Set([...replaced, ...batch.replacedIds])];
  const touched = [...articleIds, ...replaced];
  const previous = (await tx.run(Q.PREVIOUS_STATE, { articleIds: touched })).records.map(
    (r) => r.toObject() as unknown as PreviousState,
  );
  const gone = withdrawn(previous, batch);
  const edges = batchEdges(previous, batch);
  const weakened: (FactEnds & { weight: number })[] = gone.supports.length
    ? (await tx.run(Q.REMOVE_SUPPORTS, { removed: gone.supports })).records.map(
        (r) => r.toObject() as unknown as FactEnds & { weight: number },
      )
    : [];
  if (gone.mentions.length) await tx.run(Q.REMOVE_MENTIONS, { rows: gone.mentions });
  await tx.run(Q.STRIP_ARTICLE_EDGES, { articleIds: touched });
  await tx.run(Q.ADOPT_STUBS, { articles });
  const neighbours = new NeighbourChanges();
  if (options.procedure) {
    const now = merged.records[0]?.get('now');
    const written = (await tx.run(Q.WRITE_BATCH, { batch: procedureBatch(batch, edges, now) })).records[0];
    counts.entities.created = Number(written?.get('entitiesCreated') ?? 0);
    counts.entities.total = Number(written?.get('entitiesTotal') ?? 0);
    counts.relations.created = Number(written?.get('relationsCreated') ?? 0);
    for (const facts of Object.values(batch.relations)) counts.relations.total += facts?.length ?? 0;
  } else {
    await writeWithCypher(tx, batch, edges, counts, neighbours);
  }
  await tx.run(Q.MERGE_LINKS, { links });
  const dead = weakened.filter((f) => f.weight <= 0);
  if (dead.length) {
    const pairs = [...byPair(dead).values()].map((p) => ({
      a: p.a,
      b: p.b,
      facts: p.rows.map((r) => r.fact),
    }));
    neighbours.add((await tx.run(Q.DELETE_UNSUPPORTED, { pairs })).records, -1);
  }
  const changes = neighbours.rows();
  if (changes.length) await tx.run(Q.COUNT_NEIGHBOURS, { rows: changes });
  if (replaced.length) await tx.run(Q.DELETE_ARTICLES, { ids: replaced });
  const candidates = gone.mentions.map((m) => m.entity);
  if (candidates.length) await tx.run(Q.DELETE_ORPHANS, { candidates });
  return counts;
}

/**
 * Entities, mentions, bylines, facts, supports and new neighbours with Cypher statements: what `guanxi.writeBatch`
 * does in one call where the launcher has it.
 */
async function writeWithCypher(
  tx: Transaction,
  batch: BatchParams,
  edges: BatchEdges,
  counts: BatchCounts,
  neighbours: NeighbourChanges,
): Promise<void> {
  const { articles } = batch;
  for (const label of ENTITY_TYPES) {
    const rows = batch.entities.filter((e) => e.label === label);
    if (rows.length) add(counts.entities, await tx.run(Q.mergeEntities(label), { rows }));
  }
  if (edges.newMentions.length) await tx.run(Q.NEW_MENTIONS, { rows: edges.newMentions });
  if (edges.keptMentions.length) await tx.run(Q.KEPT_MENTIONS, { rows: edges.keptMentions });
  await tx.run(Q.MERGE_BYLINES, { articles });
  const made: FactEnds[] = [];
  for (const type of RELATION_TYPES) {
    const facts = batch.relations[type];
    if (!facts?.length) continue;
    const rows = facts.map(({ supports: _, ...fact }) => ({
      ...fact,
      ...(edges.counters.get(fact.id) ?? { added: 0, first: null, last: null }),
    }));
    const result = await tx.run(Q.mergeFacts(type), { rows });
    for (const record of result.records) {
      const row = record.toObject() as unknown as FactEnds & { created: boolean };
      if (row.created) made.push(row);
    }
    counts.relations.total += rows.length;
  }
  if (edges.newSupports.length) await tx.run(Q.NEW_SUPPORTS, { rows: edges.newSupports });
  if (edges.keptSupports.length) await tx.run(Q.KEPT_SUPPORTS, { rows: edges.keptSupports });
  counts.relations.created = made.length;
  if (made.length) {
    const pairs = [...byPair(made).values()].map((p) => ({ a: p.a, b: p.b, made: p.rows.length }));
    neighbours.add((await tx.run(Q.NEW_NEIGHBOURS, { pairs })).records, 1);
  }
}

/**
 * Whether the server has the launcher's write procedure (a plain Neo4j has not). A server that will not say (a user
 * without the privilege to list procedures on a managed Neo4j) is written to with Cypher, as one without it.
 */
export async function hasWriteProcedure(db: Pick<GraphDb, 'read'>): Promise<boolean> {
  try {
    const result = await db.read(Q.HAS_WRITE_PROCEDURE, { name: Q.WRITE_PROCEDURE });
    return Number(result.records[0]?.get('found') ?? 0) > 0;
  } catch {
    return false;
  }
}

/** Pairs that became (+1) or stopped being (-1) neighbours, summed per entity and type of the other end. */
class NeighbourChanges {
  private readonly byEntity = new Map<string, Record<EntityType, number>>();

  add(pairs: { get(key: string): unknown }[], sign: 1 | -1): void {
    for (const pair of pairs) {
      this.count(String(pair.get('a')), pair.get('bType'), sign);
      this.count(String(pair.get('b')), pair.get('aType'), sign);
    }
  }

  private count(id: string, type: unknown, sign: number): void {
    if (typeof type !== 'string' || !isEntityType(type)) return;
    const row =
      this.byEntity.get(id) ??
      (Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>);
    row[type] += sign;
    this.byEntity.set(id, row);
  }

  rows(): ({ id: string } & Record<EntityType, number>)[] {
    return [...this.byEntity]
      .filter(([, row]) => ENTITY_TYPES.some((t) => row[t] !== 0))
      .map(([id, row]) => ({ id, ...row }));
  }
}

function add(
  into: { created: number; total: number },
  result: { records: { get(key: string): unknown }[] },
): void {
  const record = result.records[0];
  into.created += Number(record?.get('created') ?? 0);
  into.total += Number(record?.get('total') ?? 0);
}
