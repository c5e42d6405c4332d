import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../contract/api/payloads.ts';
import { RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { SUPPORTED_AS_OF } from './as-of.ts';
import { toGraphEdge, toGraphNode } from './mappers.ts';

const NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n`;

const EDGES = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relations AND ${SUPPORTED_AS_OF}
RETURN r, a.id AS source, b.id AS target
LIMIT $edgeLimit`;

export async function nodesByIds(db: GraphDb, ids: string[]): Promise<GraphNode[]> {
  const result = await db.read(NODES, { ids });
  return result.records.map((r) => toGraphNode(r.get('n') as Node));
}

export interface EdgeFilter {
  relations: readonly string[];
  /** UTC ISO bound (asOfBound) or null. */
  asOf: string | null;
  edgeLimit: number;
}

/** Every relationship among the given entities that passes the filter. */
export async function edgesAmong(db: GraphDb, ids: string[], filter: EdgeFilter): Promise<GraphEdge[]> {
  const result = await db.read(EDGES, { ids, ...filter });
  return result.records.map((r) =>
    toGraphEdge(r.get('r') as Relationship, r.get('source') as string, r.get('target') as string),
  );
}

/** The relationships an article supports: from its SUPPORTS to each fact, then the fact's two ends. */
const ARTICLE_EDGES = `
MATCH (:Article {id: $article})-[:SUPPORTS]->(f:Fact)
MATCH (a:Entity {id: f.fromId})-[r:${RELATION_TYPES.join('|')}]->(b:Entity {id: f.toId})
WHERE r.id = f.id
RETURN r, a.id AS source, b.id AS target
LIMIT $edgeLimit`;

export async function edgesOfArticle(db: GraphDb, article: string, edgeLimit: number): Promise<GraphEdge[]> {
  const result = await db.read(ARTICLE_EDGES, { article, edgeLimit });
  return result.records.map((r) =>
    toGraphEdge(r.get('r') as Relationship, r.get('source') as string, r.get('target') as string),
  );
}
