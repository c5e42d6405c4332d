import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../support/browser-session.ts';
import { waitForNodes } from '../../../support/cy-page.ts';
import { explorerApp, FOLLOW_UP_TITLE, IDS } from '../../../support/explorer-fixtures.ts';

/** A way in through the articles: the start page's lists and the full-text search. */

let session: BrowserSession;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => explorerApp(), { reuseBase: true });
  ({ page, errors, base } = session);
});

afterAll(() => session?.close());

describe('the start page', () => {
  it('lists the latest real articles, counts link stubs apart, and opens one in the reader', async () => {
    await page.goto(base);
    const latest = page.getByTestId('latest-articles');
    await expect.poll(() => latest.getByRole('listitem').count()).toBeGreaterThan(3);
    const stats = (await page.getByTestId('stats').textContent()) ?? '';
    expect(stats).toMatch(/图中有 \d+ 篇文章（另有 \d+ 篇仅见于链接、尚未收录）/);
    expect(await latest.textContent()).toContain('长三角智能制造测试联盟成立');
    expect(await page.getByTestId('corpus-glance').textContent()).toMatch(/2023-06.*篇文章/);
    expect(await page.getByTestId('corpus-glance').textContent()).toContain('新民晚报');
    await screenshot(page, 'home-1-start-page');
    await latest.getByRole('link', { name: /长三角智能制造测试联盟成立/ }).click();
    await page.waitForURL(/\/article\/[0-9a-f]{16}$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('长三角智能制造测试联盟成立');
  });

  it('opens the most connected organisation in the explorer', async () => {
    await page.goto(base);
    const connected = page.getByTestId('most-connected');
    await connected.getByRole('button', { name: /长三角智能制造测试联盟/ }).click();
    await page.waitForURL(new RegExp(`/entity/${encodeURIComponent(IDS.hub).replace(/[()]/g, '\\$&')}`));
    await waitForNodes(page, 50);
  });

  it('finds an article by a phrase of its text and shows the hit in context', async () => {
    await page.goto(base);
    const search = page.getByTestId('article-search');
    await search.getByRole('searchbox').fill('继续支持园区企业');
    await search.getByRole('button', { name: '搜索文章' }).click();
    await page.waitForURL(/\/search\?q=/);
    const hits = search.getByRole('listitem');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().getByRole('link').textContent()).toBe(FOLLOW_UP_TITLE);
    expect(await hits.first().locator('mark').allTextContents()).toEqual(['继续支持园区企业']);
    await screenshot(page, 'home-2-article-search');

    await search.getByRole('searchbox').fill('没有这句话的文章');
    await search.getByRole('button', { name: '搜索文章' }).click();
    await expect.poll(() => search.getByRole('status').textContent()).toContain('没有文章包含');
    await page.goBack();
    await expect.poll(() => hits.count()).toBe(1);
  });

  it('offers the article search from the entity search box when no name matches', async () => {
    await page.goto(base);
    const box = page.getByRole('combobox', { name: /搜索人物/ });
    await box.fill('数字化转型');
    const option = page.getByRole('option', { name: /在文章中搜索“数字化转型”/ });
    await option.waitFor();
    await option.click();
    await page.waitForURL(/\/search\?q=/);
    const hits = page.getByTestId('article-search').getByRole('listitem');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator('mark').first().textContent()).toBe('数字化转型');
    expect(errors).toEqual([]);
  });
});
