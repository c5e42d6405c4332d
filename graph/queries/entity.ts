import type { Node } from 'neo4j-driver';
import type { EntityDetail, NodeTypeName, Position } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { nodeType, toArticleRef, toGraphNode } from './mappers.ts';

const ENTITY = `
MATCH (n:Entity {id: $id})
RETURN n, COUNT { (n)<-[:MENTIONS]-(:Article) } AS articles`;

const POSITIONS = `
MATCH (:Entity {id: $id})-[r:HOLDS_POSITION]->(o:Entity)
RETURN r.title AS title, o, r.articles AS articles
ORDER BY r.weight DESC, r.firstReported
LIMIT 200`;

const RELATION_COUNTS = `
MATCH (:Entity {id: $id})-[r]-()
RETURN type(r) AS type, count(r) AS n`;

const ARTICLES = `
MATCH (:Entity {id: $id})<-[:MENTIONS]-(a:Article)
RETURN a
ORDER BY a.publishedAt DESC
LIMIT $limit`;

export async function entityDetail(db: GraphDb, id: string): Promise<EntityDetail | undefined> {
  const found = (await db.read(ENTITY, { id })).records[0];
  if (!found) return undefined;
  const [positions, counts, articles] = await Promise.all([
    db.read(POSITIONS, { id }),
    db.read(RELATION_COUNTS, { id }),
    db.read(ARTICLES, { id, limit: 100 }),
  ]);
  const node = found.get('n') as Node;
  const list = (key: string) =>
    Array.isArray(node.properties[key]) ? (node.properties[key] as string[]) : [];
  return {
    entity: toGraphNode(node, found.get('articles') as number),
    names: {
      pinyin: list('pinyin'),
      initials: list('pinyinInitials'),
      traditional: list('variants'),
      english: typeof node.properties.nameEn === 'string' ? node.properties.nameEn : null,
    },
    positions: positions.records.map((r): Position => {
      const org = r.get('o') as Node;
      return {
        title: String(r.get('title') ?? ''),
        organization: {
          id: String(org.properties.id),
          name: String(org.properties.name),
          type: nodeType(org.labels) as NodeTypeName,
        },
        articles: (r.get('articles') as string[] | null) ?? [],
      };
    }),
    relationCounts: Object.fromEntries(
      counts.records.map((r) => [r.get('type') as string, r.get('n') as number]),
    ),
    articles: articles.records.map((r) => toArticleRef(r.get('a') as Node)),
  };
}
