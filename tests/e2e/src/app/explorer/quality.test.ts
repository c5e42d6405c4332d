import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnnotations } from '../../../../../graph/loader/load-annotations.ts';
import { TYPE_LOOK } from '../../../../../src/lib/entity-look.ts';
import {
  collectPageErrors,
  newPage,
  screenshot,
  seriousA11yViolations,
} from '../../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../../support/browser-session.ts';
import { nodeIds, waitForNodes, waitForStill } from '../../../../support/cy-page.ts';
import { explorerAnnotations, explorerApp, IDS } from '../../../../support/explorer-fixtures.ts';
import type { SeededApp } from '../../../../support/test-app.ts';

/** The quality bar: an empty database, accessibility, keyboard, languages, failures, drawing by type. */

let session: BrowserSession;
let ctx: SeededApp;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => explorerApp([]));
  ({ page, browser, base } = session);
  ctx = session.ctx as SeededApp;
});

afterAll(() => session?.close());

const entity = (id: string) => `/entity/${encodeURIComponent(id)}`;

describe('quality of the explorer', () => {
  it('says how to load articles when the database is empty', async () => {
    await page.goto(base);
    const empty = page.getByTestId('empty-db');
    await expect.poll(() => empty.textContent()).toContain('npm run ingest -- FILES');
    expect(await empty.textContent()).toContain('npm run seed');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'quality-1-empty-database');
    await loadAnnotations(ctx.db, explorerAnnotations());
  });

  it('has no serious or critical axe violations on any route, in Chinese and in English', async () => {
    const seedArticle = 'f272be3deda32c55';
    const routes: { path: string; ready: (p: Page) => Promise<unknown>; name: string }[] = [
      { name: 'home', path: '/', ready: (p) => p.getByTestId('stats').waitFor() },
      {
        name: 'entity',
        path: entity(IDS.lihongzhen),
        ready: async (p) => {
          await waitForNodes(p, 5);
          await waitForStill(p);
        },
      },
      {
        name: 'path',
        path: `/path?from=${encodeURIComponent(IDS.lihongzhen)}&to=${encodeURIComponent(IDS.schneider)}`,
        ready: (p) => p.getByTestId('path-list').waitFor(),
      },
      {
        name: 'article',
        path: `/article/${seedArticle}?start=378&end=455`,
        ready: (p) => p.getByTestId('related').locator('li').first().waitFor(),
      },
    ];
    const found: Record<string, unknown> = {};
    for (const locale of ['zh-CN', 'en-US']) {
      const p = await newPage(browser, locale);
      for (const route of routes) {
        await p.goto(base + route.path);
        await route.ready(p);
        const violations = await seriousA11yViolations(p);
        if (violations.length > 0) found[`${locale} ${route.name}`] = violations;
      }
      await p.goto(base + entity(IDS.lihongzhen));
      await waitForNodes(p, 5);
      await p.getByRole('button', { name: locale === 'en-US' ? 'Table' : '表格', exact: true }).click();
      await p.getByTestId('element-table').waitFor();
      const table = await seriousA11yViolations(p);
      if (table.length > 0) found[`${locale} table`] = table;
      await p.close();
    }
    expect(found).toEqual({});
  }, 300_000);

  it('can be used from the keyboard: search, skip link, tabs, table rows', async () => {
    await page.goto(base);
    await page.getByTestId('stats').waitFor();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('lihongzhen');
    await expect.poll(() => page.getByTestId('search').getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entity\//);
    await waitForNodes(page, 5);

    await page.reload();
    await waitForNodes(page, 5);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');

    const tableButton = page.getByRole('button', { name: '表格', exact: true });
    await tableButton.focus();
    await page.keyboard.press('Enter');
    const firstRow = page.getByTestId('element-table').locator('tbody .row-button').first();
    await firstRow.focus();
    const name = (await firstRow.locator('[lang="zh"]').first().textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('entity-details').locator('h2').textContent()).toBe(name);

    const details = page.getByRole('tab', { name: '详情' });
    await details.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('筛选');
    expect(await page.getByRole('tab', { name: '筛选' }).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'quality-2-keyboard');
  });

  it('walks the canvas with the keyboard: arrows between neighbours, Enter expands', async () => {
    await page.goto(base + entity(IDS.lihongzhen));
    await waitForNodes(page, 5);
    await waitForStill(page);
    const selected = () =>
      page.evaluate(() => (window.__guanxiCy?.$('node:selected') ?? []).map((n) => n.id()));
    await page.getByTestId('graph-canvas').focus();
    // With nothing selected, the first arrow selects the focus.
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toEqual([IDS.lihongzhen]);
    const announce = page.getByTestId('canvas-announce');
    await expect.poll(() => announce.textContent()).toContain('李红珍');
    const neighbours = await page.evaluate(
      (id) => (window.__guanxiCy?.getElementById(id).neighborhood('node') ?? []).map((n) => n.id()),
      IDS.lihongzhen,
    );
    let moved: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = await selected();
      if (moved[0] !== IDS.lihongzhen) break;
    }
    expect(moved).toHaveLength(1);
    expect(neighbours).toContain(moved[0]);
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`x=${moved[0]}`);
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
  });

  it('switches the interface language and remembers it', async () => {
    await page.goto(base + entity(IDS.lihongzhen));
    await waitForNodes(page, 5);
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Details' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const labels = await page.evaluate(() =>
      window.__guanxiCy?.getElementById('person:李红珍').data('label'),
    );
    expect(labels).toBe('李红珍\nli hong zhen');
    await page.reload();
    await expect.poll(() => page.getByRole('tab', { name: 'Details' }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('guanxi.language'))).toBe('en');
    await waitForStill(page);
    await screenshot(page, 'quality-3-english');
    await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '详情' }).count()).toBe(1);
  });

  it('says so while the graph database is unreachable, and recovers by itself', async () => {
    const errors = collectPageErrors(page);
    await page.route('**/api/entities/*/neighborhood**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: 'database_unavailable',
          message: 'The graph database is not reachable.',
        }),
      }),
    );
    await page.goto(base + entity(IDS.organisationDept));
    const waiting = page.getByRole('status').filter({ hasText: '暂时连不上服务器，正在自动重试' });
    await expect.poll(() => waiting.count()).toBeGreaterThan(0);
    await screenshot(page, 'quality-4-unreachable');
    await page.unroute('**/api/entities/*/neighborhood**');
    await waitForNodes(page, 3);
    await expect.poll(() => page.getByText('暂时连不上服务器').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lays organisation trees out as a hierarchy, the body above its members', async () => {
    await page.goto(base + entity(IDS.lihongzhen));
    await waitForNodes(page, 5);
    await page.getByRole('combobox', { name: '布局' }).selectOption('dagre');
    await expect.poll(() => page.url()).toContain('layout=dagre');
    await waitForStill(page);
    const y = (id: string) =>
      page.evaluate((nodeId) => window.__guanxiCy?.getElementById(nodeId).position('y') ?? 0, id);
    expect(await y(IDS.lihongzhen)).toBeGreaterThan(await y(IDS.organisationDept));
    expect(await y(IDS.organisationDept)).toBeGreaterThan(await y('org:上海市普陀区委'));
    await screenshot(page, 'quality-5-hierarchy');
  });

  it('draws each node in the colour of its type (preset positions)', async () => {
    await page.goto(base + entity(IDS.lihongzhen));
    await waitForNodes(page, 5);
    await waitForStill(page);
    // Preset positions: a row, the same on every run, so pixels can be checked.
    const samples = await page.evaluate(async () => {
      const cy = window.__guanxiCy;
      if (!cy) return [];
      cy.nodes().unselect();
      cy.nodes().forEach((n, i) => {
        n.unlock();
        n.position({ x: i * 160, y: 0 });
      });
      cy.fit(undefined, 60);
      // cy.png draws the scene afresh from the positions just set.
      const img = new Image();
      img.src = cy.png({ full: false, scale: 1, bg: '#ffffff' });
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx2d = canvas.getContext('2d');
      if (!ctx2d) return [];
      ctx2d.drawImage(img, 0, 0);
      return cy.nodes().map((n) => {
        const box = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        const counts = new Map<string, number>();
        const data = ctx2d.getImageData(
          Math.round(box.x1),
          Math.round(box.y1),
          Math.round(box.w),
          Math.round(box.h),
        ).data;
        for (let i = 0; i < data.length; i += 4) {
          const key = [data[i], data[i + 1], data[i + 2]].map((v) => Math.round((v ?? 0) / 8) * 8).join(',');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const [top] = [...counts]
          .filter(([k]) => k !== '256,256,256' && k !== '248,248,248')
          .sort((a, b) => b[1] - a[1]);
        return { type: String(n.data('type')), rgb: top?.[0] ?? '' };
      });
    });
    await screenshot(page, 'quality-6-preset-positions');
    expect(samples.length).toBeGreaterThanOrEqual(5);
    for (const { type, rgb } of samples) {
      const hex = TYPE_LOOK[type as keyof typeof TYPE_LOOK].color;
      const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const got = rgb.split(',').map(Number);
      const distance = Math.max(...want.map((w, i) => Math.abs(w - (got[i] ?? 0))));
      expect(distance, `${type}: ${rgb} vs ${hex}`).toBeLessThanOrEqual(12);
    }
    expect((await nodeIds(page)).length).toBe(samples.length);
  });
});
