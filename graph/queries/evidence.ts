import type { Node, Relationship } from 'neo4j-driver';
import type { ArticleRef, EdgeEvidence, EvidenceItem, GraphEdge } from '../../contract/api/payloads.ts';
import { RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { toArticleRef, toGraphEdge } from './mappers.ts';

/** One index-backed lookup per whitelisted type (each has a uniqueness constraint on id). */
const EDGE = RELATION_TYPES.map(
  (t) => `MATCH (a)-[r:${t} {id: $id}]->(b) RETURN r, a.id AS source, b.id AS target`,
).join(' UNION ALL ');

const ARTICLES = `
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
RETURN a`;

export async function articleRefs(db: GraphDb, ids: string[]): Promise<Map<string, ArticleRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const result = await db.read(ARTICLES, { ids: unique });
  return new Map(
    result.records.map((r) => {
      const ref = toArticleRef(r.get('a') as Node);
      return [ref.id, ref];
    }),
  );
}

/** The sentence each supporting article gives for a relationship, newest article first. */
export function evidenceItems(rel: Relationship, articles: Map<string, ArticleRef>): EvidenceItem[] {
  const p = rel.properties as Record<string, unknown[] | undefined>;
  const ids = (p.articles ?? []) as string[];
  const items = ids.flatMap((articleId, i) => {
    const article = articles.get(articleId);
    if (!article) return [];
    return [
      {
        article,
        text: String(p.evidenceText?.[i] ?? ''),
        start: Number(p.evidenceStart?.[i] ?? 0),
        end: Number(p.evidenceEnd?.[i] ?? 0),
      },
    ];
  });
  return items.sort((a, b) => (b.article.publishedAt ?? '').localeCompare(a.article.publishedAt ?? ''));
}

export async function edgeEvidence(db: GraphDb, id: string): Promise<EdgeEvidence | undefined> {
  const record = (await db.read(EDGE, { id })).records[0];
  if (!record) return undefined;
  const rel = record.get('r') as Relationship;
  const edge: GraphEdge = toGraphEdge(rel, record.get('source') as string, record.get('target') as string);
  return { edge, evidence: evidenceItems(rel, await articleRefs(db, edge.articles)) };
}
