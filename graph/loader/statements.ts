import {
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  isRelationType,
  NEIGHBOUR_TOTAL_PROPERTY,
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
 * small `:Fact` node of the same id (with a copy of the weight, so the strongest of many facts are found
 * before their relationships are read), `(:Article)-[:SUPPORTS {date, text, start, end}]->(:Fact)`, so
 * adding the 10,000th supporting article writes what adding the 10th did. Entities keep `articleCount`
 * (articles that mention them), `neighbours<Type>` (distinct neighbours of each entity type) and
 * `neighbours` (their sum).
 */

const ENTITY_RELATIONSHIP_PATTERN = RELATION_TYPES.join('|');

/**
 * Every statement here is driven by unique-index seeks, so the plan made first stays right however the
 * graph grows. By default Neo4j plans a statement again whenever the counts it was planned with have
 * changed enough, at most every 10 s: during a long load from an empty database that is all the time,
 * and planning these statements cost a quarter of the JVM's CPU (flight recording of a 10k-entity load).
 */
const PLAN = 'CYPHER replan=skip';

/** What the batch's articles said in an earlier load: the facts they supported and the entities they mentioned. */
export const PREVIOUS_STATE = `${PLAN}
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
export const REMOVE_SUPPORTS = `${PLAN}
UNWIND $removed AS row
MATCH (:Article {id: row.article})-[s:SUPPORTS]->(f:Fact {id: row.fact})
WITH f, s, s.date AS date
DELETE s
WITH f, collect(date) AS dates, count(*) AS gone
MATCH (:Entity {id: f.fromId})-[r:${ENTITY_RELATIONSHIP_PATTERN}]->(:Entity {id: f.toId})
WHERE r.id = f.id
SET f.weight = r.weight - gone, r.weight = r.weight - gone
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
export const REMOVE_MENTIONS = `${PLAN}
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
export const STRIP_ARTICLE_EDGES = `${PLAN}
UNWIND $articleIds AS aid
MATCH (a:Article {id: aid})
OPTIONAL MATCH (a)-[out:PUBLISHED_BY|LINKS_TO]->()
OPTIONAL MATCH (:Person)-[w:WROTE]->(a)
WITH collect(out) + collect(w) AS edges
UNWIND edges AS e
WITH DISTINCT e
DELETE e`;

/**
 * Runs first in every batch and always SETs each article (updatedAt), so it holds the article's write lock: a
 * concurrent load of the same article waits here before it reads the previous state that decides which supports and
 * mentions are created blind. Do not make this SET conditional.
 */
export const MERGE_ARTICLES = `${PLAN}
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.createdAt = datetime.transaction()
SET a.title = row.title, a.titleKey = row.titleKey,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
    a.source = row.source, a.site = row.site, a.url = row.url, a.fingerprint = row.fingerprint, a.language = row.language,
    a.text = row.text, a.reporters = row.reporters, a.images = row.images,
    a.imageCaptions = row.imageCaptions, a.stub = false, a.updatedAt = datetime.transaction()
RETURN count(CASE WHEN a.createdAt = datetime.transaction() THEN 1 END) AS created, count(*) AS total,
       datetime.transaction() AS now`;

/**
 * Articles read from the same page as an article of the batch under another id (an older parser found another
 * title or date): the batch's article replaces them. Run after MERGE_ARTICLES, so the batch's own are excluded;
 * readings the batch itself replaces (`replacedIds`) go too when the graph has them, fingerprinted or not.
 */
export const REPLACED_ARTICLES = `${PLAN}
UNWIND $articles AS row
WITH row WHERE row.fingerprint IS NOT NULL
MATCH (old:Article {fingerprint: row.fingerprint})
WHERE NOT old.id IN $articleIds
RETURN old.id AS id
UNION
UNWIND $replacedIds AS aid
MATCH (old:Article {id: aid})
RETURN old.id AS id`;

/** Replaced articles go once their supports, mentions, bylines and links are withdrawn (links to them too). */
export const DELETE_ARTICLES = `${PLAN}
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
DETACH DELETE a`;

/** A stub made from another page's link list becomes the real article once it is loaded. */
export const ADOPT_STUBS = `${PLAN}
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
  [
    `${n}.articleCount = 0`,
    ...ENTITY_TYPES.map((t) => `${n}.${neighbourCountProperty(t)} = 0`),
    `${n}.${NEIGHBOUR_TOTAL_PROPERTY} = 0`,
  ].join(', ');

/**
 * Entities of one label. Names, aliases and search keys are united with what the graph knows; a property
 * is only written when its value changes, because each write of an indexed name re-indexes the entity in
 * the full-text index, and most entities of an article are ones the graph already knows unchanged.
 */
export function mergeEntities(label: EntityType): string {
  if (!isEntityType(label)) throw new Error(`not an entity label: ${label}`);
  return `${PLAN}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:${label}, n:$(row.kindLabels), n.createdAt = datetime.transaction(), n.name = row.name,
              n.aliases = [], n.pinyin = [], n.pinyinInitials = [], n.variants = [], ${NEW_ENTITY_COUNTERS('n')}
WITH n, row, CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END AS name
WITH n, row, name,
     ${DEDUPE('coalesce(n.aliases, []) + row.aliases + [n.name, row.name]', 'name')} AS aliases,
     ${DEDUPE('coalesce(n.pinyin, []) + row.pinyin', 'null')} AS pinyin,
     ${DEDUPE('coalesce(n.pinyinInitials, []) + row.pinyinInitials', 'null')} AS initials,
     ${DEDUPE('coalesce(n.variants, []) + row.variants', 'null')} AS variants
CALL (n, name, aliases, pinyin, initials, variants) {
  WITH * WHERE name <> n.name OR aliases <> coalesce(n.aliases, []) OR pinyin <> coalesce(n.pinyin, [])
            OR initials <> coalesce(n.pinyinInitials, []) OR variants <> coalesce(n.variants, [])
  SET n.name = name, n.aliases = aliases, n.pinyin = pinyin, n.pinyinInitials = initials, n.variants = variants
}
CALL (n, row) {
  WITH * WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
  SET n += row.props
}
CALL (n, row) {
  WITH * WHERE NOT n:${label} OR any(l IN row.kindLabels WHERE NOT l IN labels(n))
  SET n:${label}, n:$(row.kindLabels)
}
RETURN count(CASE WHEN n.createdAt = datetime.transaction() THEN 1 END) AS created, count(*) AS total`;
}

/**
 * Mentions the graph does not hold (rows: an entity and the articles that mention it now for the first
 * time; `batchEdges` knows which from the articles' previous state): created without looking for an
 * existing one, and the entity's article count grows by their number in one write.
 */
export const NEW_MENTIONS = `${PLAN}
UNWIND $rows AS row
MATCH (n:Entity {id: row.entity})
SET n.articleCount = coalesce(n.articleCount, 0) + size(row.mentions)
WITH n, row
UNWIND row.mentions AS m
MATCH (a:Article {id: m.article})
CREATE (a)-[:MENTIONS {count: m.count, starts: m.starts, ends: m.ends}]->(n)`;

/** Mentions an article made before and makes again: their positions are written again. */
export const KEPT_MENTIONS = `${PLAN}
UNWIND $rows AS m
MATCH (:Article {id: m.article})-[r:MENTIONS]->(:Entity {id: m.entity})
SET r.count = m.count, r.starts = m.starts, r.ends = m.ends`;

export const MERGE_BYLINES = `${PLAN}
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
 * One row per fact: the relationship (made at weight 0 when new) and its `:Fact` node, with what the
 * batch's new supports add to its counters (`added`, `first`, `last`: `batchEdges`), written once per
 * batch however many of its articles the batch holds; so loading the same article twice changes nothing
 * the second time. The supports themselves are NEW_SUPPORTS and KEPT_SUPPORTS, once every fact node
 * exists. Returns which facts' relationships were made now.
 */
export function mergeFacts(type: RelationType): string {
  if (!isRelationType(type)) throw new Error(`not a relationship: ${type}`);
  return `${PLAN}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.createdAt = datetime.transaction(), r.weight = 0, r.fromId = row.from, r.toId = row.to,
              r += row.props
MERGE (f:Fact {id: row.id})
ON CREATE SET f.type = '${type}', f.fromId = row.from, f.toId = row.to, f.weight = 0
WITH r, f, row, r.createdAt = datetime.transaction() AS created
CALL (r, row, created) {
  WITH * WHERE NOT created AND any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k])
  SET r += row.props
}
CALL (r, f, row) {
  WITH * WHERE row.added > 0
  SET f.weight = r.weight + row.added,
      r.weight = r.weight + row.added,
      r.firstReported = CASE WHEN row.first IS NOT NULL AND (r.firstReported IS NULL OR row.first < r.firstReported)
                             THEN row.first ELSE r.firstReported END,
      r.lastReported = CASE WHEN row.last IS NOT NULL AND (r.lastReported IS NULL OR row.last > r.lastReported)
                            THEN row.last ELSE r.lastReported END
}
RETURN row.id AS fact, row.from AS from, row.to AS to, created`;
}

/** Supports the graph does not hold (`batchEdges`), created without looking for an existing one. */
export const NEW_SUPPORTS = `${PLAN}
UNWIND $rows AS s
MATCH (art:Article {id: s.article})
MATCH (f:Fact {id: s.fact})
CREATE (art)-[:SUPPORTS {date: s.date, text: s.text, start: s.start, end: s.end}]->(f)`;

/** Supports an article gave before and gives again with the same date: their sentence is written again. */
export const KEPT_SUPPORTS = `${PLAN}
UNWIND $rows AS s
MATCH (:Article {id: s.article})-[x:SUPPORTS]->(:Fact {id: s.fact})
SET x.text = s.text, x.start = s.start, x.end = s.end`;

export const MERGE_LINKS = `${PLAN}
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

const TYPE_OF = (n: string) =>
  `[l IN labels(${n}) WHERE l IN [${ENTITY_TYPES.map((t) => `'${t}'`).join(', ')}]][0]`;

/**
 * Pairs of entities with relationships made in this load (rows: both ids, how many were made): when those
 * are all the relationships between the two, the pair became neighbours now. Returns such pairs with the
 * type of each end, for `COUNT_NEIGHBOURS`.
 */
export const NEW_NEIGHBOURS = `${PLAN}
UNWIND $pairs AS p
MATCH (a:Entity {id: p.a})
MATCH (b:Entity {id: p.b})
WITH a, b, p
WHERE a <> b AND COUNT { (a)-[:${ENTITY_RELATIONSHIP_PATTERN}]-(b) } = p.made
RETURN a.id AS a, ${TYPE_OF('a')} AS aType, b.id AS b, ${TYPE_OF('b')} AS bType`;

/**
 * Facts left without support (rows: a pair of entities and the ids of such facts between them): the
 * relationships and fact nodes go. Returns the pairs with nothing left between them, which stop being
 * neighbours, with the type of each end.
 */
export const DELETE_UNSUPPORTED = `${PLAN}
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
RETURN a.id AS a, ${TYPE_OF('a')} AS aType, b.id AS b, ${TYPE_OF('b')} AS bType`;

/**
 * Changes of the neighbour counters (rows: an entity and a change per type), one write per entity and
 * batch; the total moves by the sum of the changes in the same write.
 */
export const COUNT_NEIGHBOURS = `${PLAN}
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET ${[
  ...ENTITY_TYPES.map((t) => {
    const key = neighbourCountProperty(t);
    return `n.${key} = coalesce(n.${key}, 0) + row.${t}`;
  }),
  `n.${NEIGHBOUR_TOTAL_PROPERTY} = coalesce(n.${NEIGHBOUR_TOTAL_PROPERTY}, 0) + ${ENTITY_TYPES.map((t) => `row.${t}`).join(' + ')}`,
].join(',\n    ')}`;

/** The launcher's write procedure (graph/neo4j-launcher WriteBatch.java), absent from a plain Neo4j. */
export const WRITE_PROCEDURE = 'guanxi.writeBatch';

export const HAS_WRITE_PROCEDURE = `SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) AS found`;

/**
 * Entities, mentions, bylines, facts, supports and new neighbours of a batch in one call (`procedureBatch`), with
 * the graph the statements above write; the caller's transaction holds it.
 */
export const WRITE_BATCH = `CALL ${WRITE_PROCEDURE}($batch)
YIELD entitiesCreated, entitiesTotal, relationsCreated
RETURN entitiesCreated, entitiesTotal, relationsCreated`;

/** Entities nothing mentions any more (and that wrote or published nothing) go. */
export const DELETE_ORPHANS = `${PLAN}
UNWIND $candidates AS eid
MATCH (n:Entity {id: eid})
WHERE coalesce(n.articleCount, 0) <= 0 AND NOT (n)-[:WROTE]->() AND NOT (n)<-[:PUBLISHED_BY]-()
  AND NOT (n)-[:${ENTITY_RELATIONSHIP_PATTERN}]-()
DELETE n`;
