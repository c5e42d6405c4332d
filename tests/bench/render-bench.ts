/**
 * Render benchmark (not a test; figures vary from run to run):
 *
 *   npx tsx tests/bench/render-bench.ts [--rounds N]
 *
 * 1. The app's canvas code (src/components/graph-canvas: create-cy, style, toElements, patchElements, the
 *    fcose draft layout) in a bench page, in headless Chromium: time from data in hand to the first
 *    frame drawn, for 1k and 5k elements (nodes + edges) and for 1k and 5k nodes, with preset
 *    positions and with a draft layout, on the canvas renderer and on the WebGL renderer.
 * 2. The built explorer (dist/) with the API answered by the page itself: time from the
 *    neighbourhood answer to the first frame and to the laid-out view, for a 500-node view.
 */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { DIST_DIR, ensureSpaBuilt } from '../../bin/spa-build.ts';
import type { GraphNode, GraphPayload } from '../../contract/api/payloads.ts';
import { ENTITY_TYPES } from '../../contract/model.ts';
import { launchChromium } from '../support/browser.ts';
import type { BenchCase, BenchResult } from './render-page/main.ts';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml' } as const;

function serve(root: string, spa: boolean): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!path.extname(file)) file = path.join(root, spa ? 'index.html' : `${url.pathname}/index.html`);
    try {
      const body = await readFile(file);
      const ext = path.extname(file).slice(1) as keyof typeof TYPES;
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => (Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);

async function canvasBench(): Promise<void> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'guanxi-render-bench-'));
  await build({
    root: path.resolve('tests/bench/render-page'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  const server = await serve(out, false);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  const cases: (Omit<BenchCase, 'renderer' | 'mode'> & { label: string })[] = [
    { label: '1k elements', nodes: 333, edges: 667 },
    { label: '5k elements', nodes: 1667, edges: 3333 },
    { label: '1k nodes / 2k edges', nodes: 1000, edges: 2000 },
    { label: '5k nodes / 10k edges', nodes: 5000, edges: 10000 },
  ];
  console.log(
    `\nRender bench (median of ${rounds}; 1400×900 headless Chromium; the app's style, icons up to 1,500 nodes)`,
  );
  console.log('| view | mode | renderer | data → first frame | of which layout | one pan frame |');
  console.log('|---|---|---|---|---|---|');
  for (const c of cases) {
    for (const mode of ['preset', 'draft'] as const) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        const results: BenchResult[] = [];
        let failure = '';
        for (let i = 0; i < rounds; i++) {
          const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
          try {
            await page.goto(base);
            await page.waitForFunction(() => typeof window.runBench === 'function');
            results.push(await page.evaluate((x) => window.runBench(x), { ...c, renderer, mode }));
          } catch (error) {
            failure = (error as Error).message.split('\n')[0] ?? 'failed';
          } finally {
            await page.close().catch(() => {});
          }
        }
        const used = results.length > 0 && results.every((r) => r.webgl === (renderer === 'webgl'));
        const name = renderer === 'webgl' && !used ? 'webgl (fell back)' : renderer;
        console.log(
          `| ${c.label} | ${mode} | ${name} | ${failure && results.length === 0 ? `failed: ${failure}` : ms(median(results.map((r) => r.firstFrameMs)))} | ${mode === 'draft' ? ms(median(results.map((r) => r.layoutMs))) : '–'} | ${ms(median(results.map((r) => r.panFrameMs)))} |`,
        );
      }
    }
  }
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}

function neighbourhood(n: number): GraphPayload {
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: i === 0 ? 'org:hub' : `org:n${i}`,
    type: ENTITY_TYPES[i % ENTITY_TYPES.length] as GraphNode['type'],
    kind: null,
    name: i === 0 ? '枢纽联盟' : `成员单位${i}`,
    aliases: [],
    pinyin: null,
    nameEn: null,
    properties: {},
    articleCount: 1,
  }));
  const edges = nodes.slice(1).flatMap((node, i) => [
    {
      id: `e${i}`,
      type: 'MEMBER_OF',
      source: node.id,
      target: 'org:hub',
      properties: { weight: 1 },
      articles: ['a'],
    },
    ...(i % 3 === 0 && i > 3
      ? [
          {
            id: `x${i}`,
            type: 'PARTNERS_WITH',
            source: node.id,
            target: `org:n${i - 2}`,
            properties: { weight: 1 },
            articles: ['a'],
          },
        ]
      : []),
  ]);
  return { nodes, edges, truncated: false };
}

async function appBench(): Promise<void> {
  await ensureSpaBuilt((m) => console.log(m));
  const server = await serve(DIST_DIR, true);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  console.log(
    '\nThe explorer (dist/), a 500-node neighbourhood answered at once by the page (no network, no Neo4j):',
  );
  console.log('| view | answer → first frame | answer → laid out (fcose) |');
  console.log('|---|---|---|');
  for (const n of [100, 500]) {
    const payload = JSON.stringify(neighbourhood(n));
    const first: number[] = [];
    const laid: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __bench: Record<string, number> };
        w.__bench = {};
        const original = window.fetch;
        window.fetch = async (...args) => {
          const response = await original(...args);
          if (String(args[0]).includes('/neighborhood')) w.__bench.answer = performance.now();
          return response;
        };
        const watch = setInterval(() => {
          const cy = window.__guanxiCy;
          if (!cy) return;
          clearInterval(watch);
          cy.on('add', () => {
            if (w.__bench.added) return;
            w.__bench.added = performance.now();
            cy.one('render', () => requestAnimationFrame(() => (w.__bench.drawn = performance.now())));
          });
          cy.on('layoutstop', () => (w.__bench.laid = performance.now()));
        }, 1);
      });
      await page.route('**/api/**', (route) => {
        const url = route.request().url();
        const body = url.includes('/neighborhood')
          ? payload
          : url.includes('/articles')
            ? JSON.stringify({ items: [], nextCursor: null })
            : JSON.stringify({ error: 'not_found', message: 'bench' });
        return route.fulfill({
          status: url.includes('/neighborhood') || url.includes('/articles') ? 200 : 404,
          contentType: 'application/json',
          body,
        });
      });
      await page.goto(`${base}/entity/${encodeURIComponent('org:hub')}`);
      await page.waitForFunction(
        () => {
          const b = (window as unknown as { __bench: Record<string, number> }).__bench;
          return b.drawn && b.laid;
        },
        null,
        { timeout: 120_000 },
      );
      const b = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
      if (process.env.BENCH_DEBUG)
        console.log(
          n,
          'answer→add',
          Math.round((b.added ?? 0) - (b.answer ?? 0)),
          'add→drawn',
          Math.round((b.drawn ?? 0) - (b.added ?? 0)),
        );
      first.push((b.drawn ?? 0) - (b.answer ?? 0));
      laid.push((b.laid ?? 0) - (b.answer ?? 0));
      await page.close();
    }
    console.log(
      `| ${n} nodes, ${n - 1 + Math.floor((n - 5) / 3)} edges | ${ms(median(first))} | ${ms(median(laid))} |`,
    );
  }
  await browser.close();
  server.close();
}

if (!process.argv.includes('--app-only')) await canvasBench();
await appBench();
