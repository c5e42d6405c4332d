import type { Node } from 'neo4j-driver';
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

/** Newest first; the cursor is the (time, id) of the last item, so pages stay stable as articles arrive. */
export function encodeCursor(time: number, id: string): string {
  return Buffer.from(JSON.stringify([time, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { time: number; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string') {
      return { time: value[0], id: value[1] };
    }
  } catch {
    // reported by the caller
  }
  return undefined;
}

function source(params: ArticleListParams): string {
  if (params.q) {
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
  const cypher = `
${source(params)}
WITH a, coalesce(a.publishedAt.epochMillis, -1) AS t
WHERE a.stub = false
  AND ($from IS NULL OR t >= $from) AND ($to IS NULL OR t <= $to)
  AND ($ct IS NULL OR t < $ct OR (t = $ct AND a.id < $cid))
RETURN a, t
ORDER BY t DESC, a.id DESC
LIMIT $fetch`;
  const q = params.q ? normalizeQueryText(params.q) : '';
  const result = await db.read(cypher, {
    lucene: q ? articleTextQuery(q) : null,
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
        ? encodeCursor(last.get('t') as number, String((last.get('a') as Node).properties.id))
        : null,
  };
}
