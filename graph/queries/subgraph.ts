import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { SUPPORTED_AS_OF } from './as-of.ts';
import { toGraphEdge, toGraphNode } from './mappers.ts';

const NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n, COUNT { (n)<-[:MENTIONS]-(:Article) } AS articles`;

const EDGES = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relations AND ${SUPPORTED_AS_OF}
  AND ($article IS NULL OR $article IN r.articles)
RETURN r, a.id AS source, b.id AS target
LIMIT $edgeLimit`;

export async function nodesByIds(db: GraphDb, ids: string[]): Promise<GraphNode[]> {
  const result = await db.read(NODES, { ids });
  return result.records.map((r) => toGraphNode(r.get('n') as Node, r.get('articles') as number));
}

export interface EdgeFilter {
  relations: readonly string[];
  /** UTC ISO bound (asOfBound) or null. */
  asOf: string | null;
  edgeLimit: number;
  /** Only what this article supports. */
  article?: string;
}

/** Every relationship among the given entities that passes the filter. */
export async function edgesAmong(db: GraphDb, ids: string[], filter: EdgeFilter): Promise<GraphEdge[]> {
  const result = await db.read(EDGES, { ids, ...filter, article: filter.article ?? null });
  return result.records.map((r) =>
    toGraphEdge(r.get('r') as Relationship, r.get('source') as string, r.get('target') as string),
  );
}
