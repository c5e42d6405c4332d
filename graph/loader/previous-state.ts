import type { BatchParams } from './prepare.ts';

/** What an article said the last time it was loaded. */
export interface PreviousState {
  article: string;
  supports: { fact: string; date: string }[];
  mentions: string[];
}

export interface Withdrawn {
  /** Supports an article no longer gives (or gives with another date: they are made again). */
  supports: { article: string; fact: string }[];
  /** Per entity, the articles that no longer mention it. */
  mentions: { entity: string; articles: string[] }[];
}

/**
 * What reloading the batch takes back: each article replaces exactly its own support and mentions, so the
 * pairs it still states stay untouched (their counters do not move) and only the rest is withdrawn.
 */
export function withdrawn(previous: PreviousState[], batch: BatchParams): Withdrawn {
  const stated = new Map<string, string>();
  for (const rows of Object.values(batch.relations)) {
    for (const fact of rows ?? []) {
      for (const s of fact.supports) stated.set(`${s.article}|${fact.id}`, s.date);
    }
  }
  const mentioned = new Set(batch.mentions.map((m) => `${m.article}|${m.entity}`));
  const supports: Withdrawn['supports'] = [];
  const mentions = new Map<string, string[]>();
  for (const { article, supports: old, mentions: oldMentions } of previous) {
    for (const { fact, date } of old) {
      const now = stated.get(`${article}|${fact}`);
      if (now === undefined || now !== date) supports.push({ article, fact });
    }
    for (const entity of oldMentions) {
      if (mentioned.has(`${article}|${entity}`)) continue;
      const list = mentions.get(entity) ?? [];
      list.push(article);
      mentions.set(entity, list);
    }
  }
  return { supports, mentions: [...mentions].map(([entity, articles]) => ({ entity, articles })) };
}

/** Rows per unordered pair of entities, so a pair with several relationships is counted once. */
export function byPair<T extends { from: string; to: string }>(
  rows: T[],
): Map<string, { a: string; b: string; rows: T[] }> {
  const pairs = new Map<string, { a: string; b: string; rows: T[] }>();
  for (const row of rows) {
    const [a, b] = row.from < row.to ? [row.from, row.to] : [row.to, row.from];
    const key = `${a}|${b}`;
    const pair = pairs.get(key) ?? { a, b, rows: [] };
    pair.rows.push(row);
    pairs.set(key, pair);
  }
  return pairs;
}
