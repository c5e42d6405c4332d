import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR, ensureSpaBuilt } from '../../bin/spa-build.ts';
import { entityId } from '../../contract/annotation/ids.ts';
import type { SnapshotCreated, SnapshotInput } from '../../contract/api/payloads.ts';
import { buildApp } from '../../graph/api/app.ts';
import { loadConfig } from '../../graph/config.ts';
import { GraphDb } from '../../graph/db/connection.ts';
import { loadAnnotations } from '../../graph/loader/load-annotations.ts';
import { GraphRepository } from '../../graph/queries/repository.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../graph/runtime/embedded-neo4j.ts';
import { applySchema } from '../../graph/schema/apply-schema.ts';
import { launchChromium, screenshot } from '../support/browser.ts';
import { hubAnnotation, seedAnnotation } from '../support/graph-fixtures.ts';
import { startHostPage } from '../support/host-page.ts';

/**
 * First frame of 100-node embeds in headless Chromium on localhost: a live entity (a hub and its 99
 * members, placed in rings), a live article (the same 100 entities) and a frozen snapshot of
 * the entity view (stored positions, no layout). Each case: one warm-up load, then ROUNDS timed loads
 * in a fresh page; "firstFrameMs" is the embed's `guanxi:first-frame` mark (navigation start → the
 * first frame Cytoscape drew), "hostReadyMs" the same embed inside a host page on another origin,
 * from navigation to the host receiving `guanxi:ready`, and "apiReplayedFirstFrameMs" the first frame
 * with the API's answers replayed from memory (the embed's own cost, without the server and Neo4j).
 *
 * Usage: npx tsx tests/bench/embed-bench.ts [--screenshots]
 * Starts its own embedded Neo4j in a temporary folder (or uses NEO4J_URI, whose data it deletes).
 */
const ROUNDS = 7;
const TOKEN = 'bench-token';
const HUB = entityId('Organization', '枢纽联盟');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** Milestones of one load, in ms since navigation start. */
interface Timing {
  /** The embed page's HTML has arrived. */
  html: number;
  /** The API's answer has arrived and been parsed. */
  data: number;
  /** Cytoscape has been created with the elements (and laid out, where needed). */
  canvas: number;
  /** Cytoscape has drawn its first frame. */
  firstFrame: number;
}

async function firstFrame(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  await page.waitForSelector('#embed[data-state="ready"], #embed[data-state="error"]', { timeout: 30_000 });
  const state = await page.getAttribute('#embed', 'data-state');
  if (state !== 'ready') throw new Error(`${url}: ${await page.textContent('#embed')}`);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const [html, data, canvas, frame] = await page.evaluate(() => [
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseEnd,
    performance.getEntriesByName('guanxi:data')[0]?.startTime,
    performance.getEntriesByName('guanxi:canvas')[0]?.startTime,
    performance.getEntriesByName('guanxi:first-frame')[0]?.startTime,
  ]);
  const n = (v: number | undefined) => v ?? Number.NaN;
  return { html: n(html), data: n(data), canvas: n(canvas), firstFrame: n(frame) };
}

async function hostReady(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () => window.hostMessages?.some((m) => (m.data as { type?: string })?.type === 'guanxi:ready'),
    null,
    { timeout: 30_000 },
  );
  return Date.now() - started;
}

async function main(): Promise<void> {
  const config = loadConfig();
  let neo4j: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let target = config.external;
  if (!target) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-bench-embed-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, heapMb: 768, pageCacheMb: 128, log: console.error });
    target = neo4j.target;
  } else console.error(`Using NEO4J_URI=${target.uri}; its data will be deleted.`);
  await ensureSpaBuilt(console.error);
  const db = new GraphDb(target);
  const app = await buildApp({
    repository: new GraphRepository(db),
    staticDir: DIST_DIR,
    rateLimit: 100_000,
    apiToken: TOKEN,
  });
  const browser = await launchChromium();
  const host = await startHostPage();
  try {
    await applySchema(db);
    await db.write('MATCH (n) WHERE NOT n:GuanxiSchema DETACH DELETE n');
    const hub = hubAnnotation(99);
    await loadAnnotations(db, [seedAnnotation(), hub]);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // The frozen case: the live entity view as the embed drew it, saved as a snapshot.
    const live = `${base}/embed/entity/${encodeURIComponent(HUB)}`;
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await firstFrame(page, live);
    const drawn = await page.evaluate(() => {
      const cy = window.__guanxiCy;
      return {
        nodes:
          cy?.nodes().map((n) => ({
            id: n.id(),
            type: n.data('type'),
            kind: n.data('kind') || null,
            name: String(n.data('label')).split('\n')[0] ?? '',
            subtitle: null,
            ...n.position(),
          })) ?? [],
        edges:
          cy?.edges().map((e) => ({
            id: e.id(),
            type: e.data('type'),
            source: e.source().id(),
            target: e.target().id(),
            label: e.data('label'),
            weight: e.data('weight'),
          })) ?? [],
      };
    });
    await page.close();
    const input: SnapshotInput = {
      title: '枢纽联盟',
      caption: 'bench',
      lang: 'zh',
      asOf: null,
      citations: [],
      ...drawn,
    };
    const saved = await fetch(`${base}/api/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(input),
    });
    if (saved.status !== 201) throw new Error(`snapshot: ${saved.status} ${await saved.text()}`);
    const { embedPath } = (await saved.json()) as SnapshotCreated;

    const cases = {
      'live entity (hub + 99, rings computed from the data)': live,
      'live article (100 entities, concentric layout)': `${base}/embed/article/${hub.article.id}`,
      'frozen snapshot (100 nodes, preset)': `${base}${embedPath}`,
    };
    const results: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(cases)) {
      const timings: Timing[] = [];
      const replayed: Timing[] = [];
      const hosted: number[] = [];
      const answers = new Map<string, Promise<{ status: number; contentType: string; body: Buffer }>>();
      let nodes = 0;
      for (let round = 0; round <= ROUNDS; round++) {
        const p = await browser.newPage({ viewport: { width: 800, height: 600 } });
        if (round === 0)
          p.on('response', (r) => {
            if (!r.url().includes('/api/')) return;
            const contentType = r.headers()['content-type'] ?? 'application/json';
            answers.set(
              r.url(),
              r.body().then((body) => ({ status: r.status(), contentType, body })),
            );
          });
        const timing = await firstFrame(p, url);
        nodes = await p.evaluate(() => window.__guanxiCy?.nodes().length ?? 0);
        if (round === 0 && process.argv.includes('--screenshots'))
          await screenshot(p, `bench-${name.split(' ').slice(0, 2).join('-')}`);
        await Promise.all(answers.values());
        await p.close();
        // The same load with the API's answers replayed from memory: the embed's own cost, without the
        // server's and Neo4j's (which other processes on a shared machine slow down the most).
        const r = await browser.newPage({ viewport: { width: 800, height: 600 } });
        await r.route('**/api/**', async (route) => {
          const answer = await answers.get(route.request().url());
          if (!answer) return route.continue();
          return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
        });
        const replay = await firstFrame(r, url);
        await r.close();
        const h = await browser.newPage({ viewport: { width: 1000, height: 700 } });
        const hostMs = await hostReady(h, host.url(url));
        await h.close();
        if (round === 0) continue; // warm-up: caches, query plans, JIT
        timings.push(timing);
        replayed.push(replay);
        hosted.push(hostMs);
      }
      const frames = timings.map((t) => t.firstFrame);
      results[name] = {
        nodes,
        firstFrameMs: { median: Math.round(median(frames)), best: Math.round(Math.min(...frames)) },
        // Where the median load spends its time: HTML, API answer, building the canvas, drawing.
        medianSteps: {
          htmlMs: Math.round(median(timings.map((t) => t.html))),
          dataMs: Math.round(median(timings.map((t) => t.data))),
          canvasBuiltMs: Math.round(median(timings.map((t) => t.canvas - t.data))),
          drawMs: Math.round(median(timings.map((t) => t.firstFrame - t.canvas))),
        },
        hostReadyMs: { median: Math.round(median(hosted)), best: Math.round(Math.min(...hosted)) },
        apiReplayedFirstFrameMs: {
          median: Math.round(median(replayed.map((t) => t.firstFrame))),
          best: Math.round(Math.min(...replayed.map((t) => t.firstFrame))),
        },
      };
    }
    const load = os.loadavg().map((l) => Math.round(l * 10) / 10);
    console.log(
      JSON.stringify({ rounds: ROUNDS, cpus: os.cpus().length, loadAverage: load, results }, null, 2),
    );
  } finally {
    await browser.close();
    await host.close();
    await app.close();
    await db.close();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
