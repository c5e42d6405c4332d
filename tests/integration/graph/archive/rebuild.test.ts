import { readFileSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArticlePipeline } from '../../../../bin/article-pipeline.ts';
import { ArticleArchive } from '../../../../graph/archive/archive.ts';
import { rebuildFromArchive } from '../../../../graph/archive/rebuild.ts';
import { journaledWrite } from '../../../../graph/corrections/journal.ts';
import { seed } from '../../../../graph/seeding/seed.ts';
import { countGraph } from '../../../support/graph-db.ts';
import { canonicalDump } from '../../../support/graph-dump.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

const TOKEN = 'archive-test-token';
// Raw uploads are extracted on worker threads, as in the app.
const { pipeline, close: closePipeline } = startArticlePipeline(2);
const ARTICLES = path.join('tests', 'fixtures', 'train', 'articles');
const FILES = [
  ['101_hefei-city-signings.txt', 'text/plain'],
  ['102_wuhou-party-building-pact.html', 'text/html'],
  ['103_wuhan-ica-forum.json', 'application/octet-stream'],
  ['105_ningbo-yuyao-records.ndjson', 'application/x-ndjson'],
] as const;

let dir: string;
let archive: ArticleArchive;
let ctx: SeededApp;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-archive-'));
  archive = new ArticleArchive(dir);
  ctx = await seededApp([], { apiToken: TOKEN, pipeline, archive });
});

afterAll(async () => {
  await ctx?.close();
  await closePipeline();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const correct = (payload: object) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/corrections',
    payload,
    headers: { authorization: `Bearer ${TOKEN}` },
  });

const SEEDED = 'f272be3deda32c55';

const ingest = (name: string, type: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/ingest?filename=${name}`,
    payload: readFileSync(path.join(ARTICLES, name)),
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type },
  });

describe('the archive', () => {
  it('keeps what was ingested and corrected, and the graph rebuilt from it alone is the same node for node', async () => {
    await seed(ctx.db, undefined, undefined, { archive });
    for (const [name, type] of FILES.slice(0, 3)) {
      const response = await ingest(name, type);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    }
    // Reviewers correct through the API (one of them undone), then more articles come.
    const made: string[] = [];
    for (const input of [
      { op: 'reject', entity: 'person:肖立', article: SEEDED },
      { op: 'merge', entity: 'org:上海市普陀区科委', into: 'org:上海市普陀区政府', note: 'test' },
      { op: 'rename', entity: 'person:江跃中', name: '江跃中同志' },
    ]) {
      const response = await correct(input);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
      made.push(response.json().correction.id);
    }
    expect((await correct({ op: 'undo', correction: made[0] })).statusCode).toBe(201);
    const [name, type] = FILES[3];
    expect((await ingest(name, type)).statusCode).toBe(200);
    // Ingested twice: one more index line, no new file, the same graph.
    expect((await ingest(FILES[0][0], FILES[0][1])).statusCode).toBe(200);

    const { entries } = await archive.entries();
    const articles = (
      await ctx.db.read<{ n: number }>('MATCH (a:Article) WHERE a.stub = false RETURN count(a) AS n')
    ).records[0]?.get('n');
    expect(entries.length).toBe(articles);
    expect(await archive.count('sources')).toBe(FILES.length);
    const ndjson = entries.find((e) => e.name.startsWith(FILES[3][0]));
    expect(ndjson?.source).toBeTruthy();
    expect(await archive.source(ndjson?.source ?? '')).toEqual(
      readFileSync(path.join(ARTICLES, FILES[3][0])),
    );
    // The seed's review and the four made through the API, the undone one as undone.
    const { corrections } = await archive.corrections();
    expect(corrections.map((c) => c.change.op)).toEqual(['review', 'reject', 'merge', 'rename', 'undo']);
    expect(corrections[1]?.undoneBy).toBe(corrections[4]?.id);

    const before = await canonicalDump(ctx.db);
    expect(before.length).toBeGreaterThan(100);
    // The store is lost: nothing of the graph is left.
    await rebuildFromArchive(ctx.db, archive, { batchSize: 3 });
    const after = await canonicalDump(ctx.db);
    expect(after).toEqual(before);
  }, 420_000);

  it('forgets a correction whose transaction did not commit', async () => {
    const { corrections } = await archive.corrections();
    const ghost = { ...(corrections[2] as (typeof corrections)[number]), id: 'never-committed' };
    await expect(
      journaledWrite(ctx.db, archive.journal, async (_tx, keep) => {
        await keep([ghost.id], [ghost]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await archive.corrections();
    expect(after.corrections.map((c) => c.id)).toEqual(corrections.map((c) => c.id));
    expect(await readFile(path.join(dir, 'corrections.ndjson'), 'utf8')).toContain('never-committed');
  });

  it('skips an index line a crash cut short and still rebuilds the rest', async () => {
    const { entries } = await archive.entries();
    await rebuildFromArchive(ctx.db, archive);
    const before = await countGraph(ctx.db);
    await appendFile(path.join(dir, 'index.ndjson'), '{"article":"x","annotation":"ab');
    const summary = await rebuildFromArchive(ctx.db, archive);
    expect(summary).toMatchObject({ archived: entries.length, unreadable: 1 });
    expect(await countGraph(ctx.db)).toEqual(before);
    expect((await readFile(path.join(dir, 'index.ndjson'), 'utf8')).split('\n').length).toBeGreaterThan(
      entries.length,
    );
  }, 240_000);
});
