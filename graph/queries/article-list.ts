import type { Node } from 'neo4j-driver';
import { encodeCursor } from '../../contract/api/cursor.ts';
import type { ArticleList } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { normalizeQueryText } from '../names/search-keys.ts';
import { articleTextQuery } from './lucene.ts';
import { toArticleListItem } from './mappers.ts';
import { snippetOf } from './snippet.ts';

export interface ArticleListParams {
  entity?: string;
  q?: string;
  /** Days, YYYY-MM-DD, inclusive, China time. */
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/** A query of only spaces or punctuation has no words to look for: it filters nothing. */
function source(params: ArticleListParams, lucene: string): string {
  if (lucene) {
    return `CALL db.index.fulltext.queryNodes('article_text', $lucene, {limit: 2000}) YIELD node AS a
            WITH a WHERE $entity IS NULL OR (a)-[:MENTIONS]->(:Entity {id: $entity})`;
  }
  if (params.entity) return 'MATCH (:Entity {id: $entity})<-[:MENTIONS]-(a:Article)';
  return 'MATCH (a:Article)';
}

export async function listArticles(
  db: GraphDb,
  params: ArticleListParams,
  cursor?: { time: number; id: string },
): Promise<ArticleList> {
  const q = params.q ? normalizeQueryText(params.q) : '';
  const lucene = q ? articleTextQuery(q) : '';
  const cypher = `
${source(params, lucene)}
WITH a, coalesce(a.publishedAt.epochMillis, -1) AS t
WHERE a.stub = false
  AND ($from IS NULL OR t >= $from) AND ($to IS NULL OR t <= $to)
  AND ($ct IS NULL OR t < $ct OR (t = $ct AND a.id < $cid))
RETURN a, t
ORDER BY t DESC, a.id DESC
LIMIT $fetch`;
  const result = await db.read(cypher, {
    lucene,
    entity: params.entity ?? null,
    from: params.from ? Date.parse(`${params.from}T00:00:00+08:00`) : null,
    to: params.to ? Date.parse(`${params.to}T23:59:59.999+08:00`) : null,
    ct: cursor?.time ?? null,
    cid: cursor?.id ?? null,
    fetch: params.limit + 1,
  });
  const records = result.records.slice(0, params.limit);
  const last = records.at(-1);
  return {
    items: records.map((r) => {
      const node = r.get('a') as Node;
      const item = toArticleListItem(node);
      const text = node.properties.text;
      return q && typeof text === 'string' ? { ...item, snippet: snippetOf(text, q) } : item;
    }),
    nextCursor:
      result.records.length > params.limit && last
        ? encodeCursor({ time: last.get('t') as number, id: String((last.get('a') as Node).properties.id) })
        : null,
  };
}
