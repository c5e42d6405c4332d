import { ENTITY_TYPES, RELATION_TYPES } from '../../contract/model.ts';
import type { BatchParams } from './prepare.ts';
import type { BatchEdges } from './previous-state.ts';

/**
 * The map `guanxi.writeBatch` takes: what the Cypher path's entity, mention, byline, fact and support statements
 * get as parameters, in the order they run (entities by label, facts by type), and the transaction's time for
 * `createdAt`.
 */
export function procedureBatch(batch: BatchParams, edges: BatchEdges, now: unknown): Record<string, unknown> {
  const labelOrder = (label: string) => order(ENTITY_TYPES, label);
  const typeOrder = (type: string) => order(RELATION_TYPES, type);
  return {
    now,
    // A label outside the model is passed on too (the Cypher path leaves such rows out).
    entities: [...batch.entities].sort((a, b) => labelOrder(a.label) - labelOrder(b.label)),
    newMentions: edges.newMentions,
    keptMentions: edges.keptMentions,
    bylines: batch.articles.map(({ id, reporters, reporterIds, source, sourceId }) => ({
      id,
      reporters,
      reporterIds,
      source,
      sourceId,
    })),
    // A type outside the model is passed on, for the procedure to refuse by name.
    facts: Object.entries(batch.relations)
      .sort(([a], [b]) => typeOrder(a) - typeOrder(b))
      .flatMap(([type, rows]) =>
        (rows ?? []).map(({ supports: _, ...fact }) => ({
          type,
          ...fact,
          ...(edges.counters.get(fact.id) ?? { added: 0, first: null, last: null }),
        })),
      ),
    newSupports: edges.newSupports,
    keptSupports: edges.keptSupports,
  };
}

/** Where a name comes in the model's list; names outside it after all the others. */
function order(list: readonly string[], name: string): number {
  const i = list.indexOf(name);
  return i < 0 ? list.length : i;
}
