import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Neo4jTarget } from '../config.ts';
import { Neo4jStartError, type Neo4jStartProblem } from './errors.ts';
import { freePort } from './free-port.ts';
import { ensureLauncherBuilt, LAUNCHER_CLASSPATH, LAUNCHER_MAIN, type Log } from './launcher-build.ts';
import { launcherVocabularyOption } from './launcher-vocabulary.ts';
import { neo4jMemory } from './memory.ts';
import { neo4jPassword } from './neo4j-password.ts';

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 or absent: a free port. */
  boltPort?: number;
  /** Default for both: sized for the machine (`neo4jMemory`). */
  heapMb?: number;
  pageCacheMb?: number;
  /** More JVM options (GC logs, a flight recording…), after the memory settings. */
  javaOptions?: string[];
  log?: Log;
  readyTimeoutMs?: number;
}

/** How the JVM ended: the code or signal, and the last lines it wrote to stderr. */
export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when `stop()` asked for it. */
  requested: boolean;
  stderrTail: string;
}

export interface EmbeddedNeo4j {
  uri: string;
  dataDir: string;
  /** How to connect: the URI, the user `neo4j` and the password kept in the data folder. */
  target: Neo4jTarget;
  /** The JVM's process id. */
  pid: number;
  /** Settles when the JVM ends, whatever ended it. */
  exited: Promise<Neo4jExit>;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * What Neo4j's own start script passes: without reflection on java.nio the page cache runs in a "fallback mode"
 * (a warning in debug.log). `npm run bench -- jvm-ab`, two rounds, the loader at steady state on the 100k corpus:
 * the JVM's CPU per article 0.94× and 0.97× of the launcher without them (its Bolt workers' 1.00× in both).
 */
const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
];

const EXIT_PROBLEMS = new Map<number, Neo4jStartProblem>([
  [3, 'port-in-use'],
  [4, 'store-locked'],
  [5, 'start-failed'],
]);

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  await ensureLauncherBuilt(log);
  await mkdir(options.dataDir, { recursive: true });
  const password = await neo4jPassword(options.dataDir);
  const port = options.boltPort || (await freePort());
  const memory = neo4jMemory(options);
  log(
    `Starting Neo4j 5.26 (embedded, heap ${memory.heapMb} MB, page cache up to ${memory.pageCacheMb} MB) on bolt://127.0.0.1:${port}, data in ${options.dataDir}…`,
  );
  const child = spawn(
    'java',
    [
      `-Xmx${memory.heapMb}m`,
      '-XX:+UseG1GC',
      ...NEO4J_JVM_FLAGS,
      launcherVocabularyOption(),
      ...(options.javaOptions ?? []),
      '-cp',
      LAUNCHER_CLASSPATH,
      LAUNCHER_MAIN,
      options.dataDir,
      String(port),
      String(memory.pageCacheMb),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr = { tail: '' };
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.tail = (stderr.tail + chunk).slice(-20_000);
  });
  let requested = false;
  const exited = new Promise<Neo4jExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, requested, stderrTail: stderr.tail }));
  });
  const uri = await waitUntilReady(child, stderr, options.readyTimeoutMs ?? 120_000);
  return {
    uri,
    dataDir: options.dataDir,
    target: { uri, username: 'neo4j', password },
    pid: child.pid ?? 0,
    exited,
    stop: stopper(child, exited, () => {
      requested = true;
    }),
  };
}

function waitUntilReady(child: ChildProcess, stderr: { tail: string }, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jStartError('timeout', `no ready line within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const ready = /GUANXI_NEO4J_READY (\S+)/.exec(stdout);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const reported = /GUANXI_NEO4J_ERROR \S+ (.*)/.exec(stderr.tail)?.[1];
      const problem = EXIT_PROBLEMS.get(code ?? -1) ?? 'start-failed';
      const lastLines = stderr.tail.trim().split('\n').slice(-8).join('\n');
      reject(
        new Neo4jStartError(problem, reported ?? `the launcher exited with code ${code}.\n${lastLines}`),
      );
    });
  });
}

function stopper(child: ChildProcess, exited: Promise<Neo4jExit>, markRequested: () => void) {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      markRequested();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      }
    })();
    return stopping;
  };
}
