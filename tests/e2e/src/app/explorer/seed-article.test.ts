import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../../support/browser-session.ts';
import { canvasLabels, pointOf, waitForStill } from '../../../../support/cy-page.ts';
import { seededApp } from '../../../../support/test-app.ts';

let session: BrowserSession;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => seededApp());
  ({ page, errors, base } = session);
});

afterAll(() => session?.close());

describe('exploring the seed article', () => {
  it('searches 李红珍, opens her graph, expands a node and reads the evidence of an edge', async () => {
    await page.goto(base);
    const box = page.getByRole('combobox', { name: /搜索/ });
    await box.fill('李红珍');
    const option = page.getByRole('option').first();
    await expect.poll(() => option.textContent()).toContain('李红珍');
    expect(await page.getByRole('listbox').first().textContent()).toContain('人物 · 1');
    await box.press('Enter');
    await page.waitForURL(/\/entity\/person(:|%3A)/);

    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(() => canvas.getAttribute('data-nodes')).toBe('4');
    await waitForStill(page);
    const details = page.getByTestId('entity-details');
    await expect.poll(() => details.textContent()).toContain('普陀区委组织部 · 部长');
    const first = await canvasLabels(page);
    expect(first.nodes.sort()).toEqual(
      ['李红珍', '普陀区委', '普陀区委组织部', '“数智炬生”未来岛亿数街党建联盟成立'].sort(),
    );
    expect(first.edges).toEqual(expect.arrayContaining(['常委', '部长', '讲话', '启动']));
    await screenshot(page, 'seed-lihongzhen');

    const org = await pointOf(page, { node: '普陀区委组织部' });
    await page.mouse.dblclick(org.x, org.y);
    await expect.poll(async () => (await canvasLabels(page)).nodes).toContain('卢礼卿');
    await waitForStill(page);
    await screenshot(page, 'seed-expanded');

    const edge = await pointOf(page, { edgeLabel: '部长' });
    await page.mouse.click(edge.x, edge.y);
    const evidence = page.getByTestId('edge-details');
    await expect.poll(() => evidence.textContent()).toContain('普陀区委常委、组织部部长李红珍在讲话中');
    expect(await evidence.textContent()).toContain('新民晚报');
    await screenshot(page, 'seed-evidence');
    expect(errors).toEqual([]);
  });
});
