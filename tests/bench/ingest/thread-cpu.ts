import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds } from '../support/bench-neo4j.ts';

/** CPU seconds of a JVM so far, by what its threads do (Linux /proc; NaN elsewhere). */
export interface ThreadCpu {
  /** Bolt workers: the statements and commits of the clients' transactions. */
  bolt: number;
  /** The C1 and C2 JIT compilers. */
  jit: number;
  /** Neo4j's index sampling (index statistics for the planner). */
  sampling: number;
  gc: number;
  /** The rest, including threads that have ended. */
  other: number;
  /** The whole process. */
  all: number;
}

const GROUPS: [Exclude<keyof ThreadCpu, 'other' | 'all'>, RegExp][] = [
  ['bolt', /^neo4j\.BoltWork/],
  ['jit', /Compiler/],
  ['sampling', /^neo4j\.IndexSamp/],
  ['gc', /^(GC |G1 )/],
];

export function threadCpu(pid: number): ThreadCpu {
  const out: ThreadCpu = { bolt: 0, jit: 0, sampling: 0, gc: 0, other: 0, all: cpuSeconds(pid) };
  let grouped = 0;
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
  for (const task of tasks) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim();
      const group = GROUPS.find(([, pattern]) => pattern.test(name))?.[0];
      if (!group) continue;
      const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      out[group] += seconds;
      grouped += seconds;
    } catch {
      // the thread ended between the listing and the read: its time is in `all`
    }
  }
  out.other = out.all - grouped;
  return out;
}
