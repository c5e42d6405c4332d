import type { GuanxiConfig } from '../config.ts';
import { GraphDb } from '../db/connection.ts';
import { applySchema } from '../schema/apply-schema.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j.ts';
import type { Log } from './launcher-build.ts';

export interface OpenGraph {
  db: GraphDb;
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded Neo4j. Safe to call twice. */
  close(): Promise<void>;
}

/** Connects to NEO4J_URI when set, otherwise starts the embedded Neo4j; then applies the schema. */
export async function openGraph(
  config: GuanxiConfig,
  log: Log,
  tuning: { heapMb?: number; pageCacheMb?: number } = {},
): Promise<OpenGraph> {
  const embedded = config.external
    ? undefined
    : await startEmbeddedNeo4j({
        dataDir: config.dataDir,
        boltPort: config.boltPort,
        log,
        ...config.neo4j,
        ...tuning,
      });
  const db = new GraphDb(config.external ?? { uri: embedded?.uri ?? '' });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await db.close();
      await embedded?.stop();
    })());
  try {
    if (config.external) log(`Using Neo4j at ${config.external.uri}`);
    const { from, to } = await applySchema(db);
    if (to > from) log(`Schema migrated from version ${from} to ${to}.`);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, ...(embedded ? { embedded } : {}), close };
}
