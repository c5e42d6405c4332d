import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArticlePipeline } from '../../../../bin/article-pipeline.ts';
import type { IngestResult, SearchResult } from '../../../../contract/api/payloads.ts';
import { parseBuffer } from '../../../../seed/pipeline/parse/index.ts';
import { countGraph } from '../../../support/graph-db.ts';
import { seedAnnotation } from '../../../support/graph-fixtures.ts';
import { enc, getJson } from '../../../support/inject.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

const TOKEN = 'test-token-水';
// Raw uploads are extracted on worker threads, as in the app.
const { pipeline, close: closePipeline } = startArticlePipeline(1);
let ctx: SeededApp;

beforeAll(async () => {
  ctx = await seededApp([], { apiToken: TOKEN, pipeline });
});

afterAll(async () => {
  await ctx?.close();
  await closePipeline();
});

const post = (url: string, payload: string | Buffer | object, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url,
    payload: payload as string,
    headers: { authorization: `Bearer ${TOKEN}`, ...headers },
  });

describe('write endpoints', () => {
  it('are off without GUANXI_API_TOKEN and need the token when it is set', async () => {
    const closed = await seededApp([], {});
    const off = await closed.app.inject({ method: 'POST', url: '/api/ingest', payload: seedAnnotation() });
    expect(off.statusCode).toBe(403);
    expect(off.json()).toMatchObject({ error: 'writes_disabled' });
    await closed.close();
    expect((await post('/api/ingest', seedAnnotation(), { authorization: '' })).statusCode).toBe(401);
    expect((await post('/api/ingest', seedAnnotation(), { authorization: 'Bearer wrong' })).statusCode).toBe(
      401,
    );
  });

  it('previews the annotation of a raw page scrape and writes nothing', async () => {
    const before = await countGraph(ctx.db);
    const response = await post(
      '/api/ingest/preview?filename=page.txt',
      readFileSync('seed/articles/000_e788ae00edbc24f8.txt'),
      {
        'content-type': 'text/plain',
      },
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const { annotations } = response.json() as {
      annotations: { article: { title: string }; entities: { name: string }[] }[];
    };
    expect(annotations[0]?.article.title).toContain('党建联盟成立');
    expect(annotations[0]?.entities.map((e) => e.name)).toContain('李红珍');
    expect(await countGraph(ctx.db)).toEqual(before);
  });

  it('loads an annotation, idempotently', async () => {
    const first = await post('/api/ingest', seedAnnotation());
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      summary: { articles: { created: 1 } },
      articles: ['f272be3deda32c55'],
    });
    const again = await post('/api/ingest', seedAnnotation());
    expect(again.json()).toMatchObject({
      summary: { articles: { created: 0, merged: 1 }, entities: { created: 0 } },
    });
  });

  it('replaces the earlier reading of a page ingested again under another id (an older parser, another title)', async () => {
    const page = readFileSync('seed/articles/000_e788ae00edbc24f8.txt');
    const [read] = parseBuffer(page, 'page.txt');
    const older = seedAnnotation();
    older.article = {
      ...older.article,
      id: 'a0a0a0a0a0a0a0a0',
      title: '热门资讯',
      fingerprint: read?.fingerprint,
    };
    expect((await post('/api/ingest', older)).statusCode).toBe(200);
    expect(await getJson(ctx.app, '/api/articles/a0a0a0a0a0a0a0a0')).toMatchObject({
      article: { title: '热门资讯' },
    });
    const response = await post('/api/ingest?filename=page.txt', page, { 'content-type': 'text/plain' });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.json()).toMatchObject({ summary: { articles: { replaced: 1 } }, articles: [read?.id] });
    expect(await getJson(ctx.app, '/api/articles/a0a0a0a0a0a0a0a0', 404)).toMatchObject({
      error: 'not_found',
    });
  });

  it('loads a raw GBK-encoded HTML page', async () => {
    const html = readFileSync('tests/fixtures/gold/articles/006_putuo-zhoushan-marine-awards.html');
    const response = await post('/api/ingest?filename=awards.html', html, { 'content-type': 'text/html' });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const hits = await getJson<SearchResult>(ctx.app, `/api/search?q=${enc('舟山')}`);
    expect(hits.hits.length).toBeGreaterThan(0);
  });

  it('loads the good records of an upload and reports the bad one', async () => {
    const line = (title: string, day: number) =>
      JSON.stringify({
        title,
        publishedAt: `2024-05-0${day}T09:00:00+08:00`,
        source: '测试日报',
        content: `5月${day}日，上海市普陀区委组织部部长李红珍出席会议。`,
      });
    const ndjson = [line('普陀区会议一', 1), line('标'.repeat(10_000), 2), line('普陀区会议三', 3)].join(
      '\n',
    );
    const response = await post('/api/ingest', ndjson, { 'content-type': 'application/x-ndjson' });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const result = response.json() as IngestResult;
    expect(result.articles).toHaveLength(2);
    expect(result.failed).toEqual([
      {
        record: 2,
        title: '标'.repeat(200),
        reason: expect.stringMatching(/record 2: invalid annotation[\s\S]*\/article\/title/),
      },
    ]);
  });

  it('rejects bad input with a 400 that names the problem, writing nothing', async () => {
    const before = await countGraph(ctx.db);
    const empty = await post('/api/ingest?filename=empty.txt', '', { 'content-type': 'text/plain' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain('empty.txt');
    const bad = seedAnnotation();
    bad.relations[0] = { ...bad.relations[0], to: 'org:nobody' } as (typeof bad.relations)[number];
    const invalid = await post('/api/ingest', bad);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().message).toContain('/relations/0/to: unknown entity "org:nobody"');
    expect(await countGraph(ctx.db)).toEqual(before);
  });
});
