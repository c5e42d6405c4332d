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

/** A support the batch gives, as a SUPPORTS relationship's properties. */
export interface SupportEdge {
  article: string;
  fact: string;
  date: string;
  text: string;
  start: number;
  end: number;
}

/** A fact of the batch with what its new supports add to its counters. */
export interface FactCounters {
  /** Supports made now. */
  added: number;
  /** Earliest and latest date among them ('' dates left out), null when none has one. */
  first: string | null;
  last: string | null;
}

export interface MentionEdge {
  article: string;
  count: number;
  starts: number[];
  ends: number[];
}

/**
 * What the batch writes, split by what the graph holds once the withdrawn supports and mentions are gone
 * (an article's previous state less `withdrawn`): supports and mentions it does not hold are created
 * without looking for them, the others only get their properties again, and the counters move by the
 * made ones only, counted here rather than by the database.
 */
export interface BatchEdges {
  newSupports: SupportEdge[];
  keptSupports: SupportEdge[];
  counters: Map<string, FactCounters>;
  /** Per entity, the mentions made now (its `articleCount` grows by their number). */
  newMentions: { entity: string; mentions: MentionEdge[] }[];
  keptMentions: (MentionEdge & { entity: string })[];
}

export function batchEdges(previous: PreviousState[], batch: BatchParams): BatchEdges {
  const heldSupports = new Set<string>();
  const heldMentions = new Set<string>();
  for (const { article, supports, mentions } of previous) {
    for (const { fact, date } of supports) heldSupports.add(`${article}|${fact}|${date}`);
    for (const entity of mentions) heldMentions.add(`${article}|${entity}`);
  }
  const edges: BatchEdges = {
    newSupports: [],
    keptSupports: [],
    counters: new Map(),
    newMentions: [],
    keptMentions: [],
  };
  for (const rows of Object.values(batch.relations)) {
    for (const fact of rows ?? []) {
      const counters: FactCounters = { added: 0, first: null, last: null };
      for (const s of fact.supports) {
        const edge = { ...s, fact: fact.id };
        if (heldSupports.has(`${s.article}|${fact.id}|${s.date}`)) {
          edges.keptSupports.push(edge);
          continue;
        }
        edges.newSupports.push(edge);
        counters.added += 1;
        if (s.date === '') continue;
        if (counters.first === null || s.date < counters.first) counters.first = s.date;
        if (counters.last === null || s.date > counters.last) counters.last = s.date;
      }
      edges.counters.set(fact.id, counters);
    }
  }
  const made = new Map<string, MentionEdge[]>();
  // One mention per article and entity, as the last row for the pair says.
  const mentions = new Map(batch.mentions.map((m) => [`${m.article}|${m.entity}`, m]));
  for (const [key, { entity, ...mention }] of mentions) {
    if (heldMentions.has(key)) {
      edges.keptMentions.push({ entity, ...mention });
      continue;
    }
    const list = made.get(entity) ?? [];
    list.push(mention);
    made.set(entity, list);
  }
  edges.newMentions = [...made].map(([entity, list]) => ({ entity, mentions: list }));
  return edges;
}
