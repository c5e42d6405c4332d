import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { GraphDb } from '../../../graph/db/connection.ts';
import { type EmbeddedNeo4jOptions, startEmbeddedNeo4j } from '../../../graph/runtime/embedded-neo4j.ts';
import { applySchema } from '../../../graph/schema/apply-schema.ts';

export interface BenchNeo4j {
  db: GraphDb;
  uri: string;
  /** The JVM's process id (for its CPU time), when it could be found. */
  jvmPid: number | undefined;
  close(): Promise<void>;
}

/**
 * The embedded Neo4j as `npm start` runs it (same launcher, same memory defaults unless the options or
 * the environment say otherwise) on a data folder of the benchmark's, with the schema applied.
 */
export async function startBenchNeo4j(
  dataDir: string,
  options: { fresh: boolean; tuning?: Partial<EmbeddedNeo4jOptions>; start?: typeof startEmbeddedNeo4j },
): Promise<BenchNeo4j> {
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  const before = new Set(childPids());
  const neo4j = await (options.start ?? startEmbeddedNeo4j)({
    dataDir,
    log: (m) => console.error(`[neo4j] ${m}`),
    ...options.tuning,
  });
  const jvmPid = childPids().find((pid) => !before.has(pid) && commandOf(pid).includes('java'));
  const db = new GraphDb(neo4j.target);
  await applySchema(db);
  return {
    db,
    uri: neo4j.uri,
    jvmPid,
    close: async () => {
      await db.close();
      await neo4j.stop();
    },
  };
}

function childPids(): number[] {
  try {
    return readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** Clock ticks per second of the times in /proc/<pid>/stat (USER_HZ; 100 unless `getconf CLK_TCK` says otherwise). */
export const CLOCK_TICKS_PER_S = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) the process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / CLOCK_TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}
