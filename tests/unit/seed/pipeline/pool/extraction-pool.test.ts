import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../../../../seed/pipeline/index.ts';
import { ParseError } from '../../../../../seed/pipeline/parse/index.ts';
import { createExtractionPool } from '../../../../../seed/pipeline/pool/extraction-pool.ts';

const SEED = 'seed/articles/000_e788ae00edbc24f8.txt';
const pool = createExtractionPool({ size: 2 });

afterAll(async () => {
  await pool.close();
  await pool.close();
});

// Each worker loads the segmenter's dictionaries and the gazetteer first: seconds on a loaded machine.
describe('the extraction pool', { timeout: 120_000 }, () => {
  it('gives what the pipeline gives on the calling thread, from a path or from bytes', async () => {
    const here = await extractFile(SEED);
    expect(await pool.extractFile(SEED)).toEqual(here);
    expect(await pool.extract(await readFile(SEED), SEED)).toEqual(here);
  });

  it('runs several files at once and keeps each answer with its file', async () => {
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
    const bytes = await readFile(SEED);
    const results = await Promise.all(names.map((name) => pool.extract(bytes, name)));
    expect(results.map((r) => r.length)).toEqual([1, 1, 1, 1]);
  });

  it('rejects input that is not an article with a ParseError naming it, and goes on working', async () => {
    const error = await pool.extract(new Uint8Array(), 'empty.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).file).toBe('empty.txt');
    expect((error as ParseError).message).toBe('empty.txt: empty file');
    expect(await pool.extractFile(SEED)).toHaveLength(1);
  });
});

describe('the extraction pool, a record at a time', { timeout: 120_000 }, () => {
  it('parses an upload, then extracts its articles with one outcome each, a bad one reported by name', async () => {
    const here = await extractFile(SEED);
    const [article] = await pool.parse(await readFile(SEED), SEED);
    expect(article?.title).toBe(here[0]?.article.title);
    const broken = { ...(article as NonNullable<typeof article>), title: '长'.repeat(10_000) };
    const outcomes = await pool.extractArticles([article as NonNullable<typeof article>, broken], ['a', 'b']);
    expect(outcomes[0]).toEqual({ ok: true, annotation: here[0] });
    expect(outcomes[1]).toMatchObject({ ok: false, reason: expect.stringContaining('b') });
  });
});
