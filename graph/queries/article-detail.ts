import type { Node } from 'neo4j-driver';
import type {
  ArticleDetail,
  ArticleLinkOut,
  ArticleMention,
  EntityTypeName,
} from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { nodeType, plain, toArticleListItem, toArticleRef } from './mappers.ts';
import { edgesOfArticle, nodesByIds } from './subgraph.ts';

const ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
RETURN a, collect(CASE WHEN e IS NULL THEN null ELSE {entity: e, starts: m.starts, ends: m.ends} END) AS mentions`;

const LINKS = `
MATCH (:Article {id: $id})-[l:LINKS_TO]->(t:Article)
RETURN l.relation AS relation, l.date AS date, t
ORDER BY CASE l.relation WHEN 'previous' THEN 0 WHEN 'next' THEN 1 ELSE 2 END, l.date DESC`;

export async function articleLinks(db: GraphDb, id: string): Promise<ArticleLinkOut[]> {
  const result = await db.read(LINKS, { id });
  return result.records.map((r) => {
    const target = r.get('t') as Node;
    return {
      relation: r.get('relation') as ArticleLinkOut['relation'],
      title: String(target.properties.title),
      date: (r.get('date') as string | null) ?? null,
      url: typeof target.properties.url === 'string' ? target.properties.url : null,
      article: { ...toArticleRef(target), stub: target.properties.stub === true },
    };
  });
}

/** The article with its text, where each entity is mentioned, its links and the subgraph it supports. */
export async function articleDetail(db: GraphDb, id: string): Promise<ArticleDetail | undefined> {
  const record = (await db.read(ARTICLE, { id })).records[0];
  if (!record) return undefined;
  const node = record.get('a') as Node;
  const p = node.properties as Record<string, unknown>;
  const mentions: ArticleMention[] = [];
  const entityIds: string[] = [];
  for (const m of record.get('mentions') as {
    entity: Node;
    starts: number[] | null;
    ends: number[] | null;
  }[]) {
    const e = m.entity.properties as Record<string, unknown>;
    entityIds.push(String(e.id));
    (m.starts ?? []).forEach((start, i) => {
      mentions.push({
        entityId: String(e.id),
        name: String(e.name),
        type: nodeType(m.entity.labels) as EntityTypeName,
        kind: typeof e.kind === 'string' ? e.kind : null,
        start,
        end: m.ends?.[i] ?? start,
      });
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const [links, nodes, edges] = await Promise.all([
    articleLinks(db, id),
    nodesByIds(db, entityIds),
    edgesOfArticle(db, id, 2000),
  ]);
  return {
    article: {
      ...toArticleListItem(node),
      site: typeof p.site === 'string' ? p.site : null,
      url: typeof p.url === 'string' ? p.url : null,
      language: typeof p.language === 'string' ? p.language : 'zh',
      text: typeof p.text === 'string' ? p.text : '',
      images:
        typeof p.images === 'string' ? (JSON.parse(p.images) as ArticleDetail['article']['images']) : [],
      publishedAt: (plain(p.publishedAt) as string | undefined) ?? null,
    },
    mentions,
    links,
    graph: { nodes, edges, truncated: false },
  };
}
