import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../contract/api/payloads.ts';
import { RELATION_TYPES, type RelationType } from '../../contract/model.ts';
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
 * Relationships among a set of entities, the strongest first, `$edgeLimit` at most, read in rounds of falling
 * weight (`edgesAmong`). Members with at most as many outgoing relationships as the set has members are
 * expanded whole in the first round (their degree is read from the store). A larger one (a hub has tens of
 * thousands) is read from its type's (fromId, weight) index by weight range: the relationships of at least
 * `$min` (and below `$below`, what an earlier round read) whose other end is in the set. Among a hub's 100
 * strongest neighbours at a million entities, 4,188 facts join them, of which the 400 shown weigh 17 or more:
 * 554 of the members' relationships weigh that much, where looking up each pair (below) costs ~9,900 seeks.
 * The id of a large member comes from an UNWIND of one or no element: with a `WHERE out > …` the planner
 * ran the seeks for every member and filtered after them.
 */
function byWeightRangeQuery(relations: readonly RelationType[], first: boolean): string {
  const range = relations
    .map(
      (type) => `    MATCH ()-[r:${type}]->() USING INDEX r:${type}(fromId, weight)
    WHERE r.fromId = from AND r.weight >= $min AND r.weight < $below
    RETURN r`,
    )
    .join('\n    UNION ALL\n');
  const small = first
    ? `  WITH a, out WHERE out <= size($ids)
  MATCH (a)-[r:${relations.join('|')}]->(b:Entity)
  WHERE b.id IN $ids
  RETURN r
UNION ALL
`
    : '';
  return `
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH a, COUNT { (a)-->() } AS out
CALL (a, out) {
${small}  UNWIND CASE WHEN out > size($ids) THEN [a.id] ELSE [] END AS from
  CALL (from) {
${range}
  }
  WITH r WHERE r.toId IN $ids
  RETURN r
}
WITH r WHERE ${SUPPORTED_AS_OF}
RETURN r
ORDER BY r.weight DESC, r.id
LIMIT $edgeLimit`;
}

/**
 * The last round: the large members' relationships below `$below` to the set, one seek of the facts'
 * (fromId, toId) index per member, the facts ordered by the weight their node keeps, and relationships read in
 * that order only until `$edgeLimit` pass the date filter.
 */
const BY_PAIRS = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH a, COUNT { (a)-->() } AS out
UNWIND CASE WHEN out > size($ids) THEN [a.id] ELSE [] END AS from
MATCH (f:Fact) WHERE f.fromId = from AND f.toId IN $ids AND f.type IN $relations
  AND coalesce(f.weight, 0) < $below
WITH f.id AS fid, f.type AS ftype, f.weight AS weight
ORDER BY weight DESC, fid
CALL (fid, ftype) {
${RELATIONSHIP_OF_FACT}
}
WITH r, weight, fid WHERE ${SUPPORTED_AS_OF}
LIMIT $edgeLimit
RETURN r
ORDER BY weight DESC, fid`;

/**
 * The weights the large members' relationships are read down to by range, round by round, before the last round
 * looks up every pair: a round that finds `edgeLimit` relationships at or above its bound has found the
 * strongest. At a million entities the 400 shown among a hub's 100 strongest neighbours weigh 17 or more, and
 * one round at 8 reads 8,500–13,600 db hits against 27,700–31,900 for the pairs (bounds 64 then 8: 11,100–17,500
 * in two rounds); a set with fewer strong relationships pays one range round more than the pairs alone.
 */
export const EDGE_WEIGHT_STEPS: readonly number[] = [8];

const rangeQueries = new Map<string, { first: string; next: string }>();
function rangeQueriesFor(relations: readonly RelationType[]) {
  const key = relations.join('|');
  let queries = rangeQueries.get(key);
  if (!queries) {
    queries = { first: byWeightRangeQuery(relations, true), next: byWeightRangeQuery(relations, false) };
    rangeQueries.set(key, queries);
  }
  return queries;
}

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

const weightOf = (r: Relationship) => {
  const w = r.properties.weight as unknown;
  return typeof w === 'number' ? w : 0;
};
const idOf = (r: Relationship) => String(r.properties.id);
const strongestFirst = (a: Relationship, b: Relationship) =>
  weightOf(b) - weightOf(a) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);

/**
 * The relationships among the given entities that pass the filter, the strongest first, `edgeLimit` at most.
 * Round by round (`steps`, falling): what the small members have and the large members' relationships at or
 * above the round's bound; once `edgeLimit` of those found weigh at least the bound, nothing unread can be
 * stronger. Otherwise the last round looks up the large members' pairs below the last bound.
 */
export async function edgesAmong(
  db: GraphDb,
  ids: string[],
  filter: EdgeFilter,
  steps: readonly number[] = EDGE_WEIGHT_STEPS,
): Promise<GraphEdge[]> {
  const relations = RELATION_TYPES.filter((t) => filter.relations.includes(t));
  if (relations.length === 0 || ids.length === 0 || filter.edgeLimit <= 0) return [];
  const queries = rangeQueriesFor(relations);
  const params = { ids, relations, asOf: filter.asOf, edgeLimit: filter.edgeLimit };
  const found = new Map<string, Relationship>();
  const take = (records: { get(key: string): unknown }[]) => {
    for (const record of records) {
      const r = record.get('r') as Relationship;
      found.set(idOf(r), r);
    }
  };
  let below = Number.POSITIVE_INFINITY;
  let done = false;
  // No step: one round with nothing read by range (the small members expanded), then the pairs.
  for (const [i, min] of (steps.length > 0 ? steps : [Number.MAX_VALUE]).entries()) {
    if (min >= below) continue;
    const result = await db.read(i === 0 ? queries.first : queries.next, {
      ...params,
      min,
      below: Number.isFinite(below) ? below : Number.MAX_VALUE,
    });
    take(result.records);
    below = min;
    if ([...found.values()].filter((r) => weightOf(r) >= min).length >= filter.edgeLimit) {
      done = true;
      break;
    }
  }
  if (!done)
    take(
      (await db.read(BY_PAIRS, { ...params, below: Number.isFinite(below) ? below : Number.MAX_VALUE }))
        .records,
    );
  return [...found.values()]
    .sort(strongestFirst)
    .slice(0, filter.edgeLimit)
    .map((r) => toGraphEdge(r, String(r.properties.fromId), String(r.properties.toId)));
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
