import { createHash } from 'node:crypto';
import type { GraphDb } from '../../graph/db/connection.ts';

/** Properties that say when something was written, not what the graph holds. */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'appliedAt', 'storedAt']);
/** Search keys: a set, whose order only says which name came first (a rename adds its keys after). */
const KEY_SETS = new Set(['pinyin', 'pinyinInitials']);

const plain = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return String(value);
  return value;
};

function properties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((key) => !TIMESTAMPS.has(key))
      .sort()
      .map((key) => {
        const value = plain(props[key]);
        return [key, KEY_SETS.has(key) && Array.isArray(value) ? [...value].sort() : value];
      }),
  );
}

/**
 * The whole graph as sorted lines of JSON, without timestamps: two graphs with the same nodes, labels,
 * properties and relationships give the same dump, whatever order they were written in.
 */
export async function canonicalDump(db: GraphDb): Promise<string[]> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:GuanxiSchema RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read<{
    type: string;
    from: unknown;
    to: unknown;
    props: Record<string, unknown>;
  }>('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
  const lines = [
    ...nodes.records.map((r) =>
      JSON.stringify(['node', [...r.get('labels')].sort(), properties(r.get('props'))]),
    ),
    ...relationships.records.map((r) =>
      JSON.stringify(['rel', r.get('type'), r.get('from'), r.get('to'), properties(r.get('props'))]),
    ),
  ];
  return lines.sort();
}

/** A short digest of the canonical dump: equal digests, equal graphs. */
export async function graphFingerprint(db: GraphDb): Promise<string> {
  return createHash('sha256')
    .update((await canonicalDump(db)).join('\n'))
    .digest('hex')
    .slice(0, 16);
}
