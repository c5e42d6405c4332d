import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Progress } from '../../../bin/progress.ts';
import type { Annotation } from '../../../contract/annotation/types.ts';
import { BENCH_DIR } from '../support/bench-dir.ts';
import { SyntheticCorpus } from './generate.ts';
import type { CorpusCounts } from './model.ts';

/** Bumped whenever the generator changes what it writes, so an old corpus on disk is rewritten. */
const GENERATOR_VERSION = 1;
const PER_FOLDER = 1000;

export interface CorpusManifest {
  generator: number;
  entities: number;
  seed: number;
  counts: CorpusCounts;
  bytes: number;
}

export function corpusDir(entities: number, seed: number): string {
  return path.join(BENCH_DIR, `corpus-${entities}-s${seed}`);
}

export function readManifest(dir: string): CorpusManifest | undefined {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest;
  return manifest.generator === GENERATOR_VERSION ? manifest : undefined;
}

/**
 * Writes the corpus one annotation file at a time (articles/000/000000.json…, a thousand per folder) and
 * the manifest last, so a folder with a manifest is complete. Memory stays flat whatever the size.
 */
export function writeCorpus(dir: string, entities: number, seed: number): CorpusManifest {
  rmSync(dir, { recursive: true, force: true });
  const corpus = new SyntheticCorpus({ entities, seed });
  const progress = new Progress(`corpus ${entities.toLocaleString('en')}`, entities, 'entities', [
    'articles',
  ]);
  let bytes = 0;
  for (const annotation of corpus.annotations()) {
    const k = corpus.counts.articles;
    const folder = path.join(dir, 'articles', String(Math.floor(k / PER_FOLDER)).padStart(4, '0'));
    if (k % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const json = JSON.stringify(annotation);
    bytes += Buffer.byteLength(json);
    writeFileSync(path.join(folder, `${String(k).padStart(7, '0')}.json`), json);
    progress.update(corpus.counts.entities, { articles: k + 1 });
  }
  progress.stop();
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    entities,
    seed,
    counts: corpus.counts,
    bytes,
  };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The corpus of this size and seed, written first when it is not on disk yet. */
export function ensureCorpus(entities: number, seed: number): { dir: string; manifest: CorpusManifest } {
  const dir = corpusDir(entities, seed);
  const manifest = readManifest(dir) ?? writeCorpus(dir, entities, seed);
  return { dir, manifest };
}

/** Every annotation file of a corpus in article order (file names sort in article order). */
export async function corpusFiles(dir: string): Promise<string[]> {
  const root = path.join(dir, 'articles');
  const folders = (await readdir(root)).sort();
  const files: string[] = [];
  for (const folder of folders) {
    const names = (await readdir(path.join(root, folder))).filter((n) => n.endsWith('.json')).sort();
    files.push(...names.map((n) => path.join(root, folder, n)));
  }
  return files;
}

/** Annotations in batches, read as they are needed (the files are trusted: the generator wrote them). */
export async function* corpusBatches(files: string[], batchSize: number): AsyncGenerator<Annotation[]> {
  for (let start = 0; start < files.length; start += batchSize) {
    const slice = files.slice(start, start + batchSize);
    yield await Promise.all(slice.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as Annotation));
  }
}
