import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import { startArticlePipeline } from '../../bin/article-pipeline.ts';
import { AnnotationError, validateAnnotation } from '../../contract/annotation/validate.ts';
import type { IngestJob } from '../../contract/api/payloads.ts';
import { buildApp } from '../../graph/api/app.ts';
import type { ArticlePipeline } from '../../graph/api/pipeline.ts';
import type { GraphDb } from '../../graph/db/connection.ts';
import { GraphRepository } from '../../graph/queries/repository.ts';
import { extractAnnotation, ParseError, parseBuffer } from '../../seed/pipeline/index.ts';
import { rawRecords } from '../support/raw-records.ts';
import { BENCH_DIR } from './support/bench-dir.ts';
import { startBenchNeo4j } from './support/bench-neo4j.ts';

/**
 * `npm run bench -- upload [--preview 2000] [--job 5000] [--rounds 3]`: what a big upload does to the reads
 * other clients make meanwhile. A worker thread sends GET /api/health and a search every 20 ms (open
 * loop) while the server (1) previews an NDJSON of `--preview` records, with the pipeline on the thread
 * that answers requests (as before issue 14: the baseline) and on the extraction pool's worker threads,
 * alternately in each round; (2) ingests `--job` records as a job (202, then polled until done): its
 * time, articles/s, and the reads' latency during the job beside the same reads on the idle server.
 */
const { values } = parseArgs({
  options: {
    preview: { type: 'string', default: '2000' },
    job: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '3' },
  },
});
const PREVIEW = Number(values.preview);
const JOB = Number(values.job);
const ROUNDS = Number(values.rounds);
const TOKEN = 'bench-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const EVERY_MS = 20;

/** The pipeline as it ran before: parse and extract on the calling thread, one upload in one go. */
const onThisThread: ArticlePipeline = {
  parse: async (bytes, name) => parseBuffer(bytes, name),
  extract: async (articles, names) =>
    articles.map((article, i) => {
      try {
        return { ok: true, annotation: validateAnnotation(extractAnnotation(article), names[i] ?? '') };
      } catch (error) {
        if (!(error instanceof AnnotationError)) throw error;
        return { ok: false, reason: error.message };
      }
    }),
  parallelism: 1,
  isInputError: (error): error is Error => error instanceof ParseError,
};

interface Sample {
  url: string;
  ms: number;
  status: number;
}

async function probe<T>(base: string, work: () => Promise<T>): Promise<{ result: T; samples: Sample[] }> {
  const worker = new Worker(new URL('./support/latency-probe.mjs', import.meta.url), {
    workerData: {
      urls: [`${base}/api/health`, `${base}/api/search?q=${encodeURIComponent('委员会')}`],
      everyMs: EVERY_MS,
    },
  });
  const samples = new Promise<Sample[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const result = await work();
  worker.postMessage('stop');
  const all = await samples;
  await worker.terminate();
  return { result, samples: all };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const describe = (samples: Sample[]) => {
  const ms = samples.map((s) => s.ms);
  const errors = samples.filter((s) => s.status !== 200).length;
  return `${samples.length} reads, p50 ${median(ms).toFixed(0)} ms, p95 ${quantile(ms, 0.95).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms, ${errors} not 200`;
};

async function serve(db: GraphDb, pipeline: ArticlePipeline, jobsDir: string) {
  const app: FastifyInstance = await buildApp({
    repository: new GraphRepository(db),
    apiToken: TOKEN,
    pipeline,
    jobsDir,
    rateLimit: 1_000_000_000,
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base };
}

async function main(): Promise<void> {
  const dir = path.join(BENCH_DIR, 'upload');
  // A loaded machine may take minutes to start the JVM.
  const neo4j = await startBenchNeo4j(path.join(dir, 'neo4j'), {
    fresh: true,
    tuning: { readyTimeoutMs: 600_000 },
  });
  const jobsDir = await mkdtemp(path.join(dir, 'jobs-'));
  const pool = startArticlePipeline();
  const preview = rawRecords(PREVIEW);
  const rows: { mode: string; round: number; seconds: number; p95: number; line: string }[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const modes = round % 2 ? (['thread', 'workers'] as const) : (['workers', 'thread'] as const);
      for (const mode of modes) {
        const { app, base } = await serve(
          neo4j.db,
          mode === 'thread' ? onThisThread : pool.pipeline,
          jobsDir,
        );
        const started = performance.now();
        const { result, samples } = await probe(base, () =>
          fetch(`${base}/api/ingest/preview?filename=crawl.ndjson`, {
            method: 'POST',
            headers: { ...AUTH, 'content-type': 'application/x-ndjson' },
            body: preview,
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        if (result.status !== 200) throw new Error(`preview: ${result.status} ${await result.text()}`);
        const line = describe(samples);
        rows.push({
          mode,
          round,
          seconds,
          p95: quantile(
            samples.map((s) => s.ms),
            0.95,
          ),
          line,
        });
        console.log(
          `round ${round} ${mode.padEnd(7)} preview of ${PREVIEW} in ${seconds.toFixed(1)} s; ${line}`,
        );
        await app.close();
      }
    }
    for (const mode of ['thread', 'workers'] as const) {
      const mine = rows.filter((r) => r.mode === mode);
      if (mine.length === 0) continue;
      console.log(
        `median over ${mine.length} rounds, pipeline on ${mode}: preview ${median(mine.map((r) => r.seconds)).toFixed(1)} s, reads p95 ${median(mine.map((r) => r.p95)).toFixed(0)} ms`,
      );
    }

    const { app, base } = await serve(neo4j.db, pool.pipeline, jobsDir);
    const idle = await probe(base, () => new Promise((resolve) => setTimeout(resolve, 5_000)));
    console.log(`idle server, 5 s: ${describe(idle.samples)}`);
    const body = rawRecords(JOB);
    const started = performance.now();
    const { result: job, samples } = await probe(base, async () => {
      const accepted = await fetch(`${base}/api/ingest?filename=crawl.ndjson`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/x-ndjson' },
        body,
      });
      if (accepted.status !== 202) throw new Error(`ingest: ${accepted.status} ${await accepted.text()}`);
      console.log(`202 after ${((performance.now() - started) / 1000).toFixed(2)} s`);
      const location = `${base}${accepted.headers.get('location')}`;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const now = (await (await fetch(location, { headers: AUTH })).json()) as IngestJob;
        const s = (performance.now() - started) / 1000;
        console.log(
          `  ${s.toFixed(0)} s: ${now.status} ${now.progress.done}/${now.progress.articles} articles, ${now.progress.relationshipsWritten} relationships`,
        );
        if (now.status === 'done' || now.status === 'failed') return now;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `job of ${JOB} records (${(Buffer.byteLength(body) / 1e6).toFixed(2)} MB): ${job.status} in ${seconds.toFixed(1)} s, ${(job.progress.done / seconds).toFixed(1)} articles/s, ${job.progress.failed} failed, ${job.progress.relationshipsWritten} relationships`,
    );
    if (job.error) console.log(`job error: ${job.error}`);
    console.log(`reads during the job: ${describe(samples)}`);
    await app.close();
  } finally {
    await pool.close();
    await neo4j.close();
    await rm(jobsDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
