import { readdirSync, readFileSync } from 'node:fs';
import { CLOCK_TICKS_PER_S, cpuSeconds } from '../support/bench-neo4j.ts';

/** CPU seconds of a JVM so far, by what its threads do (Linux /proc; NaN elsewhere). */
export interface ThreadCpu {
  /** Bolt workers: the statements and commits of the clients' transactions. */
  bolt: number;
  /** The C1 and C2 JIT compilers. */
  jit: number;
  /** Neo4j's index sampling (index statistics for the planner). */
  sampling: number;
  gc: number;
  /** The rest, including what threads did between their last sample and their end. */
  other: number;
  /** The whole process. */
  all: number;
}

type Group = Exclude<keyof ThreadCpu, 'other' | 'all'>;
const GROUPS: [Group, RegExp][] = [
  ['bolt', /^neo4j\.BoltWork/],
  ['jit', /Compiler/],
  ['sampling', /^neo4j\.IndexSamp/],
  ['gc', /^(GC |G1 )/],
];

/**
 * Each thread's group and the CPU it had when last seen, per JVM: a thread that ends (Neo4j retires idle Bolt
 * workers) keeps its last figure in its group, so a group's total never goes down between two samples.
 */
interface Seen {
  name: string;
  group: Group | undefined;
  seconds: number;
}
const seen = new Map<number, Map<string, Seen>>();

export function threadCpu(pid: number): ThreadCpu {
  const out: ThreadCpu = { bolt: 0, jit: 0, sampling: 0, gc: 0, other: 0, all: cpuSeconds(pid) };
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return {
      ...out,
      bolt: Number.NaN,
      jit: Number.NaN,
      sampling: Number.NaN,
      gc: Number.NaN,
      other: Number.NaN,
    };
  }
  const threads = seen.get(pid) ?? new Map<string, Seen>();
  seen.set(pid, threads);
  for (const task of tasks) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim();
      const group = GROUPS.find(([, pattern]) => pattern.test(name))?.[0];
      const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      threads.set(task, {
        name,
        group,
        seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S,
      });
    } catch {
      // the thread ended between the listing and the read: its last figure stays
    }
  }
  let grouped = 0;
  for (const { group, seconds } of threads.values()) {
    if (!group) continue;
    out[group] += seconds;
    grouped += seconds;
  }
  // What grouped threads did after they were last seen is in `all` and lands here.
  out.other = out.all - grouped;
  return out;
}

/**
 * CPU seconds per kind of thread of a JVM as last seen by `threadCpu` (numbers that follow no letter replaced by #, so
 * the Bolt workers or the JIT compilers are one row each), largest first.
 */
export function threadCpuByName(pid: number): [string, number][] {
  const byName = new Map<string, number>();
  for (const { name, seconds } of seen.get(pid)?.values() ?? []) {
    const kind = name.replace(/(?<![A-Za-z])\d+/g, '#');
    byName.set(kind, (byName.get(kind) ?? 0) + seconds);
  }
  return [...byName].sort((a, b) => b[1] - a[1]);
}
