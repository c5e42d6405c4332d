import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../../bin/spa-build.ts';
import { buildSpa } from '../../../support/test-app.ts';

/**
 * The embed is its own small bundle: every JavaScript chunk embed.html loads (its script, its
 * modulepreloads and whatever those import, statically or dynamically) together stay within 200 KB
 * gzipped, and none of it is React or the explorer.
 */
const LIMIT_BYTES = 200 * 1000;
const REACT_MARKERS = ['Symbol.for("react.', "Symbol.for('react.", 'Symbol.for(`react.', '__reactFiber'];

/** Chunks a page loads: from its HTML, then every `./x.js` or `assets/x.js` a chunk names. */
function chunksOf(page: string): string[] {
  const html = readFileSync(path.join(DIST_DIR, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(DIST_DIR, 'assets', file), 'utf8');
    for (const m of code.matchAll(/(?:\.\/|assets\/)([\w.-]+\.js)/g)) if (m[1]) queue.push(m[1]);
  }
  return [...seen].sort();
}

const read = (file: string) => readFileSync(path.join(DIST_DIR, 'assets', file), 'utf8');
const gzipped = (file: string) =>
  gzipSync(readFileSync(path.join(DIST_DIR, 'assets', file)), { level: 9 }).length;
const hasReact = (file: string) => REACT_MARKERS.some((marker) => read(file).includes(marker));

beforeAll(async () => {
  await buildSpa();
});

describe('the embed bundle', () => {
  it('is at most 200 KB of gzipped JavaScript, all chunks it loads included', () => {
    const chunks = chunksOf('embed.html');
    const sizes = Object.fromEntries(chunks.map((c) => [c, gzipped(c)]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    console.log(`[embed bundle] ${(total / 1000).toFixed(1)} KB gzipped`, sizes);
    expect(chunks.some((c) => c.startsWith('cytoscape'))).toBe(true);
    expect(total).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it('contains no React and none of the explorer', () => {
    const embed = chunksOf('embed.html');
    expect(embed.filter(hasReact)).toEqual([]);
    // The check can see React: the explorer's chunks have it.
    const explorer = chunksOf('index.html');
    expect(explorer.some(hasReact)).toBe(true);
    const explorerOnly = explorer.filter((c) => !embed.includes(c));
    expect(explorerOnly.length).toBeGreaterThan(0);
    expect(embed.filter((c) => /^(main|index|ExplorerRoute|ArticlePage)-/.test(c))).toEqual([]);
  });
});
