import { execFileSync, execSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Progress } from '../../../bin/progress.ts';
import type { GraphDb } from '../../../graph/db/connection.ts';
import { corpusFiles, ensureCorpus } from '../corpus/corpus-files.ts';
import { BENCH_DIR, PROJECT_ROOT } from '../support/bench-dir.ts';
import { startBenchNeo4j } from '../support/bench-neo4j.ts';
import { storeSize } from '../support/store-size.ts';
import { type BenchLoader, projectLoader } from './loaders.ts';
import { figures, type LoadFigures, type Sample } from './measure.ts';
import { threadCpu, threadCpuByName } from './thread-cpu.ts';

/** Written into a store folder after a complete load by the project's loader: the api benchmark's store. */
export const STORE_MARKER = 'bench-store.json';
const WARM_UP_ARTICLES = 150;

export function storeDir(entities: number, seed: number): string {
  return path.join(BENCH_DIR, `store-${entities}-s${seed}`);
}

export interface LoadRun extends LoadFigures {
  loader: string;
  /** How the loader wrote: the launcher's procedure or Cypher (what it returned), '?' when it did not say. */
  writePath: string;
  samples: Sample[];
  storeMb: number;
  txLogMb: number;
  maxRssMb: number;
}

/**
 * Loads a corpus into a fresh store with one loader, after a warm-up: the first articles of a cold JVM pay
 * for class loading, JIT compilation and query planning, which would make the first 10% look slow and every
 * later stretch cheap, so 150 articles of another corpus are loaded and deleted first.
 */
export async function runLoad(
  loader: BenchLoader,
  dataDir: string,
  files: string[],
  corpus: { articles: number; relations: number; seed: number },
  capSeconds = Number.POSITIVE_INFINITY,
  profile?: string,
): Promise<LoadRun> {
  const neo4j = await startBenchNeo4j(dataDir, {
    fresh: true,
    ...(loader.startNeo4j ? { start: loader.startNeo4j } : {}),
  });
  const samples: Sample[] = [];
  let maxRss = 0;
  let threadsAtStart: [string, number][] = [];
  let jvmCpuAtStart = 0;
  let writePath: string | undefined;
  try {
    await warmUp(loader, neo4j.db, corpus.seed);
    if (profile && neo4j.jvmPid !== undefined) {
      jvmCpuAtStart = threadCpu(neo4j.jvmPid).all;
      threadsAtStart = threadCpuByName(neo4j.jvmPid);
      jcmd(neo4j.jvmPid, 'JFR.start', 'name=load', 'settings=profile');
    }
    const progress = new Progress(loader.name.padEnd(18), corpus.articles, 'articles', ['relations']);
    const started = performance.now();
    const cpu = () => {
      const t = neo4j.jvmPid === undefined ? undefined : threadCpu(neo4j.jvmPid);
      const node = process.cpuUsage();
      return {
        jvmCpuS: t?.all ?? Number.NaN,
        boltCpuS: t?.bolt ?? Number.NaN,
        nodeCpuS: (node.user + node.system) / 1e6,
      };
    };
    samples.push({ articles: 0, relations: 0, ms: 0, ...cpu() });
    try {
      writePath = await loader.load(neo4j.db, files, (articles, relations) => {
        const ms = performance.now() - started;
        samples.push({ articles, relations, ms, ...cpu() });
        maxRss = Math.max(maxRss, process.memoryUsage().rss);
        progress.update(articles, { relations });
        return ms < capSeconds * 1000;
      });
    } finally {
      progress.stop();
    }
    if (profile && neo4j.jvmPid !== undefined) {
      jcmd(neo4j.jvmPid, 'JFR.stop', 'name=load', `filename=${profile}.jfr`);
      await profileReport(
        profile,
        threadsAtStart,
        threadCpuByName(neo4j.jvmPid),
        (samples.at(-1)?.jvmCpuS ?? 0) - jvmCpuAtStart,
        samples.at(-1)?.articles ?? 0,
      );
    }
  } finally {
    await neo4j.close();
  }
  const size = await storeSize(dataDir);
  return {
    loader: loader.name,
    writePath: writePath ?? '?',
    samples,
    ...figures(samples, corpus),
    storeMb: size.store / 1e6,
    txLogMb: size.txLogs / 1e6,
    maxRssMb: maxRss / 1e6,
  };
}

function jcmd(pid: number, ...args: string[]): void {
  execFileSync('jcmd', [String(pid), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * `--profile`: the load's CPU per kind of thread (from /proc, every thread, GC and JIT included) and where the Java
 * code spent it (the flight recording's execution samples, `JfrSummary.java`), printed and written to PREFIX.txt.
 */
async function profileReport(
  prefix: string,
  start: [string, number][],
  end: [string, number][],
  all: number,
  articles: number,
): Promise<void> {
  const before = new Map(start);
  const rows: (readonly [string, number])[] = end
    .map(([name, s]) => [name, s - (before.get(name) ?? 0)] as const)
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1]);
  // Threads (Lucene's merges among them) that started and ended between two of the load's samples.
  const unseen = all - rows.reduce((t, [, s]) => t + s, 0);
  if (unseen > 0) rows.push(['threads that lived between two samples', unseen]);
  const cpu = [
    `CPU of the load by kind of thread (${articles} articles, ${all.toFixed(1)} s of the JVM): seconds, share, ms per article`,
    ...rows.map(
      ([name, s]) =>
        `${s.toFixed(1).padStart(8)} ${((100 * s) / all).toFixed(1).padStart(5)}% ${((1000 * s) / (articles || 1)).toFixed(2).padStart(7)}  ${name}`,
    ),
  ].join('\n');
  const samples = execFileSync(
    'java',
    [path.join(PROJECT_ROOT, 'tests/bench/ingest/JfrSummary.java'), `${prefix}.jfr`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const text = `${cpu}\n\n${samples}`;
  await writeFile(`${prefix}.txt`, text);
  console.error(`\n${text}\nprofile: ${prefix}.jfr, ${prefix}.txt`);
}

async function warmUp(loader: BenchLoader, db: GraphDb, seed: number): Promise<void> {
  const { dir } = ensureCorpus(2000, seed + 1000);
  const files = (await corpusFiles(dir)).slice(0, WARM_UP_ARTICLES);
  await loader.load(db, files, () => true);
  for (;;) {
    const result = await db.write<{ n: number }>(
      'MATCH (n) WHERE NOT n:GuanxiSchema WITH n LIMIT 10000 DETACH DELETE n RETURN count(n) AS n',
    );
    if ((result.records[0]?.get('n') ?? 0) === 0) return;
  }
}

/** Marks a completely loaded store, with the commit whose loader wrote it. */
export async function markStore(
  dataDir: string,
  entities: number,
  seed: number,
  run: Pick<LoadRun, 'articles' | 'seconds' | 'loader'>,
): Promise<void> {
  const commit = execSync('git rev-parse --short HEAD', { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  await writeFile(
    path.join(dataDir, STORE_MARKER),
    JSON.stringify(
      { entities, seed, commit, loader: run.loader, articles: run.articles, seconds: run.seconds },
      null,
      2,
    ),
  );
}

/** The api benchmark's store of a size, loaded by the project's loader when it is not there. */
export async function loadBenchStore(entities: number, seed: number): Promise<void> {
  const { dir, manifest } = ensureCorpus(entities, seed);
  const dataDir = storeDir(entities, seed);
  const run = await runLoad(projectLoader, dataDir, await corpusFiles(dir), { ...manifest.counts, seed });
  await markStore(dataDir, entities, seed, run);
}
