import type { Node } from 'neo4j-driver';
import type { EntityTypeName, SearchHit, SearchResult } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { normalizeQueryText } from '../names/search-keys.ts';
import { searchQuery } from './lucene.ts';
import { nodeType } from './mappers.ts';

export interface SearchParams {
  q: string;
  types: EntityTypeName[];
  limit: number;
}

const FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node, score
WHERE any(l IN labels(node) WHERE l IN $types)
RETURN node, score, coalesce(node.articleCount, 0) AS articles
ORDER BY score DESC
LIMIT $fetch`;

/**
 * Single characters and substrings of names the bigram index cannot see, from the name's text index
 * (migration 007). Aliases are found by the full-text index (a single character by its prefix query).
 */
const CONTAINS = `
MATCH (node:Entity) USING TEXT INDEX node:Entity(name)
WHERE node.name CONTAINS $q AND any(l IN labels(node) WHERE l IN $types)
RETURN node, 0.1 AS score, coalesce(node.articleCount, 0) AS articles
LIMIT $fetch`;

export async function search(db: GraphDb, params: SearchParams): Promise<SearchResult> {
  const q = normalizeQueryText(params.q);
  if (!q) return { query: params.q, hits: [], groups: [] };
  const fetch = Math.min(params.limit * 3, 300);
  const base = { types: params.types, fetch, q };
  const found = new Map<string, SearchHit>();
  const collect = (records: { get(k: string): unknown }[]) => {
    for (const r of records) {
      const hit = toHit(r.get('node') as Node, r.get('score') as number, r.get('articles') as number, q);
      const existing = found.get(hit.id);
      if (!existing || existing.score < hit.score) found.set(hit.id, hit);
    }
  };
  const lucene = searchQuery(q);
  if (lucene) collect((await db.read(FULLTEXT, { ...base, lucene })).records);
  if (found.size < params.limit) collect((await db.read(CONTAINS, base)).records);
  const hits = [...found.values()].sort((a, b) => b.score - a.score || b.articleCount - a.articleCount);
  const groups = new Map<EntityTypeName, number>();
  for (const hit of hits) groups.set(hit.type, (groups.get(hit.type) ?? 0) + 1);
  return {
    query: params.q,
    hits: hits.slice(0, params.limit),
    groups: [...groups].map(([type, count]) => ({ type, count })),
  };
}

function toHit(node: Node, score: number, articleCount: number, q: string): SearchHit {
  const p = node.properties as Record<string, unknown>;
  const name = String(p.name);
  const lower = q.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  const keys = (k: string) => (Array.isArray(p[k]) ? (p[k] as string[]) : []);
  const matched = name.toLowerCase().includes(lower)
    ? null
    : ([...keys('aliases'), ...keys('variants'), ...keys('pinyin'), ...keys('pinyinInitials')].find((a) =>
        a.toLowerCase().replace(/\s+/g, '').includes(compact),
      ) ?? null);
  const bonus = name === q ? 100 : name.startsWith(q) ? 10 : 0;
  return {
    id: String(p.id),
    type: nodeType(node.labels) as EntityTypeName,
    kind: typeof p.kind === 'string' ? p.kind : null,
    name,
    matched,
    articleCount,
    score: score + bonus,
  };
}
