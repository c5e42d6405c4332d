import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleArchive, archiveDir } from '../../../../graph/archive/archive.ts';
import { rebuildFromArchive } from '../../../../graph/archive/rebuild.ts';
import { applyCorrection } from '../../../../graph/corrections/apply-correction.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { backupDataDir, restoreDataDir } from '../../../../graph/runtime/backup.ts';
import { DataDirBusyError, lockDataDir } from '../../../../graph/runtime/data-lock.ts';
import { startEmbeddedNeo4j } from '../../../../graph/runtime/embedded-neo4j.ts';
import { seed } from '../../../../graph/seeding/seed.ts';
import { clearDatabase, openTestDb } from '../../../support/graph-db.ts';
import { canonicalDump } from '../../../support/graph-dump.ts';

let root: string;
let db: GraphDb;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'guanxi-backup-'));
  db = await openTestDb();
  await clearDatabase(db);
});

afterAll(async () => {
  await db?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Every file of a folder with the sha256 of its bytes. */
async function tree(dir: string): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    lines.push(`${path.relative(dir, file)} ${hash}`);
  }
  return lines.sort();
}

describe('backup and restore', () => {
  it('gives back the archive byte for byte, and the graph rebuilt from it is the same', async () => {
    const dataDir = path.join(root, 'archive-only');
    const file = path.join(root, 'archive-only.tar.gz');
    const archive = new ArticleArchive(archiveDir(dataDir));
    await seed(db, undefined, undefined, { archive });
    await applyCorrection(db, { op: 'reject', entity: 'person:肖立' }, 'tester', archive.journal);
    const before = await canonicalDump(db);
    const files = await tree(dataDir);

    // While someone holds the data folder (the app, a command), a backup refuses and says who.
    const held = await lockDataDir(dataDir, 'test');
    await expect(backupDataDir(dataDir, file)).rejects.toThrow(DataDirBusyError);
    await held.release();

    const seen: number[] = [];
    const packed = await backupDataDir(dataDir, file, (done) => seen.push(done));
    expect(packed.packed).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(packed.bytes);

    await rm(dataDir, { recursive: true, force: true });
    await restoreDataDir(dataDir, file);
    expect(await tree(dataDir)).toEqual(files);

    await rebuildFromArchive(db, new ArticleArchive(archiveDir(dataDir)));
    expect(await canonicalDump(db)).toEqual(before);
  }, 240_000);

  it('packs a Neo4j store at rest and restores it byte for byte, without the lock or the logs', async () => {
    const dataDir = path.join(root, 'store');
    const file = path.join(root, 'store.tar.gz');
    // A cold JVM start beside the suite's own Neo4j: on a busy 2-core machine it can take minutes.
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      heapMb: 256,
      pageCacheMb: 16,
      readyTimeoutMs: 400_000,
    });
    await neo4j.stop();
    const held = await lockDataDir(dataDir, 'test');
    const files = (await tree(dataDir)).filter((f) => !f.startsWith('logs/') && !f.startsWith('guanxi.pid'));
    await held.release();
    expect(files.some((f) => f.startsWith('data/databases/neo4j/'))).toBe(true);

    await backupDataDir(dataDir, file);
    await writeFile(path.join(dataDir, 'data', 'written-after-the-backup'), 'x');
    const restored = await restoreDataDir(dataDir, file);
    expect(await tree(dataDir)).toEqual(files);
    // The folder it replaced is kept aside, as it was.
    expect(existsSync(path.join(restored.previous ?? '', 'data', 'written-after-the-backup'))).toBe(true);
  }, 480_000);

  it('says what is wrong with a file that is not a backup, and leaves the data folder as it was', async () => {
    const dataDir = path.join(root, 'store');
    const listed = await tree(dataDir);
    const notTar = path.join(root, 'not-a-backup.tar.gz');
    await writeFile(notTar, 'hello');
    await expect(restoreDataDir(dataDir, notTar)).rejects.toThrow(
      /incorrect header check|not in gzip format/,
    );
    await expect(restoreDataDir(dataDir, path.join(root, 'missing.tar.gz'))).rejects.toThrow(
      /no such backup file/,
    );
    // A backup cut short: gzip or tar says so, however the unpacking and tar's exit race.
    const whole = await readFile(path.join(root, 'store.tar.gz'));
    const cut = path.join(root, 'cut.tar.gz');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(restoreDataDir(dataDir, cut)).rejects.toThrow(/unexpected end of file|tar -x failed/);
    expect(await tree(dataDir)).toEqual(listed);
    expect((await readdir(root)).filter((n) => n.includes('restoring'))).toEqual([]);
  });
});
