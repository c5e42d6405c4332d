import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../graph/config.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../graph/runtime/embedded-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username?: string; password?: string; database?: string; dataDir?: string };
  }
}

/**
 * Starts one embedded Neo4j on a free port with a temporary data folder for the graph tests, or
 * uses NEO4J_URI when set (the tests delete everything in that database: point it at a scratch one).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (m: string) => console.log(`[test setup] ${m}`);
  const config = loadConfig();
  if (config.external) {
    log(`Using NEO4J_URI=${config.external.uri}; the tests will delete its data.`);
    project.provide('neo4j', config.external);
    return async () => {};
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-test-neo4j-'));
  // The suite's other Neo4j starts allow 400 s: a JVM start at load 25+ on two cores can take minutes.
  const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({
    dataDir,
    heapMb: 768,
    pageCacheMb: 128,
    readyTimeoutMs: 400_000,
    log,
  });
  project.provide('neo4j', { ...neo4j.target, dataDir });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
