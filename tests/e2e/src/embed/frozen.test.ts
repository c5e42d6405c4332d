import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OEmbedResponse, SnapshotCreated, SnapshotInput } from '../../../../contract/api/payloads.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { screenshot } from '../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../support/browser-session.ts';
import { followUpAnnotation, seedAnnotation } from '../../../support/graph-fixtures.ts';
import { embedFrame, type HostPage, hostMessages, waitForEmbed } from '../../../support/host-page.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

/**
 * A frozen snapshot keeps showing what the journalist saw: saved from a live view, it is drawn from
 * its stored positions, and stays the same after later articles grow the graph, while the live embed
 * of the same entity grows with it.
 */
const TOKEN = 'embed-frozen-token';
const DEPT = 'org:上海市普陀区委组织部';
const SCHNEIDER = 'org:施耐德电气(中国)有限公司';
const ARTICLE = 'f272be3deda32c55';
const enc = encodeURIComponent;

let session: BrowserSession;
let ctx: SeededApp;
let host: HostPage;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => seededApp([seedAnnotation()], { apiToken: TOKEN }), {
    host: true,
  });
  ({ page, errors, base } = session);
  ctx = session.ctx as SeededApp;
  host = session.host as HostPage;
});

afterAll(() => session?.close());

async function openEmbed(path: string): Promise<Frame> {
  await page.goto(host.url(`${base}${path}`));
  const frame = await embedFrame(page);
  await waitForEmbed(frame);
  return frame;
}

type Drawn = Pick<SnapshotInput, 'nodes' | 'edges'>;

/** The elements and model positions the embed drew, in the shape of a snapshot. */
function drawn(frame: Frame): Promise<Drawn> {
  return frame.evaluate(() => {
    const cy = window.__guanxiCy;
    if (!cy) return { nodes: [], edges: [] };
    return {
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        type: n.data('type'),
        kind: n.data('kind') || null,
        name: String(n.data('label')).split('\n')[0] ?? '',
        subtitle: null,
        x: n.position('x'),
        y: n.position('y'),
      })),
      edges: cy.edges().map((e) => ({
        id: e.id(),
        type: String(e.data('type')),
        source: e.source().id(),
        target: e.target().id(),
        label: String(e.data('label')),
        weight: Number(e.data('weight')),
      })),
    };
  });
}

const positions = (d: Drawn) =>
  Object.fromEntries(d.nodes.map((n) => [n.id, [Math.round(n.x * 10) / 10, Math.round(n.y * 10) / 10]]));

async function saveSnapshot(input: SnapshotInput, token = TOKEN): Promise<Response> {
  return fetch(`${base}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
}

describe('a frozen snapshot', () => {
  it('shows the stored view after the graph has grown, while the live embed grows', async () => {
    const live = await drawn(await openEmbed(`/embed/entity/${enc(DEPT)}`));
    expect(live.nodes.map((n) => n.id)).not.toContain(SCHNEIDER);
    // Positions of the journalist's own arrangement, unlike anything the live layout would compute.
    const arranged = live.nodes.map((n, i) => ({ ...n, x: 37 + i * 141.5, y: i % 2 ? -60.25 : 80 }));
    const input: SnapshotInput = {
      title: '普陀区委组织部的关系',
      caption: '2023年4月的报道所见',
      lang: 'zh',
      asOf: '2023-04-30',
      nodes: arranged,
      edges: live.edges,
      citations: [
        {
          id: ARTICLE,
          title: '党建火红,企业红火',
          source: '新民晚报',
          publishedAt: '2023-04-24T15:02:00+08:00',
        },
      ],
    };
    expect((await saveSnapshot(input, 'not-the-token')).status).toBe(401);
    const saved = await saveSnapshot(input);
    expect(saved.status).toBe(201);
    const { id, embedPath } = (await saved.json()) as SnapshotCreated;
    expect(embedPath).toBe(`/embed/view/${id}`);

    const frozen = await openEmbed(embedPath);
    expect(positions(await drawn(frozen))).toEqual(positions({ nodes: arranged, edges: [] }));
    expect(await frozen.locator('.embed-title').textContent()).toBe('普陀区委组织部的关系');
    expect(await frozen.locator('.embed-badge').textContent()).toContain('截至 2023-04-30');
    expect(await frozen.locator('.embed-caption').textContent()).toContain('2023年4月的报道所见');
    expect(await frozen.locator('.embed-citations a').getAttribute('href')).toBe(`/article/${ARTICLE}`);
    await expect
      .poll(() => hostMessages(page))
      .toContainEqual(
        expect.objectContaining({
          data: { type: 'guanxi:ready', nodes: arranged.length, edges: live.edges.length },
        }),
      );
    await screenshot(page, 'embed-frozen-before');

    // A later article adds a partner of the department.
    await loadAnnotations(ctx.db, [followUpAnnotation()]);
    const grown = await drawn(await openEmbed(`/embed/entity/${enc(DEPT)}`));
    expect(grown.nodes.map((n) => n.id)).toContain(SCHNEIDER);
    await screenshot(page, 'embed-live-after');

    const again = await drawn(await openEmbed(embedPath));
    expect(again.nodes.map((n) => n.id).sort()).toEqual(arranged.map((n) => n.id).sort());
    expect(positions(again)).toEqual(positions({ nodes: arranged, edges: [] }));
    expect(again.edges.map((e) => e.id).sort()).toEqual(live.edges.map((e) => e.id).sort());
    await screenshot(page, 'embed-frozen-after');

    const oembed = await fetch(`${base}/api/oembed?url=${enc(`${base}${embedPath}`)}`);
    expect(((await oembed.json()) as OEmbedResponse).title).toBe('普陀区委组织部的关系');
    expect(errors).toEqual([]);
  });

  it('is stored text: names that look like markup are shown as written', async () => {
    const name = '<img src=x onerror="window.pwned=1">';
    const input: SnapshotInput = {
      title: `<b>${name}</b>`,
      caption: '<script>window.pwned=2</script>',
      lang: 'en',
      asOf: null,
      nodes: [{ id: 'x', type: 'Organization', kind: 'company', name, subtitle: null, x: 0, y: 0 }],
      edges: [],
      citations: [{ id: 'c1', title: name, source: null, publishedAt: null }],
    };
    const { embedPath } = (await (await saveSnapshot(input)).json()) as SnapshotCreated;
    const frame = await openEmbed(embedPath);
    expect(await frame.locator('.embed-title').textContent()).toBe(`<b>${name}</b>`);
    expect(await frame.locator('.embed-caption').textContent()).toContain('<script>');
    expect(await frame.locator('.embed-citations').textContent()).toContain(name);
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await frame.locator('.embed-open').textContent()).toContain('Open in guanxi');
  });
});
