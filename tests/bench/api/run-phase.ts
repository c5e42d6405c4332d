import { CaseStats } from './stats.ts';

export interface Job {
  case: string;
  run(): Promise<{ status: number; ms: number; bytes?: number }>;
}

export interface PhaseResult {
  byCase: Map<string, CaseStats>;
  seconds: number;
  requests: number;
  /** Jobs not started because the phase ran out of time. */
  skipped: number;
}

/**
 * Runs jobs with `concurrency` workers pulling from one queue (a closed loop: each worker sends its next
 * request when the previous one answered), until the queue is empty or `capSeconds` have passed.
 */
export async function runPhase(jobs: Job[], concurrency: number, capSeconds: number): Promise<PhaseResult> {
  const byCase = new Map<string, CaseStats>();
  let next = 0;
  const started = performance.now();
  const deadline = started + capSeconds * 1000;
  const worker = async () => {
    for (;;) {
      if (performance.now() > deadline) return;
      const job = jobs[next++];
      if (!job) return;
      const result = await job.run().catch(() => ({ status: 0, ms: Number.NaN, bytes: 0 }));
      let stats = byCase.get(job.case);
      if (!stats) {
        stats = new CaseStats();
        byCase.set(job.case, stats);
      }
      stats.add(result.ms, result.status, result.bytes ?? 0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const requests = [...byCase.values()].reduce((n, s) => n + s.ms.length, 0);
  return {
    byCase,
    seconds: (performance.now() - started) / 1000,
    requests,
    skipped: Math.max(0, jobs.length - next),
  };
}

/** Deterministic shuffle (the same interleaving in every run). */
export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
