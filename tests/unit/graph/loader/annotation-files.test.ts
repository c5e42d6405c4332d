import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotationFiles } from '../../../../graph/loader/annotation-files.ts';

/** A corpus folder of `count` files in sub-folders of a thousand, as fs.readdir lists it, unsorted. */
const fakeCorpus = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const listed = (dir: string) =>
    Array.from({ length: fakeCorpus.count }, (_, i) => ({
      name: `${String(i % 1000).padStart(4, '0')}.json`,
      parentPath: `${dir}/${String(Math.floor(i / 1000)).padStart(4, '0')}`,
      isFile: () => true,
    })).reverse();
  return {
    ...fs,
    stat: (p: string) => (p === '/corpus' ? Promise.resolve({ isDirectory: () => true }) : fs.stat(p)),
    readdir: (p: string, options: object) =>
      p === '/corpus' ? Promise.resolve(listed(p)) : fs.readdir(p, options as never),
  };
});

describe('annotationFiles', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'guanxi-files-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  afterEach(() => {
    fakeCorpus.count = 0;
  });

  it('walks sub-folders, keeps only .json files and sorts them', async () => {
    await mkdir(path.join(root, 'b'), { recursive: true });
    await mkdir(path.join(root, 'a'), { recursive: true });
    await Promise.all([
      writeFile(path.join(root, 'b', '2.json'), '{}'),
      writeFile(path.join(root, 'a', '1.json'), '{}'),
      writeFile(path.join(root, 'a', 'notes.txt'), ''),
    ]);
    expect(await annotationFiles([root])).toEqual([
      path.join(root, 'a', '1.json'),
      path.join(root, 'b', '2.json'),
    ]);
  });

  // Writing that many real files takes minutes on a loaded disk, so the folder's listing is made up.
  it('lists a province-sized corpus (200,000 files) without running out of stack', async () => {
    fakeCorpus.count = 200_000;
    const files = await annotationFiles(['/corpus']);
    expect(files).toHaveLength(200_000);
    expect(files[0]).toBe('/corpus/0000/0000.json');
    expect(files.at(-1)).toBe('/corpus/0199/0999.json');
  });
});
