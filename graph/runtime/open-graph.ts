import path from 'node:path';
import type { GuanxiConfig } from '../config.ts';
import { GraphDb } from '../db/connection.ts';
import { applySchema } from '../schema/apply-schema.ts';
import { lockDataDir } from './data-lock.ts';
import type { EventLog } from './event-log.ts';
import type { Log } from './launcher-build.ts';
import { type Neo4jStatus, type SupervisedNeo4j, superviseNeo4j } from './supervised-neo4j.ts';

export interface OpenGraph {
  db: GraphDb;
  embedded?: SupervisedNeo4j;
  /** The database process as the health endpoint reports it (a server of NEO4J_URI is always `running`). */
  status(): Neo4jStatus;
  /** Closes the driver, then stops the embedded Neo4j. Safe to call twice. */
  close(): Promise<void>;
}

const silent: EventLog = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Connects to NEO4J_URI when set, otherwise starts the embedded Neo4j (supervised: restarted when its
 * JVM dies) with the password kept in its data folder; then applies the schema. `events` hears every
 * change of the database's state. The embedded one takes the data folder for this process first
 * (`guanxi.pid`), so a backup or a second command cannot use it meanwhile.
 */
export async function openGraph(
  config: GuanxiConfig,
  log: Log,
  tuning: { heapMb?: number; pageCacheMb?: number } = {},
  events: EventLog = silent,
): Promise<OpenGraph> {
  const lock = config.external
    ? undefined
    : await lockDataDir(config.dataDir, path.basename(process.argv[1] ?? 'guanxi'));
  let embedded: SupervisedNeo4j | undefined;
  try {
    embedded = config.external
      ? undefined
      : await superviseNeo4j(
          { dataDir: config.dataDir, boltPort: config.boltPort, log, ...config.neo4j, ...tuning },
          events,
        );
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const db = new GraphDb(config.external ?? embedded?.target ?? { uri: '' }, {
    onStateChange: ({ up, reason }) =>
      up
        ? events.info({ event: 'neo4j-up' }, `Neo4j answers again (${reason}).`)
        : events.warn({ event: 'neo4j-down' }, `Neo4j does not answer: ${reason}`),
    onRetry: ({ attempt, delayMs, code }) =>
      events.warn(
        { event: 'write-retry', attempt, delayMs, code },
        `A write met ${code}; trying again in ${delayMs} ms.`,
      ),
    onSearchLag: (error) =>
      events.warn(
        { event: 'search-lag' },
        `A write is done, but waiting for the full-text indexes to show it failed (${error instanceof Error ? error.message : String(error)}); search catches up by itself.`,
      ),
  });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await db.close();
      await embedded?.stop();
      await lock?.release();
    })());
  try {
    if (config.external) log(`Using Neo4j at ${config.external.uri}`);
    const { from, to } = await applySchema(db);
    if (to > from) log(`Schema migrated from version ${from} to ${to}.`);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    db,
    ...(embedded ? { embedded } : {}),
    status: () => embedded?.status() ?? { state: 'running' },
    close,
  };
}
