import {
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  isRelationType,
  neighbourCountProperty,
  RELATION_TYPES,
  type RelationType,
} from '../../contract/model.ts';

/**
 * The loader's Cypher. Labels and relationship types are interpolated only after a whitelist check; all
 * data arrives as parameters.
 *
 * The model: one relationship per fact between two entities, with counters kept as articles come and go
 * (`weight` = supporting articles, `firstReported`/`lastReported`); each article's sentence hangs off a
 * small `:Fact` node of the same id, `(:Article)-[:SUPPORTS {date, text, start, end}]->(:Fact)`, so
 * adding the 10,000th supporting article writes what adding the 10th did. Entities keep `articleCount`
 * (articles that mention them) and `neighbours<Type>` (distinct neighbours of each entity type).
 */

const ENTITY_RELATIONSHIP_PATTERN = RELATION_TYPES.join('|');

/** A support's date widens the reported span; '' (an article without a date) never does. */
const EXTEND_REPORTED = (r: string, date: string) => `
  ${r}.firstReported = CASE WHEN ${date} = '' OR (${r}.firstReported IS NOT NULL AND ${r}.firstReported <= ${date})
                            THEN ${r}.firstReported ELSE ${date} END,
  ${r}.lastReported = CASE WHEN ${date} = '' OR (${r}.lastReported IS NOT NULL AND ${r}.lastReported >= ${date})
                           THEN ${r}.lastReported ELSE ${date} END`;

/** What the batch's articles said in an earlier load: the facts they supported and the entities they mentioned. */
export const PREVIOUS_STATE = `
UNWIND $articleIds AS aid
MATCH (a:Article {id: aid})
RETURN aid AS article,
       [(a)-[s:SUPPORTS]->(f:Fact) | {fact: f.id, date: s.date}] AS supports,
       [(a)-[:MENTIONS]->(n:Entity) | n.id] AS mentions`;

/**
 * Takes away supports an article no longer gives. Weights go down; when the earliest or latest report
 * went, the bounds are read again from the supports that are left (the only step whose cost grows with
 * a fact's support, and only when a reloaded article changed what it says or its date).
 */
export const REMOVE_SUPPORTS = `
UNWIND $removed AS row
MATCH (:Article {id: row.article})-[s:SUPPORTS]->(f:Fact {id: row.fact})
WITH f, s, s.date AS date
DELETE s
WITH f, collect(date) AS dates, count(*) AS gone
MATCH (:Entity {id: f.fromId})-[r:${ENTITY_RELATIONSHIP_PATTERN}]->(:Entity {id: f.toId})
WHERE r.id = f.id
SET r.weight = r.weight - gone
WITH f, r, dates
CALL (f, r, dates) {
  WITH f, r, dates
  WHERE r.weight > 0 AND (r.firstReported IN dates OR r.lastReported IN dates)
  MATCH (f)<-[left:SUPPORTS]-(:Article)
  WITH r, min(CASE WHEN left.date <> '' THEN left.date END) AS first,
          max(CASE WHEN left.date <> '' THEN left.date END) AS last
  SET r.firstReported = first, r.lastReported = last
}
SET r.firstReported = CASE WHEN r.weight > 0 THEN r.firstReported END,
    r.lastReported = CASE WHEN r.weight > 0 THEN r.lastReported END
RETURN f.id AS fact, f.fromId AS from, f.toId AS to, r.weight AS weight`;

/** Mentions an article no longer makes (rows: one entity and the articles that stopped mentioning it). */
export const REMOVE_MENTIONS = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.entity})
CALL (n, row) {
  UNWIND row.articles AS aid
  MATCH (:Article {id: aid})-[m:MENTIONS]->(n)
  DELETE m
  RETURN count(*) AS gone
}
SET n.articleCount = coalesce(n.articleCount, 0) - gone`;

/** Bylines, outlet and link list are rewritten whole on every load of an article. */
export const STRIP_ARTICLE_EDGES = `
UNWIND $articleIds AS aid
MATCH (a:Article {id: aid})
OPTIONAL MATCH (a)-[out:PUBLISHED_BY|LINKS_TO]->()
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

const DEDUPE = (list: string, except: string) =>
  `reduce(acc = [], x IN ${list} | CASE WHEN x IS NULL OR x IN acc OR x = ${except} THEN acc ELSE acc + x END)`;

/** Counters of a new entity start at zero. */
const NEW_ENTITY_COUNTERS = (n: string) =>
  [`${n}.articleCount = 0`, ...ENTITY_TYPES.map((t) => `${n}.${neighbourCountProperty(t)} = 0`)].join(', ');

export function mergeEntities(label: EntityType): string {
  if (!isEntityType(label)) throw new Error(`not an entity label: ${label}`);
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.createdAt = datetime.transaction(), n.name = row.name, ${NEW_ENTITY_COUNTERS('n')}
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

/** A mention made for the first time counts the article for the entity. */
export const MERGE_MENTIONS = `
UNWIND $mentions AS m
MATCH (a:Article {id: m.article})
MATCH (n:Entity {id: m.entity})
MERGE (a)-[r:MENTIONS]->(n)
ON CREATE SET n.articleCount = coalesce(n.articleCount, 0) + 1
SET r.count = m.count, r.starts = m.starts, r.ends = m.ends`;

export const MERGE_BYLINES = `
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
FOREACH (i IN range(0, size(row.reporters) - 1) |
  MERGE (p:Entity {id: row.reporterIds[i]})
  ON CREATE SET p:Person:Reporter, p.name = row.reporters[i], p.kind = 'reporter', p.aliases = [],
                p.createdAt = datetime.transaction(), ${NEW_ENTITY_COUNTERS('p')}
  MERGE (p)-[:WROTE]->(a))
WITH a, row
WHERE row.sourceId IS NOT NULL
MERGE (o:Entity {id: row.sourceId})
ON CREATE SET o:Organization:Media, o.name = row.source, o.kind = 'media', o.aliases = [],
              o.createdAt = datetime.transaction(), ${NEW_ENTITY_COUNTERS('o')}
MERGE (a)-[:PUBLISHED_BY]->(o)`;

/**
 * One row per fact: the relationship (made at weight 0 when new), its `:Fact` node, and a SUPPORTS from
 * each article of the batch that states it. Only a support made now moves the counters, so loading the same
 * article twice changes nothing the second time. Returns the facts whose relationship was made now.
 */
export function mergeFacts(type: RelationType): string {
  if (!isRelationType(type)) throw new Error(`not a relationship: ${type}`);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.createdAt = datetime.transaction(), r.weight = 0, r.fromId = row.from, r.toId = row.to
SET r += row.props
MERGE (f:Fact {id: row.id})
ON CREATE SET f.type = '${type}', f.fromId = row.from, f.toId = row.to
WITH r, f, row, r.createdAt = datetime.transaction() AS created
CALL (r, f, row) {
  UNWIND row.supports AS sup
  MATCH (art:Article {id: sup.article})
  MERGE (art)-[s:SUPPORTS]->(f)
  ON CREATE SET s.date = sup.date, r.weight = r.weight + 1, ${EXTEND_REPORTED('r', 'sup.date')}
  SET s.text = sup.text, s.start = sup.start, s.end = sup.end
}
RETURN row.id AS fact, row.from AS from, row.to AS to, created`;
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

/** Adds (+1) or takes away (-1) each end's type from the other's neighbour counters. */
function countNeighbours(sign: '+' | '-'): string {
  const set = (n: string, other: string) =>
    ENTITY_TYPES.map((t) => {
      const key = neighbourCountProperty(t);
      return `${n}.${key} = coalesce(${n}.${key}, 0) ${sign} CASE WHEN ${other}:${t} THEN 1 ELSE 0 END`;
    }).join(',\n    ');
  return `SET ${set('a', 'b')},\n    ${set('b', 'a')}`;
}

/**
 * Pairs of entities with relationships made in this load (rows: both ids, how many were made): when those
 * are all the relationships between the two, the pair became neighbours now.
 */
export const LINK_NEIGHBOURS = `
UNWIND $pairs AS p
MATCH (a:Entity {id: p.a})
MATCH (b:Entity {id: p.b})
WITH a, b, p
WHERE a <> b AND COUNT { (a)-[:${ENTITY_RELATIONSHIP_PATTERN}]-(b) } = p.made
${countNeighbours('+')}`;

/**
 * Facts left without support (rows: a pair of entities and the ids of such facts between them): the
 * relationships and fact nodes go, and a pair with nothing left between them stops being neighbours.
 */
export const DELETE_UNSUPPORTED = `
UNWIND $pairs AS p
MATCH (a:Entity {id: p.a})
MATCH (b:Entity {id: p.b})
CALL (a, b, p) {
  MATCH (a)-[r:${ENTITY_RELATIONSHIP_PATTERN}]-(b)
  WHERE r.id IN p.facts AND r.weight <= 0
  DELETE r
  RETURN count(*) AS deleted
}
CALL (p) {
  UNWIND p.facts AS fid
  MATCH (f:Fact {id: fid})
  WHERE NOT (f)<-[:SUPPORTS]-()
  DELETE f
}
WITH a, b, deleted
WHERE deleted > 0 AND a <> b AND NOT EXISTS { (a)-[:${ENTITY_RELATIONSHIP_PATTERN}]-(b) }
${countNeighbours('-')}`;

/** Entities nothing mentions any more (and that wrote or published nothing) go. */
export const DELETE_ORPHANS = `
UNWIND $candidates AS eid
MATCH (n:Entity {id: eid})
WHERE coalesce(n.articleCount, 0) <= 0 AND NOT (n)-[:WROTE]->() AND NOT (n)<-[:PUBLISHED_BY]-()
  AND NOT (n)-[:${ENTITY_RELATIONSHIP_PATTERN}]-()
DELETE n`;
