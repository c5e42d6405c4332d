import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, newPage, screenshot } from '../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../support/browser-session.ts';
import { nodeIds, waitForNodes } from '../../../support/cy-page.ts';
import { explorerApp, IDS } from '../../../support/explorer-fixtures.ts';

/** Errors are screens, not blanks: bad addresses, things that do not exist, no path, a server away. */

let session: BrowserSession;
let page: Page;
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => explorerApp(), { reuseBase: true });
  ({ page, base } = session);
});

afterAll(() => session?.close());

const enc = encodeURIComponent;
const LATIN_SENTENCE = /[A-Za-z]{3,} [A-Za-z]{3,}/;

describe('errors are screens', () => {
  it('shows the view of a URL with bad parameters, says which were ignored, and drops them', async () => {
    await page.goto(
      `${base}/entity/${enc(IDS.lihongzhen)}?asOf=2023-13-45&layout=nope&more=Alien:x&x=${enc(IDS.organisationDept)}`,
    );
    await waitForNodes(page, 5);
    const notice = page.getByTestId('url-notice');
    await expect.poll(() => notice.textContent()).toContain('asOf=2023-13-45');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('layout=nope');
    expect(text).toContain('more=Alien:x');
    expect(text).toContain('已忽略');
    // What could be read is drawn: the expansion in the URL is there, nothing is hidden by a date.
    await expect.poll(() => nodeIds(page)).toContain('person:卢礼卿');
    expect(await page.getByTestId('as-of-value').textContent()).not.toContain('2023-13-45');
    expect(await page.getByRole('combobox', { name: '布局' }).inputValue()).toBe('fcose');
    await screenshot(page, 'errors-1-bad-parameters');
  });

  it('gives an unknown entity a not-found page in the UI language with search', async () => {
    await page.goto(`${base}/entity/${enc('person:不存在的人')}`);
    const screen = page.getByTestId('not-found');
    await expect.poll(() => screen.locator('h1').textContent()).toBe('找不到这个实体');
    expect(await screen.textContent()).toContain('person:不存在的人');
    expect(await screen.textContent()).not.toMatch(LATIN_SENTENCE);
    await screen.getByRole('combobox').fill('李红珍');
    await screen
      .getByRole('option', { name: /李红珍/ })
      .first()
      .click();
    await page.waitForURL(/\/entity\/person/);
    await waitForNodes(page, 3);
    await screenshot(page, 'errors-2-found-from-not-found');
  });

  it('gives an unknown article and an unknown page a not-found page too', async () => {
    await page.goto(`${base}/article/0000000000000000`);
    await expect.poll(() => page.getByTestId('not-found').locator('h1').textContent()).toBe('找不到这篇文章');
    await page.goto(`${base}/no/such/page`);
    await expect.poll(() => page.getByTestId('not-found').locator('h1').textContent()).toBe('没有这个页面');
    await screenshot(page, 'errors-3-no-such-page');
  });

  it('says in words that no path connects two entities', async () => {
    await page.goto(`${base}/path?from=${enc(IDS.xss)}&to=${enc('place:上海市')}&maxLength=1`);
    await expect.poll(() => page.getByTestId('no-path').textContent()).toContain('1 步以内没有路径连接二者');
  });

  it('says so in every waiting element while the server is away, and recovers by itself', async () => {
    const p = await newPage(session.browser, 'zh-CN');
    const errors = collectPageErrors(p);
    await p.route('**/api/**', (route) => route.abort('connectionrefused'));
    await p.goto(base);
    const waiting = p.getByText('暂时连不上服务器，正在自动重试');
    await expect.poll(() => waiting.count()).toBeGreaterThan(0);
    await p.getByRole('combobox', { name: /搜索人物/ }).fill('李红珍');
    await expect.poll(() => p.locator('.combobox-status').textContent()).toContain('暂时连不上服务器');
    await screenshot(p, 'errors-4-server-away');
    await p.unroute('**/api/**');
    await expect.poll(() => p.getByTestId('latest-articles').count()).toBe(1);
    await expect.poll(() => waiting.count()).toBe(0);
    expect(errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to fetch/.test(e))).toEqual([]);
    await p.close();
  });
});
