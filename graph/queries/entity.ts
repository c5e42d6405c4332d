import type { Node } from 'neo4j-driver';
import type { EntityDetail, NodeTypeName, Position } from '../../contract/api/payloads.ts';
import { ARTICLE_RELATIONSHIPS, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { nodeType, toArticleRef, toGraphNode } from './mappers.ts';

const ENTITY = `
MATCH (n:Entity {id: $id})
RETURN n`;

const POSITIONS = `
MATCH (:Entity {id: $id})-[r:HOLDS_POSITION]->(o:Entity)
RETURN r.title AS title, o, r.weight AS weight
ORDER BY r.weight DESC, r.firstReported
LIMIT 200`;

/** From the degree counts Neo4j keeps per node and type: a hub's counts cost what a leaf's do. */
const RELATION_COUNTS = `
MATCH (n:Entity {id: $id})
RETURN {${[...RELATION_TYPES, ...ARTICLE_RELATIONSHIPS].map((t) => `${t}: COUNT { (n)-[:${t}]-() }`).join(', ')}} AS counts`;

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
    entity: toGraphNode(node),
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
        articleCount: Number(r.get('weight') ?? 0),
      };
    }),
    relationCounts: Object.fromEntries(
      Object.entries((counts.records[0]?.get('counts') as Record<string, number> | undefined) ?? {}).filter(
        ([, n]) => n > 0,
      ),
    ),
    articles: articles.records.map((r) => toArticleRef(r.get('a') as Node)),
  };
}
