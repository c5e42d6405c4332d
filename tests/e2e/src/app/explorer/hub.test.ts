import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortKey } from '../../../../../src/lib/view/short-key.ts';
import { collectPageErrors, newPage, screenshot } from '../../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../../support/browser-session.ts';
import {
  classesOf,
  clickInQuickSuccession,
  clickNode,
  nodeIds,
  waitForNodes,
  waitForStill,
} from '../../../../support/cy-page.ts';
import { explorerApp, HUB_COMPANIES, HUB_PEOPLE, IDS } from '../../../../support/explorer-fixtures.ts';

/** An analyst at a hub: paging through its members, centrality, the table, and editing the view. */

let session: BrowserSession;
let browser: Browser;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => explorerApp(), { reuseBase: true });
  ({ page, browser, errors, base } = session);
});

afterAll(() => session?.close());

const decodedUrl = () => decodeURIComponent(page.url());
const companyA = 'org:华达智能科技有限公司';
const companyB = 'org:华通智能科技有限公司';

describe('an alliance with more members than one page', () => {
  it('shows the first page and how many were left out by type, and loads the rest on demand', async () => {
    await page.goto(`${base}/entity/${encodeURIComponent(IDS.hub)}`);
    await waitForNodes(page, 100);
    expect((await nodeIds(page)).length).toBe(100);
    const omitted = page.getByTestId('omitted-bar');
    await expect.poll(() => omitted.textContent()).toMatch(/\+\d+ 个机构/);
    expect(await classesOf(page, IDS.hub)).toContain('truncated');
    await waitForStill(page);
    await screenshot(page, 'hub-1-first-page');

    await omitted.getByRole('button', { name: /另外 \d+ 个机构/ }).click();
    await expect.poll(() => decodedUrl()).toContain(`more=Organization:${IDS.hub}`);
    await expect.poll(() => omitted.getByRole('button', { name: /个机构/ }).count()).toBe(0);
    const people = omitted.getByRole('button', { name: /另外 \d+ 个人物/ });
    if ((await people.count()) > 0) await people.click();
    const everyone = 1 + HUB_COMPANIES + 1 + HUB_PEOPLE + 1;
    await expect.poll(async () => (await nodeIds(page)).length).toBe(everyone);
    await expect.poll(() => page.getByTestId('omitted-bar').count()).toBe(0);
    await waitForStill(page);
    await screenshot(page, 'hub-2-all-members');
  });

  it('ranks who connects the clusters, and sizes the nodes by it', async () => {
    await page.getByRole('tab', { name: '分析' }).click();
    const rank = page.getByTestId('rank-table');
    await expect
      .poll(() => rank.locator('tbody tr').first().textContent())
      .toContain('长三角智能制造测试联盟');
    await page.getByRole('combobox', { name: '节点大小依据' }).selectOption('betweenness');
    await expect.poll(() => decodedUrl()).toContain('size=betweenness');
    const sizes = await page.evaluate(
      ([hub, member]) => {
        const cy = window.__guanxiCy;
        return [cy?.getElementById(hub).data('size'), cy?.getElementById(member).data('size')] as number[];
      },
      [IDS.hub, companyA] as const,
    );
    expect(sizes[0]).toBeGreaterThan(sizes[1] as number);
    await waitForStill(page);
    await screenshot(page, 'hub-3-betweenness');
  });

  it('lists the view as a sortable table that selects as the canvas does', async () => {
    await page.getByRole('button', { name: '表格', exact: true }).click();
    const table = page.getByTestId('element-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(100);
    const nameHeader = table.getByRole('columnheader', { name: /名称/ });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await table.getByRole('button', { name: /华达智能科技有限公司/ }).click();
    await expect
      .poll(() => page.getByTestId('entity-details').locator('h2').textContent())
      .toBe('华达智能科技有限公司');
    await screenshot(page, 'hub-4-table');
    await table.getByRole('tab', { name: /关系/ }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(100);
    await page.getByRole('button', { name: '关系图', exact: true }).click();
    expect(await page.evaluate((id) => window.__guanxiCy?.getElementById(id).selected(), companyA)).toBe(
      true,
    );
  });

  it('selects several nodes, pins and removes them, and undoes and redoes each step', async () => {
    // A click and a quick Ctrl-click on another node select both and expand nothing (Cytoscape reports
    // the two as a double tap on the second).
    await clickInQuickSuccession(page, [{ id: companyA }, { id: companyB, ctrl: true }]);
    await expect.poll(() => page.locator('.multi-selection').textContent()).toContain('已选 2 个元素');
    await waitForStill(page);
    expect(decodedUrl()).not.toContain(`x=${companyB}`);
    expect(await classesOf(page, companyB)).not.toContain('expanded');

    await page.keyboard.press('p');
    await expect.poll(() => decodedUrl()).toContain(`pin=${shortKey(companyB)}_`);
    expect(await classesOf(page, companyA)).toContain('pinned');
    // Pinned nodes hold their place when the whole view is laid out again.
    await waitForStill(page);
    const where = () =>
      page.evaluate((id) => {
        const p = window.__guanxiCy?.getElementById(id).position();
        return p ? [Math.round(p.x), Math.round(p.y)] : null;
      }, companyA);
    const before = await where();
    await page.getByRole('button', { name: '重新布局' }).click();
    await waitForStill(page);
    expect(await where()).toEqual(before);
    await clickNode(page, companyA);
    await clickNode(page, companyB, { modifiers: ['Control'] });

    await page.keyboard.press('Delete');
    await expect.poll(() => nodeIds(page)).not.toContain(companyA);
    expect(await nodeIds(page)).not.toContain(companyB);
    expect(decodedUrl()).toContain(`rm=${companyA}`);
    await expect.poll(() => page.getByRole('button', { name: '恢复 2 个已移出' }).count()).toBe(1);
    await screenshot(page, 'hub-5-removed');

    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeIds(page)).toContain(companyA);
    expect(await classesOf(page, companyA)).toContain('pinned');
    await page.keyboard.press('Control+z');
    await expect.poll(() => classesOf(page, companyA)).not.toContain('pinned');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => classesOf(page, companyA)).toContain('pinned');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => nodeIds(page)).not.toContain(companyA);
    expect(errors).toEqual([]);
  });

  it('draws with the WebGL renderer when asked and available, and with the canvas otherwise', async () => {
    const other = await newPage(browser, 'zh-CN');
    const otherErrors = collectPageErrors(other);
    await other.goto(`${base}/entity/${encodeURIComponent(IDS.hub)}?renderer=webgl`);
    await waitForNodes(other, 100);
    const renderer = await other.getByTestId('graph-canvas').getAttribute('data-renderer');
    const webgl = await other.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')));
    expect(renderer).toBe(webgl ? 'webgl' : 'canvas');
    await waitForStill(other);
    await screenshot(other, `hub-6-renderer-${renderer}`);
    expect(otherErrors.filter((e) => !/WebGL|GPU|gl_/i.test(e))).toEqual([]);
    await other.close();
  });
});
