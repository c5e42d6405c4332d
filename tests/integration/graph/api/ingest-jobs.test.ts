import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startArticlePipeline } from '../../../../bin/article-pipeline.ts';
import { ingestRemote } from '../../../../bin/ingest-remote.ts';
import type { IngestJob } from '../../../../contract/api/payloads.ts';
import { ENDED_JOB_STATES } from '../../../../contract/api/schemas/ingest.ts';
import { buildApp } from '../../../../graph/api/app.ts';
import type { ArticlePipeline } from '../../../../graph/api/pipeline.ts';
import { GraphRepository } from '../../../../graph/queries/repository.ts';
import { rawRecords } from '../../../support/raw-records.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

const TOKEN = 'jobs-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const NDJSON = { ...AUTH, 'content-type': 'application/x-ndjson' };
const { pipeline, close: closePipeline } = startArticlePipeline(1);
let ctx: SeededApp;
let jobsDir: string;

beforeAll(async () => {
  jobsDir = await mkdtemp(path.join(tmpdir(), 'guanxi-jobs-'));
  ctx = await seededApp([], { apiToken: TOKEN, pipeline, jobsDir });
});

afterAll(async () => {
  await ctx?.close();
  await closePipeline();
  await rm(jobsDir, { recursive: true, force: true });
});

let address: string | undefined;
/** The test app on a real socket (once), for clients that are not inject(). */
async function listening(): Promise<string> {
  address ??= await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  return address;
}

async function articleCount(): Promise<number> {
  const result = await ctx.db.read<{ n: number }>(
    'MATCH (a:Article) WHERE NOT coalesce(a.stub, false) RETURN count(a) AS n',
  );
  return Number(result.records[0]?.get('n') ?? 0);
}

async function job(app: FastifyInstance, url: string): Promise<IngestJob> {
  const response = await app.inject({ method: 'GET', url, headers: AUTH });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json() as IngestJob;
}

/** Polls the job until it ends, keeping every state seen on the way. */
async function untilEnded(app: FastifyInstance, url: string): Promise<IngestJob[]> {
  const seen: IngestJob[] = [];
  await vi.waitFor(
    async () => {
      const now = await job(app, url);
      seen.push(now);
      expect(ENDED_JOB_STATES).toContain(now.status);
    },
    { timeout: 600_000, interval: 250 },
  );
  return seen;
}

/** The pipeline, holding back the extraction of records after `record` until `release` is called. */
function gatedPipeline(record: number): { pipeline: ArticlePipeline; release: () => void } {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const gated: ArticlePipeline = {
    ...pipeline,
    extract: async (articles, names) => {
      const first = Number(/record (\d+)$/.exec(names[0] ?? '')?.[1] ?? 0);
      if (first > record) await gate;
      return pipeline.extract(articles, names);
    },
  };
  return { pipeline: gated, release };
}

describe('ingest jobs', { timeout: 900_000 }, () => {
  it('a big upload answers 202 with the job, which goes on to load every good record and report the bad', async () => {
    const before = await articleCount();
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/ingest?filename=crawl.ndjson',
      payload: rawRecords(300, [7, 250]),
      headers: NDJSON,
    });
    expect(accepted.statusCode, accepted.body.slice(0, 300)).toBe(202);
    const created = accepted.json() as IngestJob;
    expect(accepted.headers.location).toBe(`/api/ingest/jobs/${created.id}`);
    expect(created).toMatchObject({ filename: 'crawl.ndjson', progress: { articles: 300 }, summary: null });

    const seen = await untilEnded(ctx.app, accepted.headers.location as string);
    const done = seen.at(-1) as IngestJob;
    expect(done.error).toBeNull();
    expect(done.status).toBe('done');
    expect(done.progress).toMatchObject({ articles: 300, done: 298, failed: 2 });
    expect(done.progress.relationshipsWritten).toBeGreaterThan(0);
    expect(done.failures.map((f) => f.record)).toEqual([7, 250]);
    expect(done.failures[0]?.reason).toContain('crawl.ndjson');
    expect(done.summary?.articles).toEqual({ created: 298, merged: 0, replaced: 0 });
    // Progress only grows while it runs.
    const written = seen.map((s) => s.progress.done);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(await articleCount()).toBe(before + 298);

    const listed = await ctx.app.inject({ method: 'GET', url: '/api/ingest/jobs', headers: AUTH });
    expect((listed.json() as { jobs: IngestJob[] }).jobs[0]).toEqual(done);
  });

  it('a small upload still loads inline, and async=true makes a job of it', async () => {
    const inline = await ctx.app.inject({
      method: 'POST',
      url: '/api/ingest?filename=small.ndjson',
      payload: rawRecords(3),
      headers: NDJSON,
    });
    expect(inline.statusCode, inline.body.slice(0, 300)).toBe(200);
    const asked = await ctx.app.inject({
      method: 'POST',
      url: '/api/ingest?filename=small.ndjson&async=true',
      payload: rawRecords(3),
      headers: NDJSON,
    });
    expect(asked.statusCode, asked.body.slice(0, 300)).toBe(202);
    const done = (await untilEnded(ctx.app, asked.headers.location as string)).at(-1);
    expect(done).toMatchObject({ status: 'done', progress: { articles: 3, done: 3, failed: 0 } });
    expect(done?.summary?.articles).toEqual({ created: 0, merged: 3, replaced: 0 });
  });

  it('goes on when the client closes the connection once the upload is sent', async () => {
    const address = await listening();
    const body = rawRecords(150).replaceAll('（', '〔');
    const location = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(`${address}/api/ingest?filename=gone.ndjson`, {
        method: 'POST',
        headers: NDJSON,
      });
      req.on('response', (response) => {
        resolve(String(response.headers.location));
        req.destroy();
      });
      req.on('error', reject);
      req.end(body);
    });
    const done = (await untilEnded(ctx.app, location)).at(-1);
    expect(done).toMatchObject({ status: 'done', progress: { articles: 150, done: 150 } });
  });

  it('npm run ingest -- --server: each file a job of the running app, followed to its end', async () => {
    const address = await listening();
    const file = path.join(jobsDir, 'remote crawl.ndjson');
    await writeFile(file, rawRecords(120, [3]).replaceAll('（', '《'));
    const before = await articleCount();
    const report = await ingestRemote(address, [file, path.join(jobsDir, 'missing.ndjson')], TOKEN);
    expect(report.jobs).toHaveLength(1);
    expect(report.jobs[0]).toMatchObject({
      status: 'done',
      filename: 'remote crawl.ndjson',
      progress: { articles: 120, done: 119, failed: 1 },
    });
    expect([...report.errors.keys()]).toEqual([`${file} record 3`, path.join(jobsDir, 'missing.ndjson')]);
    expect(await articleCount()).toBe(before + 119);
    const refused = await ingestRemote(address, [file], 'wrong-token');
    expect([...refused.errors.values()][0]).toMatch(/401/);
  });

  it('picks up a job where its last committed batch left it when the app starts again', async () => {
    // Extraction past record 150 waits until the first app is stopping: the stop lands mid-job.
    const { pipeline: gated, release } = gatedPipeline(150);
    const first = await buildApp({
      repository: new GraphRepository(ctx.db),
      apiToken: TOKEN,
      pipeline: gated,
      jobsDir,
    });
    const before = await articleCount();
    const body = rawRecords(400).replaceAll('（', '【');
    const accepted = await first.inject({
      method: 'POST',
      url: '/api/ingest?filename=restart.ndjson',
      payload: body,
      headers: NDJSON,
    });
    expect(accepted.statusCode).toBe(202);
    const url = accepted.headers.location as string;
    await vi.waitFor(async () => expect((await job(first, url)).progress.done).toBeGreaterThanOrEqual(100), {
      timeout: 600_000,
      interval: 250,
    });
    const closing = first.close();
    release();
    await closing;

    const second = await buildApp({
      repository: new GraphRepository(ctx.db),
      apiToken: TOKEN,
      pipeline,
      jobsDir,
    });
    try {
      const done = (await untilEnded(second, url)).at(-1) as IngestJob;
      expect(done).toMatchObject({
        status: 'done',
        resumed: 1,
        progress: { articles: 400, done: 400, failed: 0 },
      });
      expect(await articleCount()).toBe(before + 400);
      const listed = await second.inject({ method: 'GET', url: '/api/ingest/jobs', headers: AUTH });
      expect((listed.json() as { jobs: IngestJob[] }).jobs.map((j) => j.id)).toContain(done.id);
    } finally {
      await second.close();
    }
  });

  it('cancels a queued job at once and a running one after its batch: what was committed stays, whole', async () => {
    // Extraction past record 150 waits until the test lets it go: the first job is running when cancelled.
    const { pipeline: gated, release } = gatedPipeline(150);
    const dir = await mkdtemp(path.join(tmpdir(), 'guanxi-cancel-'));
    const app = await buildApp({
      repository: new GraphRepository(ctx.db),
      apiToken: TOKEN,
      pipeline: gated,
      jobsDir: dir,
    });
    try {
      const before = await articleCount();
      const submit = async (tag: string) => {
        const accepted = await app.inject({
          method: 'POST',
          url: `/api/ingest?filename=${tag}.ndjson`,
          payload: rawRecords(400).replaceAll('（', tag),
          headers: NDJSON,
        });
        expect(accepted.statusCode, accepted.body.slice(0, 300)).toBe(202);
        return accepted.headers.location as string;
      };
      const running = await submit('〈');
      const queued = await submit('「');
      await vi.waitFor(
        async () => expect((await job(app, running)).progress.done).toBeGreaterThanOrEqual(100),
        {
          timeout: 600_000,
          interval: 250,
        },
      );
      const cancel = (url: string) => app.inject({ method: 'DELETE', url, headers: AUTH });

      const dropped = await cancel(queued);
      expect(dropped.statusCode, dropped.body.slice(0, 300)).toBe(200);
      expect(dropped.json()).toMatchObject({ status: 'cancelled', progress: { done: 0 } });
      const stopping = await cancel(running);
      expect(stopping.statusCode, stopping.body.slice(0, 300)).toBe(200);
      expect(stopping.json()).toMatchObject({ status: 'cancelling' });
      release();

      const ended = (await untilEnded(app, running)).at(-1) as IngestJob;
      expect(ended.status).toBe('cancelled');
      expect(ended.progress.done).toBeGreaterThanOrEqual(100);
      expect(ended.progress.done).toBeLessThan(400);
      expect(ended.summary?.articles.created).toBe(ended.progress.done);
      expect(await articleCount()).toBe(before + ended.progress.done);
      expect((await job(app, queued)).status).toBe('cancelled');

      const again = await cancel(running);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({
        error: 'conflict',
        message: expect.stringContaining('cancelled'),
      });
    } finally {
      release();
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers 404 for an unknown job, 400 for a malformed id, 401 without the token', async () => {
    const unknown = await ctx.app.inject({
      method: 'GET',
      url: '/api/ingest/jobs/zzzzzzzzzzzz',
      headers: AUTH,
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await ctx.app.inject({
      method: 'GET',
      url: '/api/ingest/jobs/NOT_AN_ID!',
      headers: AUTH,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ parameter: 'id' });
    for (const url of ['/api/ingest/jobs', '/api/ingest/jobs/zzzzzzzzzzzz']) {
      expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });
});
