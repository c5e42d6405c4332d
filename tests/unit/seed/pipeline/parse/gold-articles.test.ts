import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../seed/pipeline/parse/index.ts';

/**
 * The dev gold set (tests/fixtures/gold, see its README) gives, for each raw input, the article that the parse
 * stage must produce; the spec leaves `id` empty and has no `fingerprint` (a hash of the input). Multi-record inputs have one spec per record (`.1`, `.2`).
 * The held-out set is not read here.
 */
const GOLD = 'tests/fixtures/gold';
const inputs = readdirSync(`${GOLD}/articles`).sort();

describe('the gold articles', () => {
  it('has inputs to check', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });

  it.each(inputs)('%s parses to the article of its spec', async (input) => {
    const stem = input.replace(/\.[^.]+$/, '');
    const articles = await parseFile(`${GOLD}/articles/${input}`);
    const specs =
      articles.length === 1 ? [`${stem}.spec.json`] : articles.map((_, i) => `${stem}.${i + 1}.spec.json`);
    articles.forEach((article, i) => {
      const gold = JSON.parse(readFileSync(`${GOLD}/${specs[i]}`, 'utf8')).article;
      expect(article.fingerprint).toMatch(/^[0-9a-f]{24}$/);
      expect({ ...article, id: '', fingerprint: undefined }).toEqual({ ...gold, id: '' });
    });
  });
});
