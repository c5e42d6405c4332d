import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../../graph/config.ts';
import {
  collectPageErrors,
  launchChromium,
  screenshot,
  seriousA11yViolations,
} from '../../../../support/browser.ts';
import { seedAnnotation } from '../../../../support/graph-fixtures.ts';
import {
  embedFrame,
  type HostPage,
  hostMessages,
  startHostPage,
  waitForEmbed,
} from '../../../../support/host-page.ts';
import { buildSpa, type SeededApp, seededApp } from '../../../../support/test-app.ts';

/**
 * The embed dialog in Chromium, as the explorer will mount it: a harness page on the app's origin
 * (built here with Vite from src/features/embed-dialog, served by the test app) draws a Cytoscape view
 * of 李红珍 and mounts <EmbedButton>. The snippets it produces are then loaded in a host page.
 */
const TOKEN = 'embed-dialog-token';
const LI = 'person:李红珍';
const enc = encodeURIComponent;

/** Plain JS (no JSX): the virtual module is not run through the JSX transform. */
const HARNESS = `
import cytoscape from 'cytoscape';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '/src/lib/query-client.ts';
import { EmbedButton } from '/src/features/embed-dialog/EmbedButton.tsx';
import '/src/styles/base.css';

const q = new URLSearchParams(location.search);
const id = q.get('entity');
const lang = q.get('lang') === 'en' ? 'en' : 'zh';
const graph = await (await fetch('/api/entities/' + encodeURIComponent(id) + '/neighborhood')).json();
const container = document.getElementById('canvas');
container.style.width = '900px';
container.style.height = '500px';
const cy = cytoscape({
  container,
  elements: [
    ...graph.nodes.map((n, i) => ({
      group: 'nodes',
      data: { id: n.id, label: n.name + '\\n' + (n.pinyin ?? ''), type: n.type, kind: n.kind ?? '' },
      position: { x: 100 + 150 * i, y: 80 + 60 * (i % 3) },
    })),
    { group: 'nodes', data: { id: 'hidden-one', label: 'hidden', type: 'Person', kind: '' }, classes: 'hidden', position: { x: 0, y: 0 } },
    ...graph.edges.map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, label: e.properties.title ?? e.type, weight: e.properties.weight ?? 1 },
    })),
  ],
  style: [{ selector: '.hidden', style: { display: 'none' } }, { selector: 'node', style: { label: 'data(label)' } }],
  layout: { name: 'preset' },
});
window.__guanxiCy = cy;
const name = graph.nodes.find((n) => n.id === id)?.name ?? id;
createRoot(document.getElementById('root')).render(
  h(QueryClientProvider, { client: createQueryClient() },
    h(EmbedButton, { cy, context: { kind: 'entity', id }, contextName: name, asOf: '2023-04-30', lang })),
);
document.body.dataset.ready = 'yes';
`;

const HARNESS_HTML = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>embed dialog harness</title>
<link rel="stylesheet" href="/__harness/harness.css"></head>
<body><main><h1>Harness</h1><div id="root"></div><div id="canvas"></div></main>
<script type="module" src="/__harness/harness.js"></script></body></html>`;

async function buildHarness(outDir: string): Promise<void> {
  await build({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      react(),
      {
        name: 'embed-dialog-harness',
        resolveId: (id) => (id === 'virtual:harness' ? '\0harness' : undefined),
        load: (id) => (id === '\0harness' ? HARNESS : undefined),
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        input: 'virtual:harness',
        output: {
          entryFileNames: 'harness.js',
          chunkFileNames: '[name].js',
          assetFileNames: 'harness[extname]',
        },
      },
    },
  });
}

let ctx: SeededApp;
let host: HostPage;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let base: string;
let harnessDir: string;

beforeAll(async () => {
  await buildSpa();
  harnessDir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-dialog-harness-'));
  await buildHarness(harnessDir);
  ctx = await seededApp([seedAnnotation()], { apiToken: TOKEN });
  ctx.app.get('/__harness/', async (_request, reply) => reply.type('text/html').send(HARNESS_HTML));
  ctx.app.get<{ Params: { file: string } }>('/__harness/:file', async (request, reply) => {
    const file = path.basename(request.params.file);
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    return reply.type(type).send(await readFile(path.join(harnessDir, file)));
  });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  host = await startHostPage();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  errors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await ctx?.close();
  if (harnessDir) await rm(harnessDir, { recursive: true, force: true });
});

async function openDialog(lang = 'zh') {
  await page.goto(`${base}/__harness/?entity=${enc(LI)}&lang=${lang}`);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.getByTestId('embed-button').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

const codeField = () => page.getByRole('textbox', { name: '嵌入代码（iframe）' });
const urlField = () => page.getByRole('textbox', { name: '嵌入地址（用于支持 oEmbed 的网站）' });

describe('the embed dialog', () => {
  it('gives a live iframe snippet and URL with the chosen size, language and host origin', async () => {
    const dialog = await openDialog();
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    const live = `${base}/embed/entity/${enc(LI)}?lang=zh&asOf=2023-04-30`;
    expect(await urlField().inputValue()).toBe(live);
    expect(await codeField().inputValue()).toContain(
      `src="${live.replace('&', '&amp;')}" width="640" height="420"`,
    );
    expect(await codeField().inputValue()).toContain('title="李红珍"');

    await dialog.getByRole('combobox', { name: '尺寸' }).selectOption('large');
    await dialog.getByRole('radio', { name: 'English' }).check();
    await dialog.getByLabel('嵌入网站的源（可选）').fill('not a site');
    expect(await dialog.getByText('请填写 http(s) 源').count()).toBe(1);
    expect(await page.getByTestId('embed-code').count()).toBe(0);
    await dialog.getByLabel('嵌入网站的源（可选）').fill(`${host.origin}/some/article.html`);
    const url = await urlField().inputValue();
    expect(url).toBe(`${base}/embed/entity/${enc(LI)}?lang=en&origin=${enc(host.origin)}&asOf=2023-04-30`);
    expect(await codeField().inputValue()).toContain('width="960" height="600"');

    await dialog.getByRole('combobox', { name: '尺寸' }).selectOption('custom');
    await dialog.getByLabel('宽（像素）').fill('50');
    await dialog.getByLabel('高（像素）').fill('300');
    expect(await codeField().inputValue()).toContain('width="200" height="300"');

    await dialog.getByRole('button', { name: '复制地址' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await dialog.getByRole('status').filter({ hasText: '已复制' }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'embed-dialog-live');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'embed-button',
    );

    // The URL works in a stranger's page, and the embed talks to it (its origin was written in).
    await page.goto(host.url(url));
    await waitForEmbed(await embedFrame(page));
    await expect
      .poll(() => hostMessages(page))
      .toContainEqual(
        expect.objectContaining({ origin: base, data: expect.objectContaining({ type: 'guanxi:ready' }) }),
      );
    expect(errors).toEqual([]);
  });

  it('freezes the view with the token (kept in sessionStorage, never in the URL)', async () => {
    const dialog = await openDialog();
    await dialog.getByRole('radio', { name: /冻结快照/ }).check();
    await dialog.getByLabel('标题', { exact: true }).fill('李红珍的两个职务');
    await dialog.getByLabel('说明', { exact: true }).fill('据 2023 年 4 月的报道');
    await expect.poll(() => dialog.getByText('来源：1 篇文章').count()).toBe(1);
    await dialog.getByLabel('API 令牌').fill('wrong-token');
    await dialog.getByRole('button', { name: '创建快照' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('令牌不正确');
    expect(await page.evaluate(() => sessionStorage.getItem('guanxi.apiToken'))).toBeNull();

    await dialog.getByLabel('API 令牌').fill(TOKEN);
    await dialog.getByRole('button', { name: '创建快照' }).click();
    await expect.poll(() => page.getByTestId('embed-code').count()).toBe(1);
    const url = await urlField().inputValue();
    expect(url).toMatch(new RegExp(`^${base}/embed/view/[A-Za-z0-9_-]+\\?lang=zh$`));
    expect(url).not.toContain(TOKEN);
    expect(await codeField().inputValue()).not.toContain(TOKEN);
    expect(await page.evaluate(() => sessionStorage.getItem('guanxi.apiToken'))).toBe(TOKEN);
    expect(await page.evaluate(() => localStorage.getItem('guanxi.apiToken'))).toBeNull();
    await screenshot(page, 'embed-dialog-frozen');

    // Changing the title makes it a different snapshot: the old snippet goes away until saved again.
    await dialog.getByLabel('标题', { exact: true }).fill('另一个标题');
    expect(await page.getByTestId('embed-code').count()).toBe(0);
    await dialog.getByLabel('标题', { exact: true }).fill('李红珍的两个职务');
    expect(await page.getByTestId('embed-code').count()).toBe(1);

    const drawn = await page.evaluate(() =>
      Object.fromEntries(
        window.__guanxiCy
          ?.nodes(':visible')
          .map((n) => [n.id(), [n.position('x'), n.position('y')]] as [string, number[]]) ?? [],
      ),
    );
    await page.goto(host.url(url));
    const frame = await embedFrame(page);
    await waitForEmbed(frame);
    const frozen = await frame.evaluate(() =>
      Object.fromEntries(
        window.__guanxiCy
          ?.nodes()
          .map((n) => [n.id(), [n.position('x'), n.position('y')]] as [string, number[]]) ?? [],
      ),
    );
    expect(frozen).toEqual(drawn);
    expect(Object.keys(frozen)).not.toContain('hidden-one');
    expect(await frame.locator('.embed-title').textContent()).toBe('李红珍的两个职务');
    expect(await frame.locator('.embed-badge').textContent()).toContain('截至 2023-04-30');
    expect(await frame.locator('.embed-citations a').first().textContent()).toContain('党建火红');
    await screenshot(page, 'embed-dialog-frozen-in-host');
    // The one failed request is the wrong token's 401.
    expect(errors).toEqual([expect.stringContaining('401 (Unauthorized)')]);
  });
});
