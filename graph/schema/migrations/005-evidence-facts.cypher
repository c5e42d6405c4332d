// Evidence moves off the relationships: one relationship per fact keeps weight, firstReported and lastReported;
// each supporting article's sentence is (:Article)-[:SUPPORTS {date, text, start, end}]->(:Fact {id}) with the
// relationship's id, so adding a support costs the same whatever the fact's support already is.
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
// The strongest relationships of an entity, in both directions, are an index seek: (end id, weight) per type.
CREATE RANGE INDEX holds_position_from_weight IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX holds_position_to_weight IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.toId, r.weight);
CREATE RANGE INDEX located_in_from_weight IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX located_in_to_weight IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.toId, r.weight);
CREATE RANGE INDEX part_of_from_weight IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX part_of_to_weight IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.toId, r.weight);
CREATE RANGE INDEX member_of_from_weight IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX member_of_to_weight IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.toId, r.weight);
CREATE RANGE INDEX participated_in_from_weight IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX participated_in_to_weight IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.toId, r.weight);
CREATE RANGE INDEX held_at_from_weight IF NOT EXISTS FOR ()-[r:HELD_AT]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX held_at_to_weight IF NOT EXISTS FOR ()-[r:HELD_AT]-() ON (r.toId, r.weight);
CREATE RANGE INDEX founded_at_from_weight IF NOT EXISTS FOR ()-[r:FOUNDED_AT]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX founded_at_to_weight IF NOT EXISTS FOR ()-[r:FOUNDED_AT]-() ON (r.toId, r.weight);
CREATE RANGE INDEX partners_with_from_weight IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX partners_with_to_weight IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.toId, r.weight);
CREATE RANGE INDEX focuses_on_from_weight IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.fromId, r.weight);
CREATE RANGE INDEX focuses_on_to_weight IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.toId, r.weight);
// A database loaded before this version: the parallel lists become Fact nodes and SUPPORTS, in batches.
MATCH ()-[r:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]->()
WHERE r.articles IS NOT NULL
CALL (r) {
  MERGE (f:Fact {id: r.id})
  ON CREATE SET f.type = type(r), f.fromId = startNode(r).id, f.toId = endNode(r).id
  WITH r, f
  UNWIND range(0, size(r.articles) - 1) AS i
  MATCH (a:Article {id: r.articles[i]})
  MERGE (a)-[s:SUPPORTS]->(f)
  SET s.date = coalesce(r.articleDates[i], ''), s.text = r.evidenceText[i],
      s.start = r.evidenceStart[i], s.end = r.evidenceEnd[i]
} IN TRANSACTIONS OF 500 ROWS;
// Counters from the supports; the lists go (a relationship whose lists are gone is done, so a rerun resumes).
MATCH ()-[r:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]->()
WHERE r.articles IS NOT NULL
CALL (r) {
  OPTIONAL MATCH (:Fact {id: r.id})<-[s:SUPPORTS]-(:Article)
  WITH r, count(s) AS n, min(CASE WHEN s.date <> '' THEN s.date END) AS first,
       max(CASE WHEN s.date <> '' THEN s.date END) AS last
  SET r.weight = n, r.firstReported = first, r.lastReported = last,
      r.fromId = startNode(r).id, r.toId = endNode(r).id
  REMOVE r.articles, r.articleDates, r.evidenceText, r.evidenceStart, r.evidenceEnd
} IN TRANSACTIONS OF 500 ROWS;
// A relationship no article supports any more is not a fact.
MATCH ()-[r:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]->()
WHERE r.weight = 0
CALL (r) {
  OPTIONAL MATCH (f:Fact {id: r.id})
  DELETE r
  DETACH DELETE f
} IN TRANSACTIONS OF 500 ROWS;
// Counters the loader keeps from now on: articles that mention an entity, its distinct neighbours by type.
MATCH (n:Entity)
WHERE n.articleCount IS NULL
CALL (n) {
  SET n.articleCount = COUNT { (n)<-[:MENTIONS]-(:Article) },
      n.neighboursPerson = size(COLLECT { MATCH (n)-[:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]-(m:Person) WHERE m <> n RETURN DISTINCT elementId(m) }),
      n.neighboursOrganization = size(COLLECT { MATCH (n)-[:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]-(m:Organization) WHERE m <> n RETURN DISTINCT elementId(m) }),
      n.neighboursPlace = size(COLLECT { MATCH (n)-[:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]-(m:Place) WHERE m <> n RETURN DISTINCT elementId(m) }),
      n.neighboursEvent = size(COLLECT { MATCH (n)-[:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]-(m:Event) WHERE m <> n RETURN DISTINCT elementId(m) }),
      n.neighboursTopic = size(COLLECT { MATCH (n)-[:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]-(m:Topic) WHERE m <> n RETURN DISTINCT elementId(m) })
} IN TRANSACTIONS OF 500 ROWS;
