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

/** The relationship of a fact (`fid`, `ftype`), by its type's unique id index (no other type's index is read). */
const RELATIONSHIP_OF_FACT = RELATION_TYPES.map(
  (type) => `  UNWIND CASE ftype WHEN '${type}' THEN [fid] ELSE [] END AS rid
  MATCH ()-[r:${type}]->() WHERE r.id = rid
  RETURN r`,
).join('\n  UNION ALL\n');

/**
 * Relationships among a set of entities, the strongest first. Each entity's outgoing facts are found the
 * cheaper way: an entity with fewer than the set's size is expanded (its degree is read from the store); a
 * larger one (a hub has tens of thousands) looks up the set's other members in the facts' (fromId, toId)
 * index, one seek each (the id comes from an UNWIND of one or no element: with a `WHERE out > …` the
 * planner ran the seeks for every member and filtered after them, 260k db hits among a hub's 500 strongest
 * neighbours of which 499 are expanded anyway). The facts are ordered by the weight their node keeps, and relationships are read
 * in that order only until `$edgeLimit` pass the date filter: among a hub's 100 strongest neighbours at a
 * million entities there are 4,188 facts, of which 400 are shown.
 */
const EDGES = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH a, COUNT { (a)-->() } AS out
CALL (a, out) {
  WITH a, out WHERE out <= size($ids)
  MATCH (a)-[r]->(b:Entity)
  WHERE b.id IN $ids AND type(r) IN $relations
  RETURN r.id AS fid, type(r) AS ftype, r.weight AS weight, b.id AS target
UNION ALL
  UNWIND CASE WHEN out > size($ids) THEN [a.id] ELSE [] END AS from
  MATCH (f:Fact) WHERE f.fromId = from AND f.toId IN $ids AND f.type IN $relations
  RETURN f.id AS fid, f.type AS ftype, f.weight AS weight, f.toId AS target
}
WITH a, fid, ftype, weight, target
ORDER BY weight DESC, fid
CALL (fid, ftype) {
${RELATIONSHIP_OF_FACT}
}
WITH a, r, target, weight, fid WHERE ${SUPPORTED_AS_OF}
LIMIT $edgeLimit
RETURN r, a.id AS source, target
ORDER BY weight DESC, fid`;

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

/** The relationships among the given entities that pass the filter, the strongest first, `edgeLimit` at most. */
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
