import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import { ArticleArchive, archiveDir } from '../../../../graph/archive/archive.ts';
import { loadConfig } from '../../../../graph/config.ts';
import { loadCorrected } from '../../../../graph/corrections/load-corrected.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { BulkSeedError, bulkSeed } from '../../../../graph/seeding/bulk-seed.ts';
import { SEED_ANNOTATIONS_DIR, SEED_CORRECTIONS_DIR, seed } from '../../../../graph/seeding/seed.ts';
import { SyntheticCorpus } from '../../../bench/corpus/generate.ts';
import { clearDatabase, openTestDb } from '../../../support/graph-db.ts';
import { canonicalDump } from '../../../support/graph-dump.ts';

const cleanup: string[] = [];
let db: GraphDb | undefined;

afterAll(async () => {
  await db?.close();
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function temporary(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  cleanup.push(dir);
  return dir;
}

/** A small synthetic corpus (links between articles, bylines, recurring entities) as annotation files. */
async function corpusDir(): Promise<string> {
  const dir = await temporary('guanxi-bulk-corpus-');
  await mkdir(path.join(dir, 'articles'));
  let k = 0;
  for (const annotation of new SyntheticCorpus({ entities: 500, seed: 11 }).annotations()) {
    await writeFile(
      path.join(dir, 'articles', `${String(k++).padStart(4, '0')}.json`),
      JSON.stringify(annotation),
    );
  }
  return dir;
}

/** An article of the corpus again, saying less and on another day: a later load that changes the graph. */
function revised(annotation: Annotation): Annotation {
  const kept = annotation.relations.slice(0, Math.ceil(annotation.relations.length / 2));
  return {
    ...annotation,
    article: { ...annotation.article, publishedAt: '2030-01-02T08:00:00+08:00' },
    relations: kept,
  };
}

describe('bulk first load (npm run seed -- --bulk)', () => {
  it('builds the graph the corrected loader builds, and later loads go through the loader', async () => {
    const corpus = await corpusDir();
    const paths = [corpus, SEED_ANNOTATIONS_DIR];
    const later = revised(
      new SyntheticCorpus({ entities: 500, seed: 11 }).annotations().next().value as Annotation,
    );

    db = await openTestDb();
    await clearDatabase(db);
    await seed(db, paths, [SEED_CORRECTIONS_DIR]);
    const loaded = await canonicalDump(db);
    await loadCorrected(db, [later]);
    const loadedThenLater = await canonicalDump(db);

    const dataDir = await temporary('guanxi-bulk-store-');
    const config = loadConfig({
      GUANXI_DATA_DIR: dataDir,
      GUANXI_NEO4J_HEAP: '512m',
      GUANXI_NEO4J_PAGECACHE: '128m',
    });
    const written: number[] = [];
    const archive = new ArticleArchive(archiveDir(dataDir));
    const { graph, summary } = await bulkSeed(config, paths, [SEED_CORRECTIONS_DIR], () => {}, {
      onWritten: (done) => written.push(done),
      archive,
    });
    try {
      expect(summary.articles).toBeGreaterThan(40);
      // Kept for npm run rebuild, as every other load keeps them.
      expect((await archive.entries()).entries).toHaveLength(summary.articles);
      expect((await archive.corrections()).corrections).toHaveLength(summary.corrections.added);
      expect(written.at(-1)).toBe(summary.articles);
      expect(summary.corrections.added).toBeGreaterThan(0);
      const bulk = await canonicalDump(graph.db);
      // The lines only one side has first: a failure names what differs.
      expect(bulk.filter((line) => !loaded.includes(line))).toEqual([]);
      expect(loaded.filter((line) => !bulk.includes(line))).toEqual([]);
      expect(bulk).toEqual(loaded);
      await loadCorrected(graph.db, [later]);
      expect(await canonicalDump(graph.db)).toEqual(loadedThenLater);
    } finally {
      await graph.close();
    }
    // A database that holds a graph is never overwritten.
    await expect(bulkSeed(config, paths, [], () => {})).rejects.toThrow(BulkSeedError);
  }, 900_000);
});
