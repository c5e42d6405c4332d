import {
  ENTITY_TYPES,
  NEIGHBOUR_TOTAL_PROPERTY,
  neighbourCountProperty,
  RELATION_TYPES,
} from '../../contract/model.ts';
import type { GraphDb } from '../../graph/db/connection.ts';

const FACTS = RELATION_TYPES.join('|');

/**
 * Recomputes from scratch every counter the loader keeps incrementally and lists where the stored ones
 * differ: relationship weight and first/last report from the SUPPORTS of its fact, the fact's ends and
 * weight, the entities' article counts and distinct neighbours by type and in all. An empty list means
 * the model is consistent.
 */
export async function modelProblems(db: GraphDb): Promise<string[]> {
  const relationships = await db.read<{ problem: string }>(`
MATCH (a:Entity)-[r:${FACTS}]->(b:Entity)
OPTIONAL MATCH (f:Fact {id: r.id})
WITH a, b, r, f, COLLECT { MATCH (f)<-[s:SUPPORTS]-(:Article) RETURN s.date } AS dates
WITH a, b, r, f, dates, [d IN dates WHERE d <> ''] AS dated
WITH a, b, r, f, dates,
     reduce(m = null, d IN dated | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first,
     reduce(m = null, d IN dated | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
WITH r, [
  CASE WHEN f IS NULL THEN 'no fact node' END,
  CASE WHEN size(dates) = 0 THEN 'no support' END,
  CASE WHEN r.weight <> size(dates) THEN 'weight ' + r.weight + ' but ' + size(dates) + ' supports' END,
  CASE WHEN coalesce(r.firstReported, '') <> coalesce(first, '') THEN 'firstReported ' + coalesce(r.firstReported, 'null') + ' but ' + coalesce(first, 'null') END,
  CASE WHEN coalesce(r.lastReported, '') <> coalesce(last, '') THEN 'lastReported ' + coalesce(r.lastReported, 'null') + ' but ' + coalesce(last, 'null') END,
  CASE WHEN r.fromId <> a.id OR r.toId <> b.id THEN 'fromId/toId not its ends' END,
  CASE WHEN f.fromId <> a.id OR f.toId <> b.id OR f.type <> type(r) THEN 'fact does not name its relationship' END,
  CASE WHEN f.weight IS NULL OR f.weight <> r.weight THEN 'fact weight ' + coalesce(f.weight, 'null') + ' but ' + r.weight END,
  CASE WHEN r.articles IS NOT NULL THEN 'evidence lists left on the relationship' END
] AS problems
UNWIND problems AS problem
WITH r, problem WHERE problem IS NOT NULL
RETURN type(r) + ' ' + r.id + ': ' + problem AS problem`);
  const facts = await db.read<{ problem: string }>(`
MATCH (f:Fact)
WHERE NOT EXISTS { MATCH (:Entity {id: f.fromId})-[r:${FACTS}]->(:Entity {id: f.toId}) WHERE r.id = f.id }
RETURN 'Fact ' + f.id + ': no relationship' AS problem`);
  const counters = ENTITY_TYPES.map((type) => {
    const key = neighbourCountProperty(type);
    return `CASE WHEN coalesce(n.${key}, -1) <> size(COLLECT { MATCH (n)-[:${FACTS}]-(m:${type}) WHERE m <> n RETURN DISTINCT elementId(m) })
      THEN '${key} ' + coalesce(n.${key}, 'null') END`;
  });
  const total = `CASE WHEN coalesce(n.${NEIGHBOUR_TOTAL_PROPERTY}, -1) <> size(COLLECT { MATCH (n)-[:${FACTS}]-(m:Entity) WHERE m <> n RETURN DISTINCT elementId(m) })
      THEN '${NEIGHBOUR_TOTAL_PROPERTY} ' + coalesce(n.${NEIGHBOUR_TOTAL_PROPERTY}, 'null') END`;
  const entities = await db.read<{ problem: string }>(`
MATCH (n:Entity)
WITH n, [
  CASE WHEN coalesce(n.articleCount, -1) <> COUNT { (n)<-[:MENTIONS]-(:Article) }
    THEN 'articleCount ' + coalesce(n.articleCount, 'null') + ' but ' + COUNT { (n)<-[:MENTIONS]-(:Article) } + ' mentions' END,
  ${[...counters, total].join(',\n  ')}
] AS problems
UNWIND problems AS problem
WITH n, problem WHERE problem IS NOT NULL
RETURN n.id + ': ' + problem AS problem`);
  return [...relationships.records, ...facts.records, ...entities.records].map((r) => r.get('problem'));
}

/** Everything the model says about facts, in a stable order: to compare a graph before and after a reload. */
export async function factState(db: GraphDb): Promise<unknown[]> {
  const result = await db.read(`
MATCH (a:Entity)-[r:${FACTS}]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.id AS id, r.weight AS weight,
       r.firstReported AS first, r.lastReported AS last,
       COLLECT { MATCH (:Fact {id: r.id})<-[s:SUPPORTS]-(art:Article)
                 RETURN [art.id, s.date, s.text, s.start, s.end] ORDER BY art.id } AS supports
ORDER BY id`);
  return result.records.map((r) => r.toObject());
}
