import { afterAll, beforeEach, inject } from 'vitest';
import { GraphDb } from '../../graph/db/connection.ts';
import { applySchema } from '../../graph/schema/apply-schema.ts';

/** A driver for the test Neo4j, with the schema applied. */
export async function openTestDb(): Promise<GraphDb> {
  const db = new GraphDb(inject('neo4j'));
  await applySchema(db);
  return db;
}

/** Deletes every node and relationship (in batches); constraints and indexes stay. */
export async function clearDatabase(db: GraphDb): Promise<void> {
  for (;;) {
    const result = await db.write<{ n: number }>(
      'MATCH (n) WHERE NOT n:GuanxiSchema WITH n LIMIT 5000 DETACH DELETE n RETURN count(n) AS n',
    );
    if ((result.records[0]?.get('n') ?? 0) === 0) return;
  }
}

export async function countGraph(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const result = await db.read<{ nodes: number; relationships: number }>(
    'MATCH (n) WHERE NOT n:GuanxiSchema WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  const record = result.records[0];
  return { nodes: record?.get('nodes') ?? 0, relationships: record?.get('relationships') ?? 0 };
}

/**
 * Opens the test database once for the file and empties it before each test; `use` receives the driver (the caller
 * keeps it in its own `let db`), which is closed after the file's last test.
 */
export function emptyDatabaseBeforeEach(use: (db: GraphDb) => void): void {
  let db: GraphDb | undefined;
  beforeEach(async () => {
    if (!db) {
      db = await openTestDb();
      use(db);
    }
    await clearDatabase(db);
  });
  afterAll(async () => {
    await db?.close();
  });
}
