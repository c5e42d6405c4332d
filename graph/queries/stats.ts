import type { Stats } from '../../contract/api/payloads.ts';
import { ARTICLE_RELATIONSHIPS, ENTITY_TYPES, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';

/** Counts come from Neo4j's count store: one cheap query per whitelisted label and type. */
export async function stats(db: GraphDb): Promise<Stats> {
  const labels = [...ENTITY_TYPES, 'Article'];
  const types = [...RELATION_TYPES, ...ARTICLE_RELATIONSHIPS];
  const cypher = [
    ...labels.map((l) => `MATCH (n:${l}) RETURN 'node' AS kind, '${l}' AS name, count(n) AS n`),
    ...types.map((t) => `MATCH ()-[r:${t}]->() RETURN 'rel' AS kind, '${t}' AS name, count(r) AS n`),
  ].join(' UNION ALL ');
  const result = await db.read<{ kind: string; name: string; n: number }>(cypher);
  const out: Stats = { nodes: {}, relationships: {} };
  for (const record of result.records) {
    const bucket = record.get('kind') === 'node' ? out.nodes : out.relationships;
    bucket[record.get('name')] = record.get('n');
  }
  return out;
}
