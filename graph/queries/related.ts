import type { Node } from 'neo4j-driver';
import type { EntityTypeName, RelatedArticles } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { articleLinks } from './article-detail.ts';
import { nodeType, toArticleRef } from './mappers.ts';

/**
 * Articles that mention the same entities, each shared entity weighted by how rare it is
 * (inverse document frequency: log(articles / articles mentioning it), from the loader's `articleCount`),
 * so a shared district counts for less than a shared deputy director. An entity mentioned by more than
 * MAX_SHARED articles (a district, a province) is skipped: it would weigh little and its articles would be
 * most of the work, so the rows read stay below (entities of the article) × MAX_SHARED whatever the corpus.
 * The total comes from the count store (stub articles included: a slightly larger numerator for every score).
 */
const SHARED = `
MATCH (:Article) WITH count(*) AS total
MATCH (a:Article {id: $id})-[:MENTIONS]->(e:Entity)
WHERE coalesce(e.articleCount, 0) <= $maxShared
MATCH (e)<-[:MENTIONS]-(o:Article)
WHERE o <> a AND o.stub = false
WITH total, o, e, e.articleCount AS df
WITH o, collect(e) AS shared, sum(log(toFloat(total + 1) / df)) AS score
RETURN o, shared, score
ORDER BY score DESC, o.publishedAt DESC
LIMIT $limit`;

export const MAX_SHARED = 200;

export async function relatedArticles(
  db: GraphDb,
  id: string,
  limit: number,
): Promise<RelatedArticles | undefined> {
  const exists = await db.read('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id });
  if (exists.records.length === 0) return undefined;
  const [links, shared] = await Promise.all([
    articleLinks(db, id),
    db.read(SHARED, { id, limit, maxShared: MAX_SHARED }),
  ]);
  return {
    links,
    shared: shared.records.map((r) => ({
      article: toArticleRef(r.get('o') as Node),
      score: Math.round((r.get('score') as number) * 1000) / 1000,
      sharedEntities: (r.get('shared') as Node[]).map((e) => ({
        id: String(e.properties.id),
        name: String(e.properties.name),
        type: nodeType(e.labels) as EntityTypeName,
      })),
    })),
  };
}
