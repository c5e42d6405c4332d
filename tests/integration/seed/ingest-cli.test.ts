import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleArchive } from '../../../graph/archive/archive.ts';
import type { GraphDb } from '../../../graph/db/connection.ts';
import { clearDatabase, countGraph, openTestDb } from '../../support/graph-db.ts';
import { neo4jEnv } from '../../support/neo4j-env.ts';

let db: GraphDb;
/** The command's own data folder: its archive is written there, not into the developer's. */
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-ingest-data-'));
  db = await openTestDb();
  await clearDatabase(db);
});

afterAll(async () => {
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function ingest(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'bin/ingest.ts', ...args], {
    env: { ...process.env, ...neo4jEnv(), GUANXI_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return {
    status: result.status,
    report: result.stdout ? JSON.parse(result.stdout) : undefined,
    stderr: result.stderr,
  };
}

describe('npm run ingest', () => {
  it('extracts and loads a folder, names the files it could not read, and is idempotent', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-ingest-'));
    const bad = path.join(dir, 'broken.json');
    await writeFile(bad, '{"title": "半截');
    const long = path.join(dir, 'long-title.json');
    await writeFile(
      long,
      JSON.stringify({
        title: '标'.repeat(10_000),
        content: '普陀区委组织部部长李红珍出席会议。',
        source: '测试日报',
      }),
    );
    const files = [
      'seed/articles',
      'tests/fixtures/gold/articles/006_putuo-zhoushan-marine-awards.html',
      bad,
      long,
    ];

    const first = ingest(...files);
    expect(first.status).toBe(1);
    expect(first.report.files).toBe(4);
    expect(first.report.articles).toEqual({ created: 2, merged: 0, replaced: 0 });
    expect(first.report.entities.created).toBeGreaterThan(40);
    expect(Object.keys(first.report.errors).sort()).toEqual([bad, long].sort());
    expect(first.report.errors[bad]).toContain('broken.json');
    expect(first.report.errors[long]).toMatch(/long-title\.json: invalid annotation[\s\S]*\/article\/title/);
    // The progress bar counts files extracted, and articles and relationships loaded, with their rates.
    expect(first.stderr).toMatch(
      /ingest \[=+\] 100% 4\/4 files \(\d+\/s\) 2 articles \(\d+\/s\) \d+ relationships/,
    );
    const loaded = await countGraph(db);
    // Both articles are archived with their files' bytes; the files that failed are not.
    const archive = new ArticleArchive(path.join(dataDir, 'archive'));
    const { entries } = await archive.entries();
    expect(entries).toHaveLength(2);
    const gold = entries.find((e) => e.name.endsWith('006_putuo-zhoushan-marine-awards.html'));
    expect(await archive.source(gold?.source ?? '')).toEqual(await readFile(files[1] ?? ''));

    const again = ingest(...files);
    expect(again.report.articles).toEqual({ created: 0, merged: 2, replaced: 0 });
    expect(again.report.entities.created).toBe(0);
    expect(again.report.relations.created).toBe(0);
    expect(await countGraph(db)).toEqual(loaded);
    // Two runs of the command, each a tsx start and a pool of extraction workers: 25 s on a quiet
    // machine, over 90 s at a load average of 30 on 2 cores.
  }, 240_000);

  it('explains how to call it', () => {
    const result = ingest();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest -- FILES|DIRS');
  });
});
