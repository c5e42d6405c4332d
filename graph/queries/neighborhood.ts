import type { Node } from 'neo4j-driver';
import type { EntityTypeName, GraphNode, GraphPayload, NodeTypeName } from '../../contract/api/payloads.ts';
import { ENTITY_TYPES, neighbourCountProperty, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { SUPPORTED_AS_OF } from './as-of.ts';
import { nodeType, toGraphNode } from './mappers.ts';
import { edgesAmong } from './subgraph.ts';

export interface NeighborhoodParams {
  id: string;
  depth: number;
  types: EntityTypeName[];
  relations: string[];
  limit: number;
  /** UTC ISO bound from asOfBound(), or null. */
  asOf: string | null;
}

const CENTER = `
MATCH (n:Entity {id: $id})
RETURN n`;

/** One ring around the frontier: the strongest relationships first, and how many there are in all. */
const RING = `
UNWIND $frontier AS fid
MATCH (:Entity {id: fid})-[r]-(n:Entity)
WHERE type(r) IN $relations AND any(l IN labels(n) WHERE l IN $types) AND NOT n.id IN $seen
  AND ${SUPPORTED_AS_OF}
WITH n, max(coalesce(r.weight, 1)) AS weight
ORDER BY weight DESC, n.name
WITH collect(n) AS all
RETURN all[0..$room] AS shown,
       [x IN all[$room..] | [l IN labels(x) WHERE l IN $types][0]] AS omittedTypes`;

/**
 * The first ring without a date bound or a relation filter, for an entity of any degree: the strongest
 * relationships of each type and direction from the (end id, weight) indexes, `$room` at most from each.
 * Each index entry carries the weight, so a hub costs one index read per relationship instead of a
 * relationship, its other end and their properties. Every relation type joins two entities, so with all
 * entity types asked for no label is read at all.
 */
function firstRingQuery(allTypes: boolean): string {
  const typeFilter = allTypes ? '' : ' AND any(l IN labels(n) WHERE l IN $types)';
  const branch = (type: string, end: 'fromId' | 'toId') => {
    const pattern = end === 'fromId' ? `()-[r:${type}]->(n)` : `(n)-[r:${type}]->()`;
    return `  MATCH ${pattern} USING INDEX r:${type}(${end}, weight)
  WHERE r.${end} = $id AND r.weight IS NOT NULL AND n.id <> $id${typeFilter}
  RETURN n, r.weight AS weight ORDER BY weight DESC LIMIT $room`;
  };
  return `
CALL () {
${RELATION_TYPES.flatMap((type) => [branch(type, 'fromId'), branch(type, 'toId')]).join('\n  UNION ALL\n')}
}
WITH n, max(weight) AS weight
ORDER BY weight DESC, n.name
LIMIT $room
RETURN collect(n) AS shown`;
}
const FIRST_RING_ALL_TYPES = firstRingQuery(true);
const FIRST_RING_SOME_TYPES = firstRingQuery(false);

/** The loader's distinct-neighbour counters of an entity, by type, when it has them (all or none). */
function neighbourCounts(center: Node): Map<EntityTypeName, number> | undefined {
  const counts = new Map<EntityTypeName, number>();
  for (const type of ENTITY_TYPES) {
    const value = center.properties[neighbourCountProperty(type)] as unknown;
    const n =
      typeof value === 'number' ? value : Number((value as { toNumber?: () => number })?.toNumber?.());
    if (!Number.isFinite(n)) return undefined;
    counts.set(type, n);
  }
  return counts;
}

const ALL_RELATIONS: ReadonlySet<string> = new Set(RELATION_TYPES);
const allRelations = (relations: string[]) =>
  relations.length >= ALL_RELATIONS.size &&
  ALL_RELATIONS.size === new Set(relations).size &&
  relations.every((r) => ALL_RELATIONS.has(r));

/**
 * The first ring from the indexes and the counters (see firstRingQuery): the shown neighbours, and how
 * many of each type were left out — exact, as the counters count distinct neighbours over every relation type.
 */
async function firstRingByWeight(
  db: GraphDb,
  center: Node,
  params: NeighborhoodParams,
  room: number,
): Promise<{ shown: Node[]; omitted: Partial<Record<NodeTypeName, number>> } | undefined> {
  const counts = neighbourCounts(center);
  if (!counts || params.asOf !== null || !allRelations(params.relations) || room <= 0) return undefined;
  const allTypes = ENTITY_TYPES.every((t) => params.types.includes(t));
  const result = await db.read(allTypes ? FIRST_RING_ALL_TYPES : FIRST_RING_SOME_TYPES, {
    id: String(center.properties.id),
    types: params.types,
    room,
  });
  const shown = (result.records[0]?.get('shown') as Node[] | undefined) ?? [];
  const shownByType = new Map<NodeTypeName, number>();
  for (const node of shown) {
    const t = nodeType(node.labels);
    shownByType.set(t, (shownByType.get(t) ?? 0) + 1);
  }
  const omitted: Partial<Record<NodeTypeName, number>> = {};
  for (const type of params.types) {
    const left = (counts.get(type) ?? 0) - (shownByType.get(type) ?? 0);
    if (left > 0) omitted[type] = left;
  }
  return { shown, omitted };
}

/**
 * Breadth-first, ring by ring, so a hub never returns more than `limit` nodes: the payload says how
 * many neighbours were left out, by type. A ring that leaves neighbours out ends the walk: the next ring
 * would have no room, and counting what it would leave out means expanding every node of the ring.
 */
export async function neighborhood(
  db: GraphDb,
  params: NeighborhoodParams,
): Promise<GraphPayload | undefined> {
  const center = (await db.read(CENTER, { id: params.id })).records[0];
  if (!center) return undefined;
  const nodes = new Map<string, GraphNode>();
  const centerNode = toGraphNode(center.get('n') as Node);
  nodes.set(centerNode.id, centerNode);
  const omitted: Partial<Record<NodeTypeName, number>> = {};
  let frontier = [centerNode.id];
  for (let ring = 0; ring < params.depth && frontier.length > 0; ring++) {
    const room = params.limit - nodes.size;
    if (ring > 0 && Object.keys(omitted).length > 0) break;
    const fast = ring === 0 ? await firstRingByWeight(db, center.get('n') as Node, params, room) : undefined;
    if (fast) {
      frontier = [];
      for (const node of fast.shown) {
        const graphNode = toGraphNode(node);
        nodes.set(graphNode.id, graphNode);
        frontier.push(graphNode.id);
      }
      Object.assign(omitted, fast.omitted);
      continue;
    }
    const result = await db.read(RING, {
      frontier,
      seen: [...nodes.keys()],
      relations: params.relations,
      types: params.types,
      asOf: params.asOf,
      room: Math.max(room, 0),
    });
    const record = result.records[0];
    const shown = (record?.get('shown') as Node[] | undefined) ?? [];
    frontier = [];
    for (const node of shown) {
      const graphNode = toGraphNode(node);
      nodes.set(graphNode.id, graphNode);
      frontier.push(graphNode.id);
    }
    for (const type of (record?.get('omittedTypes') as string[] | undefined) ?? []) {
      const t = nodeType([type]);
      omitted[t] = (omitted[t] ?? 0) + 1;
    }
  }
  const edges = await edgesAmong(db, [...nodes.keys()], {
    relations: params.relations,
    asOf: params.asOf,
    edgeLimit: params.limit * 4,
  });
  const truncated = Object.keys(omitted).length > 0;
  return { nodes: [...nodes.values()], edges, truncated, ...(truncated ? { omitted } : {}) };
}
