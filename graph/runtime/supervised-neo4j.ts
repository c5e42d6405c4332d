import type { Neo4jTarget } from '../config.ts';
import {
  type EmbeddedNeo4j,
  type EmbeddedNeo4jOptions,
  type Neo4jExit,
  startEmbeddedNeo4j,
} from './embedded-neo4j.ts';
import type { EventLog } from './event-log.ts';
import { freePort } from './free-port.ts';

/** `running`: the JVM is up. `restarting`: it died and is being started again. `failed`: guanxi gave up. */
export type Neo4jState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface Neo4jStatus {
  state: Neo4jState;
  /** Why it is not running, and what to do when guanxi gave up. */
  message?: string;
}

export interface SupervisedNeo4j {
  /** The same URI (port) and password across restarts, so the driver reconnects by itself. */
  target: Neo4jTarget;
  dataDir: string;
  status(): Neo4jStatus;
  /** The JVM's process id, while one runs. */
  pid(): number | undefined;
  /** Stops the JVM and the supervision. Safe to call twice. */
  stop(): Promise<void>;
}

export interface SupervisionOptions {
  /** Waits before each restart attempt: 1 s, 2 s, 4 s by default. */
  backoffMs?: readonly number[];
  /** Failed restarts within `windowMs` after which guanxi stops trying. */
  maxFailures?: number;
  windowMs?: number;
}

/** Why the JVM ended, in words for the log. */
export function exitReason(exit: Neo4jExit): string {
  if (/OutOfMemoryError/.test(exit.stderrTail)) return 'it ran out of memory (java.lang.OutOfMemoryError)';
  if (exit.signal) return `it was ended by ${exit.signal}`;
  return `it exited with code ${exit.code}`;
}

const lastLines = (text: string) => text.trim().split('\n').slice(-5).join('\n');

/**
 * The embedded Neo4j, started and kept running: when its JVM dies (killed, out of memory), the reason is
 * logged and it is started again on the same port with a growing wait; after `maxFailures` failed restarts
 * within `windowMs` it stops trying and says what to do. `status()` tells the health endpoint.
 */
export async function superviseNeo4j(
  options: EmbeddedNeo4jOptions,
  log: EventLog,
  supervision: SupervisionOptions = {},
): Promise<SupervisedNeo4j> {
  const backoff = supervision.backoffMs ?? [1_000, 2_000, 4_000];
  const maxFailures = supervision.maxFailures ?? 3;
  const windowMs = supervision.windowMs ?? 60_000;
  const boltPort = options.boltPort || (await freePort());
  const start = () => startEmbeddedNeo4j({ ...options, boltPort });
  let current: EmbeddedNeo4j | undefined = await start();
  let status: Neo4jStatus = { state: 'running' };
  let stopping = false;
  const failures: number[] = [];

  const watch = (neo4j: EmbeddedNeo4j) => {
    neo4j.exited.then((exit) => {
      if (exit.requested || stopping) return;
      current = undefined;
      const reason = exitReason(exit);
      status = { state: 'restarting', message: `Neo4j stopped: ${reason}; restarting.` };
      log.error(
        { event: 'neo4j-died', code: exit.code, signal: exit.signal, stderr: lastLines(exit.stderrTail) },
        `Neo4j died: ${reason}. Restarting it.`,
      );
      void restart();
    });
  };

  const restart = async () => {
    for (let attempt = 0; !stopping; attempt++) {
      const waitMs = backoff[Math.min(attempt, backoff.length - 1)] ?? 1_000;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      if (stopping) return;
      const began = Date.now();
      try {
        const neo4j = await start();
        if (stopping) {
          await neo4j.stop();
          return;
        }
        current = neo4j;
        status = { state: 'running' };
        log.info(
          { event: 'neo4j-restarted', ms: Date.now() - began, attempt: attempt + 1 },
          'Neo4j is running again.',
        );
        watch(neo4j);
        return;
      } catch (error) {
        const now = Date.now();
        failures.push(now);
        while (failures.length > 0 && (failures[0] ?? now) < now - windowMs) failures.shift();
        const why = error instanceof Error ? error.message : String(error);
        if (failures.length >= maxFailures) {
          const message = `Neo4j could not be restarted ${failures.length} times within ${windowMs / 1000} s; guanxi stopped trying. ${why}\nFix the cause, then restart guanxi (npm start).`;
          status = { state: 'failed', message };
          log.error({ event: 'neo4j-given-up', failures: failures.length }, message);
          return;
        }
        log.warn({ event: 'neo4j-restart-failed', attempt: attempt + 1 }, `Restarting Neo4j failed: ${why}`);
      }
    }
  };

  watch(current);
  let stopped: Promise<void> | undefined;
  return {
    target: current.target,
    dataDir: options.dataDir,
    status: () => status,
    pid: () => current?.pid,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        status = { state: 'stopped' };
        await current?.stop();
      })()),
  };
}
