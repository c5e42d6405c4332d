import type { Node, Relationship } from 'neo4j-driver';
import type {
  Direction,
  EntitySummary,
  EntityTypeName,
  RelationshipRow,
} from '../../contract/api/payloads.ts';
import { ENTITY_TYPES, RELATION_TYPES, type RelationType } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { toGraphEdge, toGraphNode } from './mappers.ts';

export interface EntitySummaryParams {
  id: string;
  /** Only relationships of these types (default: all entity-to-entity types). */
  relations: RelationType[];
  direction: Direction | null;
  limit: number;
  offset: number;
}

/** Neighbour types are counted over at most this many relationships; a larger hub says its count is partial. */
export const TYPE_SCAN_LIMIT = 20_000;

/**
 * Degree counts by type and direction: `COUNT { (n)-[:T]->() }` with nothing said about the other end is
 * answered from the node's relationship counts (getDegree), without reading a single relationship, so it
 * costs the same for a hub of 10,000 as for a node of 3. Types come from the whitelist only.
 */
const DEGREES = RELATION_TYPES.map(
  (t) => `{type: '${t}', out: COUNT { (n)-[:${t}]->() }, in: COUNT { (n)<-[:${t}]-() }}`,
).join(',\n  ');

const CENTRE = `
MATCH (n:Entity {id: $id})
RETURN n, COUNT { (n)<-[:MENTIONS]-() } AS articles, [
  ${DEGREES}
] AS degrees`;

const NEIGHBOUR_TYPES = `
MATCH (:Entity {id: $id})-[r]-(m:Entity)
WHERE type(r) IN $relations
WITH m LIMIT $scan
WITH DISTINCT m
RETURN [l IN labels(m) WHERE l IN $types][0] AS type, count(*) AS n`;

const ROWS = `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE type(r) IN $relations AND ($direction IS NULL OR ($direction = 'out') = (startNode(r) = n))
WITH r, m, startNode(r) = n AS out
ORDER BY coalesce(r.weight, 1) DESC, m.name, r.id
SKIP $offset LIMIT $limit
RETURN r, m, out, COUNT { (m)<-[:MENTIONS]-() } AS articles`;

interface Degree {
  type: RelationType;
  out: number;
  in: number;
}

/** An entity's relationships at a glance, and one page of them; undefined when it does not exist. */
export async function entitySummary(
  db: GraphDb,
  params: EntitySummaryParams,
): Promise<EntitySummary | undefined> {
  const centre = (await db.read(CENTRE, { id: params.id })).records[0];
  if (!centre) return undefined;
  const entity = toGraphNode(centre.get('n') as Node, centre.get('articles') as number);
  const degrees = (centre.get('degrees') as Degree[]).filter((d) => d.out + d.in > 0);
  const wanted = new Set<string>(params.relations);
  const relations = degrees.flatMap((d) =>
    (['out', 'in'] as const)
      .filter((dir) => d[dir] > 0)
      .map((dir) => ({ type: d.type, direction: dir, count: d[dir] })),
  );
  const total = relations
    .filter((r) => wanted.has(r.type) && (params.direction === null || r.direction === params.direction))
    .reduce((n, r) => n + r.count, 0);
  const degree = relations.reduce((n, r) => n + r.count, 0);
  const common = { id: params.id, relations: params.relations };
  const [types, rows] = await Promise.all([
    db.read(NEIGHBOUR_TYPES, {
      ...common,
      relations: [...RELATION_TYPES],
      types: [...ENTITY_TYPES],
      scan: TYPE_SCAN_LIMIT,
    }),
    db.read(ROWS, { ...common, direction: params.direction, offset: params.offset, limit: params.limit }),
  ]);
  const neighbourTypes = types.records
    .map((r) => ({ type: r.get('type') as EntityTypeName | null, count: r.get('n') as number }))
    .filter((t): t is { type: EntityTypeName; count: number } => t.type !== null)
    .sort((a, b) => b.count - a.count);
  const page = rows.records.map((r): RelationshipRow => {
    const other = toGraphNode(r.get('m') as Node, r.get('articles') as number);
    const out = r.get('out') as boolean;
    const rel = r.get('r') as Relationship;
    return {
      edge: toGraphEdge(rel, out ? entity.id : other.id, out ? other.id : entity.id),
      direction: out ? 'out' : 'in',
      other,
    };
  });
  const next = params.offset + page.length;
  return {
    entity,
    relations,
    neighbourTypes,
    neighbourTypesExact: degree <= TYPE_SCAN_LIMIT,
    rows: page,
    total,
    offset: params.offset,
    nextOffset: next < total && page.length === params.limit ? next : null,
  };
}
