import type { Node } from 'neo4j-driver';
import type { EntityTypeName, GraphNode, GraphPayload, NodeTypeName } from '../../contract/api/payloads.ts';
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
 * Breadth-first, ring by ring, so a hub never returns more than `limit` nodes: the payload says how
 * many neighbours were left out, by type.
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
