import type { RelationType } from '../../contract/model.ts';
import { ENTITY_TYPES, type NodeLabel, RELATION_TYPES } from '../../contract/model.ts';

/**
 * The loader's Cypher. Labels and relationship types are interpolated only after a whitelist check;
 * all data arrives as parameters. Per-article support of a relationship is kept in parallel lists
 * (articles, articleDates, evidenceText, evidenceStart, evidenceEnd), so loading an article again
 * replaces its support instead of adding to it.
 */

const DEDUPE = (list: string, except: string) =>
  `reduce(acc = [], x IN ${list} | CASE WHEN x IS NULL OR x IN acc OR x = ${except} THEN acc ELSE acc + x END)`;

/** Entities that the batch's articles mentioned in an earlier load. */
export const PREVIOUSLY_MENTIONED = `
UNWIND $articleIds AS aid
MATCH (:Article {id: aid})-[:MENTIONS]->(n:Entity)
RETURN collect(DISTINCT n.id) AS ids`;

export const STRIP_SUPPORT = `
UNWIND $previous AS eid
MATCH (:Entity {id: eid})-[r]->(:Entity)
WHERE r.articles IS NOT NULL AND any(aid IN r.articles WHERE aid IN $articleIds)
WITH DISTINCT r
WITH r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN $articleIds] AS keep
SET r.articles = [i IN keep | r.articles[i]],
    r.articleDates = [i IN keep | r.articleDates[i]],
    r.evidenceText = [i IN keep | r.evidenceText[i]],
    r.evidenceStart = [i IN keep | r.evidenceStart[i]],
    r.evidenceEnd = [i IN keep | r.evidenceEnd[i]]`;

export const STRIP_ARTICLE_EDGES = `
UNWIND $articleIds AS aid
MATCH (a:Article {id: aid})
OPTIONAL MATCH (a)-[out:MENTIONS|PUBLISHED_BY|LINKS_TO]->()
OPTIONAL MATCH (:Person)-[w:WROTE]->(a)
WITH collect(out) + collect(w) AS edges
UNWIND edges AS e
WITH DISTINCT e
DELETE e`;

export const MERGE_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.createdAt = datetime.transaction()
SET a.title = row.title, a.titleKey = row.titleKey,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
    a.source = row.source, a.site = row.site, a.url = row.url, a.language = row.language,
    a.text = row.text, a.reporters = row.reporters, a.images = row.images,
    a.imageCaptions = row.imageCaptions, a.stub = false, a.updatedAt = datetime.transaction()
RETURN count(CASE WHEN a.createdAt = datetime.transaction() THEN 1 END) AS created, count(*) AS total`;

/** A stub made from another page's link list becomes the real article once it is loaded. */
export const ADOPT_STUBS = `
UNWIND $articles AS row
MATCH (s:Article {titleKey: row.titleKey})
WHERE s.stub = true
MATCH (a:Article {id: row.id})
OPTIONAL MATCH (src:Article)-[l:LINKS_TO]->(s)
FOREACH (_ IN CASE WHEN src IS NULL THEN [] ELSE [1] END |
  MERGE (src)-[k:LINKS_TO {relation: l.relation}]->(a) SET k.date = l.date)
WITH DISTINCT s
DETACH DELETE s`;

export function mergeEntities(label: NodeLabel): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(label)) throw new Error(`not an entity label: ${label}`);
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.createdAt = datetime.transaction(), n.name = row.name
SET n:${label}
SET n:$(row.kindLabels)
WITH n, row, CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END AS name
SET n.aliases = ${DEDUPE('coalesce(n.aliases, []) + row.aliases + [n.name, row.name]', 'name')},
    n.name = name,
    n.pinyin = ${DEDUPE('coalesce(n.pinyin, []) + row.pinyin', 'null')},
    n.pinyinInitials = ${DEDUPE('coalesce(n.pinyinInitials, []) + row.pinyinInitials', 'null')},
    n.variants = ${DEDUPE('coalesce(n.variants, []) + row.variants', 'null')}
SET n += row.props
RETURN count(CASE WHEN n.createdAt = datetime.transaction() THEN 1 END) AS created, count(*) AS total`;
}

export const MERGE_MENTIONS = `
UNWIND $mentions AS m
MATCH (a:Article {id: m.article})
MATCH (n:Entity {id: m.entity})
MERGE (a)-[r:MENTIONS]->(n)
SET r.count = m.count, r.starts = m.starts, r.ends = m.ends`;

export const MERGE_BYLINES = `
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
FOREACH (i IN range(0, size(row.reporters) - 1) |
  MERGE (p:Entity {id: row.reporterIds[i]})
  ON CREATE SET p:Person:Reporter, p.name = row.reporters[i], p.kind = 'reporter', p.aliases = [],
                p.createdAt = datetime.transaction()
  MERGE (p)-[:WROTE]->(a))
WITH a, row
WHERE row.sourceId IS NOT NULL
MERGE (o:Entity {id: row.sourceId})
ON CREATE SET o:Organization:Media, o.name = row.source, o.kind = 'media', o.aliases = [],
              o.createdAt = datetime.transaction()
MERGE (a)-[:PUBLISHED_BY]->(o)`;

export function mergeRelations(type: RelationType): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`not a relationship: ${type}`);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.createdAt = datetime.transaction(), r.articles = [], r.articleDates = [],
              r.evidenceText = [], r.evidenceStart = [], r.evidenceEnd = []
SET r += row.props
WITH r, row, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN row.articles] AS keep
SET r.articles = [i IN keep | r.articles[i]] + row.articles,
    r.articleDates = [i IN keep | r.articleDates[i]] + row.articleDates,
    r.evidenceText = [i IN keep | r.evidenceText[i]] + row.evidenceText,
    r.evidenceStart = [i IN keep | r.evidenceStart[i]] + row.evidenceStart,
    r.evidenceEnd = [i IN keep | r.evidenceEnd[i]] + row.evidenceEnd
SET r.weight = size(r.articles),
    r.firstReported = reduce(m = null, d IN r.articleDates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d < m THEN d ELSE m END)
RETURN count(CASE WHEN r.createdAt = datetime.transaction() THEN 1 END) AS created, count(*) AS total`;
}

export const MERGE_LINKS = `
UNWIND $links AS l
MATCH (a:Article {id: l.from})
OPTIONAL MATCH (real:Article {titleKey: l.titleKey})
WHERE real.stub = false AND real.id <> a.id
WITH a, l, head(collect(real)) AS real
MERGE (t:Article {id: coalesce(real.id, l.stubId)})
ON CREATE SET t.stub = true, t.title = l.title, t.titleKey = l.titleKey, t.url = l.url,
              t.publishedAt = CASE WHEN l.date IS NULL THEN null ELSE datetime(l.date + 'T00:00:00+08:00') END,
              t.createdAt = datetime.transaction()
MERGE (a)-[k:LINKS_TO {relation: l.relation}]->(t)
SET k.date = l.date`;

export const DELETE_UNSUPPORTED = `
UNWIND $previous AS eid
MATCH (:Entity {id: eid})-[r]->(:Entity)
WHERE r.articles IS NOT NULL AND size(r.articles) = 0
DELETE r`;

export const DELETE_ORPHANS = `
UNWIND $previous AS eid
MATCH (n:Entity {id: eid})
WHERE NOT (n)<-[:MENTIONS]-() AND NOT (n)-[:WROTE]->() AND NOT (n)<-[:PUBLISHED_BY]-()
DETACH DELETE n`;
