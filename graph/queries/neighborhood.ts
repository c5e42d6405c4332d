import type { Node } from 'neo4j-driver';
import type { EntityTypeName, GraphNode, GraphPayload, NodeTypeName } from '../../contract/api/payloads.ts';
import {
  ENTITY_TYPES,
  isRelationType,
  neighbourCountProperty,
  RELATION_TYPES,
  type RelationType,
} from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { QueryBudgetError } from '../db/unavailable.ts';
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
  /** Relationships a ring may read by expansion (default RING_BUDGET). */
  budget?: number;
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
 * Relationships one ring may read by expanding its frontier. A first ring with a relation or date filter
 * around an entity with more answers 503 (the weight indexes cannot count what such a filter leaves out);
 * a deeper ring reads its largest nodes through the weight indexes instead.
 */
export const RING_BUDGET = 20_000;
/** A node of a deeper ring with more relationships (of the asked types) is read through the weight indexes. */
export const HUB_DEGREE = 500;

/** Relationships of the asked types at each node, from the degree counts Neo4j keeps (no expansion). */
function degreesQuery(relations: RelationType[]): string {
  return `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { (n)-[:${relations.join('|')}]-() } AS degree`;
}

/**
 * The strongest neighbours of one entity from the (end id, weight) indexes, `$room` at most from each
 * relation type and direction (then `$room` in all). Each branch reads its index in order and stops after
 * `$room` entries, whatever the entity's degree: the ORDER BY names both indexed properties (the end id is
 * fixed by the seek), which is what lets the planner take the index's order instead of sorting every entry
 * (ordering by the weight alone read all 51,801 entries of one branch at a million entities). Every
 * relation type joins two entities, so with all entity types asked for no label is read at all.
 */
function byWeightQuery(relations: RelationType[], allTypes: boolean, asOf: boolean): string {
  const typeFilter = allTypes ? '' : ' AND any(l IN labels(n) WHERE l IN $types)';
  const dateFilter = asOf ? ` AND ${SUPPORTED_AS_OF}` : '';
  const branch = (type: RelationType, end: 'fromId' | 'toId') => {
    const pattern = end === 'fromId' ? `()-[r:${type}]->(n)` : `(n)-[r:${type}]->()`;
    return `  MATCH ${pattern} USING INDEX r:${type}(${end}, weight)
  WHERE r.${end} = $id AND r.weight IS NOT NULL AND n.id <> $id${typeFilter}${dateFilter}
  RETURN n, r.weight AS weight ORDER BY r.${end} DESC, r.weight DESC LIMIT $room`;
  };
  return `
CALL () {
${relations.flatMap((type) => [branch(type, 'fromId'), branch(type, 'toId')]).join('\n  UNION ALL\n')}
}
WITH n, max(weight) AS weight
ORDER BY weight DESC, n.name
LIMIT $room
RETURN collect(n) AS shown`;
}
const FIRST_RING_ALL_TYPES = byWeightQuery([...RELATION_TYPES], true, false);
const FIRST_RING_SOME_TYPES = byWeightQuery([...RELATION_TYPES], false, false);

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

/** The asked relation types, from the whitelist only (they are written into the Cypher). */
const relationTypes = (relations: string[]): RelationType[] => relations.filter(isRelationType);

interface Ring {
  shown: Node[];
  /** Types of the neighbours left out (one entry per node), when they can be counted. */
  omittedTypes: string[];
  /** Neighbours were left out that are not counted in omittedTypes. */
  cut: boolean;
}

async function expandRing(
  db: GraphDb,
  frontier: string[],
  seen: string[],
  params: NeighborhoodParams,
  room: number,
): Promise<Ring> {
  const result = await db.read(RING, {
    frontier,
    seen,
    relations: params.relations,
    types: params.types,
    asOf: params.asOf,
    room: Math.max(room, 0),
  });
  const record = result.records[0];
  return {
    shown: (record?.get('shown') as Node[] | undefined) ?? [],
    omittedTypes: (record?.get('omittedTypes') as string[] | undefined) ?? [],
    cut: false,
  };
}

/**
 * A first ring with a relation or date filter: expanded (its `omitted` exact) when the entity has at most
 * RING_BUDGET relationships of the asked types, otherwise a 503 that says why.
 */
async function filteredFirstRing(
  db: GraphDb,
  center: Node,
  params: NeighborhoodParams,
  room: number,
): Promise<Ring> {
  const relations = relationTypes(params.relations);
  if (relations.length === 0) return { shown: [], omittedTypes: [], cut: false };
  const id = String(center.properties.id);
  const degree = Number(
    (await db.read(degreesQuery(relations), { ids: [id] })).records[0]?.get('degree') ?? 0,
  );
  const budget = params.budget ?? RING_BUDGET;
  if (degree > budget) {
    throw new QueryBudgetError(
      `${String(center.properties.name)} has ${degree.toLocaleString('en')} relationships of the asked types, more than a filtered neighbourhood reads (${budget.toLocaleString('en')}): ask without the relation and date filters (the strongest neighbours come from an index), or for a smaller entity.`,
    );
  }
  return expandRing(db, [id], [id], params, room);
}

/**
 * A deeper ring: frontier nodes are expanded while their relationships (of the asked types) add up to at
 * most RING_BUDGET and each has at most HUB_DEGREE; the others (hubs) give their strongest neighbours from
 * the weight indexes, so no ring reads every relationship of its frontier.
 */
async function deeperRing(
  db: GraphDb,
  frontier: string[],
  seen: string[],
  params: NeighborhoodParams,
  room: number,
): Promise<Ring> {
  const relations = relationTypes(params.relations);
  if (relations.length === 0 || room <= 0) return { shown: [], omittedTypes: [], cut: false };
  const degrees = (await db.read(degreesQuery(relations), { ids: frontier })).records
    .map((r) => ({ id: String(r.get('id')), degree: Number(r.get('degree')) }))
    .sort((a, b) => a.degree - b.degree);
  const expand: string[] = [];
  const hubs: string[] = [];
  let budget = params.budget ?? RING_BUDGET;
  for (const { id, degree } of degrees) {
    if (degree <= HUB_DEGREE && degree <= budget) {
      expand.push(id);
      budget -= degree;
    } else hubs.push(id);
  }
  const ring = expand.length
    ? await expandRing(db, expand, seen, params, room)
    : { shown: [], omittedTypes: [], cut: false };
  const known = new Set([...seen, ...ring.shown.map((n) => String(n.properties.id))]);
  const allTypes = ENTITY_TYPES.every((t) => params.types.includes(t));
  const query = byWeightQuery(relations, allTypes, params.asOf !== null);
  for (const hub of hubs) {
    const left = room - ring.shown.length;
    if (left <= 0) {
      ring.cut = true;
      break;
    }
    // Some of its strongest neighbours may be in the view already: ask for that many more.
    const result = await db.read(query, {
      id: hub,
      types: params.types,
      asOf: params.asOf,
      room: left + known.size,
    });
    for (const node of (result.records[0]?.get('shown') as Node[] | undefined) ?? []) {
      const id = String(node.properties.id);
      if (known.has(id) || ring.shown.length >= room) continue;
      known.add(id);
      ring.shown.push(node);
    }
    // A hub has more neighbours than were read: the view is cut there, by how many is not counted.
    ring.cut = true;
  }
  return ring;
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
  let cut = false;
  let frontier = [centerNode.id];
  for (let ring = 0; ring < params.depth && frontier.length > 0; ring++) {
    const room = params.limit - nodes.size;
    if (ring > 0 && (cut || Object.keys(omitted).length > 0)) break;
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
    const next =
      ring === 0
        ? await filteredFirstRing(db, center.get('n') as Node, params, room)
        : await deeperRing(db, frontier, [...nodes.keys()], params, room);
    frontier = [];
    for (const node of next.shown) {
      const graphNode = toGraphNode(node);
      nodes.set(graphNode.id, graphNode);
      frontier.push(graphNode.id);
    }
    for (const type of next.omittedTypes) {
      const t = nodeType([type]);
      omitted[t] = (omitted[t] ?? 0) + 1;
    }
    cut ||= next.cut;
  }
  const edges = await edgesAmong(db, [...nodes.keys()], {
    relations: params.relations,
    asOf: params.asOf,
    edgeLimit: params.limit * 4,
  });
  const truncated = cut || Object.keys(omitted).length > 0;
  return { nodes: [...nodes.values()], edges, truncated, ...(truncated ? { omitted } : {}) };
}
