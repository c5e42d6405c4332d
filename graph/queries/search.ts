import type { EntityTypeName, SearchHit, SearchResult } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { normalizeQueryText } from '../names/search-keys.ts';
import { searchQuery } from './lucene.ts';
import { nodeType } from './mappers.ts';
import { matchRank } from './search-rank.ts';

export interface SearchParams {
  q: string;
  types: EntityTypeName[];
  limit: number;
}

/**
 * One round trip: the full-text index (names, aliases, traditional forms, pinyin and initials; prefix
 * queries for pinyin typed so far), then, only when that found fewer than `$limit`, the name's text index
 * (migration 007) for single characters and substrings the bigram index cannot see. Both are index lookups;
 * only the properties a hit shows come back, not the whole node.
 */
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node, score
WHERE any(l IN labels(node) WHERE l IN $types)
WITH collect({node: node, score: score}) AS fulltext
CALL (fulltext) {
  UNWIND CASE WHEN size(fulltext) < $limit THEN [$q] ELSE [] END AS needle
  MATCH (node:Entity) USING TEXT INDEX node:Entity(name)
  WHERE node.name CONTAINS needle AND any(l IN labels(node) WHERE l IN $types)
  WITH node LIMIT $fetch
  RETURN collect({node: node, score: 0.1}) AS substrings
}
UNWIND fulltext + substrings AS hit
WITH hit.node AS node, hit.score AS score
RETURN node {.id, .name, .kind, .aliases, .variants, .pinyin, .pinyinInitials, .nameEn} AS properties,
       labels(node) AS labels, score, coalesce(node.articleCount, 0) AS articles`;

/**
 * One character: the names that start with it, from the name's range index (migration 011) in index
 * order, stopping after `$fetch`. The full-text form of a one-character query is a prefix query over
 * every bigram that starts with the character, which Lucene scores in full before it keeps the best:
 * its cost grows with the graph, this read's does not.
 */
const STARTS_WITH = `
MATCH (node:Entity) USING INDEX node:Entity(name)
WHERE node.name STARTS WITH $q AND any(l IN labels(node) WHERE l IN $types)
WITH node LIMIT $fetch
RETURN node {.id, .name, .kind, .aliases, .variants, .pinyin, .pinyinInitials, .nameEn} AS properties,
       labels(node) AS labels, 1.0 AS score, coalesce(node.articleCount, 0) AS articles`;

const ONE_HAN_CHARACTER = /^\p{Script=Han}$/u;

export async function search(db: GraphDb, params: SearchParams): Promise<SearchResult> {
  const q = normalizeQueryText(params.q);
  if (!q) return { query: params.q, hits: [], groups: [] };
  const fetch = Math.min(params.limit * 3, 300);
  const found = new Map<string, SearchHit>();
  const args = { types: params.types, fetch, limit: params.limit, q };
  const exact = ONE_HAN_CHARACTER.test(q) ? (await db.read(STARTS_WITH, args)).records : [];
  // Too few names start with it (or it is not one character): the full-text and substring search.
  const fuzzy =
    exact.length < params.limit ? (await db.read(SEARCH, { ...args, lucene: searchQuery(q) })).records : [];
  const records = [...exact, ...fuzzy];
  for (const r of records) {
    const hit = toHit(r.get('properties'), r.get('labels'), r.get('score'), r.get('articles'), q);
    const existing = found.get(hit.id);
    if (!existing || existing.score < hit.score) found.set(hit.id, hit);
  }
  const hits = [...found.values()].sort((a, b) => b.score - a.score || b.articleCount - a.articleCount);
  const groups = new Map<EntityTypeName, number>();
  for (const hit of hits) groups.set(hit.type, (groups.get(hit.type) ?? 0) + 1);
  return {
    query: params.q,
    hits: hits.slice(0, params.limit),
    groups: [...groups].map(([type, count]) => ({ type, count })),
  };
}

/** Lucene's scores stay well below this: a hit's rank decides its place, the score only within its rank. */
const PER_RANK = 1000;

function toHit(
  p: Record<string, unknown>,
  labels: string[],
  score: number,
  articleCount: number,
  q: string,
): SearchHit {
  const name = String(p.name);
  const lower = q.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  const keys = (k: string) => (Array.isArray(p[k]) ? (p[k] as string[]) : []);
  const rank = matchRank(
    {
      name,
      names: [...keys('aliases'), ...keys('variants'), ...(typeof p.nameEn === 'string' ? [p.nameEn] : [])],
      pinyin: keys('pinyin'),
      initials: keys('pinyinInitials'),
    },
    q,
  );
  // What the query matched when not the name: a key holding it, else (words picked out of the name's
  // pinyin) the name's pinyin by syllable.
  const matched = name.toLowerCase().includes(lower)
    ? null
    : ([...keys('aliases'), ...keys('variants'), ...keys('pinyin'), ...keys('pinyinInitials')].find((a) =>
        a.toLowerCase().replace(/\s+/g, '').includes(compact),
      ) ?? (rank > 0 ? (keys('pinyin')[0] ?? null) : null));
  return {
    id: String(p.id),
    type: nodeType(labels) as EntityTypeName,
    kind: typeof p.kind === 'string' ? p.kind : null,
    name,
    matched,
    articleCount,
    score: rank * PER_RANK + Math.min(score, PER_RANK - 1),
  };
}
