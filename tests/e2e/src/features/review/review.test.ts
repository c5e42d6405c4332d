import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorrected } from '../../../../../graph/corrections/load-corrected.ts';
import { screenshot } from '../../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../../support/browser-session.ts';
import { waitForStill } from '../../../../support/cy-page.ts';
import { KEWEI, KEWEI_LONG, secondArticle, seedAnnotation } from '../../../../support/seed-annotation.ts';
import { seededApp } from '../../../../support/test-app.ts';

/** A reviewer corrects an article on the review page, then merges two entities in the explorer. */

const TOKEN = 'e2e-review-token';
const A = 'f272be3deda32c55';

let session: BrowserSession;
let page: Page;
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(async () => {
    const app = await seededApp([], { apiToken: TOKEN, apiTokenLabel: 'reviewer' });
    await loadCorrected(app.db, [seedAnnotation(), secondArticle('党建联盟再报道')]);
    return app;
  });
  ({ page, base } = session);
});

afterAll(() => session?.close());

/** Selects the first occurrence of `text` in the review text as a person would, ending with a mouse-up. */
async function selectText(page: Page, text: string) {
  await page.getByTestId('review-text').evaluate((el, wanted) => {
    const offset = (el.textContent ?? '').indexOf(wanted);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!started && offset < seen + length) {
        range.setStart(node, offset - seen);
        started = true;
      }
      if (started && offset + wanted.length <= seen + length) {
        range.setEnd(node, offset + wanted.length - seen);
        break;
      }
      seen += length;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}

// Each step is a correction that loads an article again in one transaction; on a loaded 2-core machine the
// review's three corrections and its screenshots went past the default 60 s once.
describe('review and correction', { timeout: 180_000 }, () => {
  it('reviews an article: rejects an entity, adds a missed one from selected text, marks it reviewed', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/review`);
    const queue = page.getByTestId('review-queue');
    await expect.poll(() => queue.textContent()).toContain('党建联盟再报道');
    await queue.getByRole('link').filter({ hasText: '数智炬生' }).first().click();
    await page.waitForURL((url) => url.pathname === `/review/${A}`);
    await page.getByTestId('correction-token').fill(TOKEN);

    const row = page.locator('.review-entities li[data-entity="person:肖立"]');
    await row.getByTestId('reject').click();
    await expect.poll(() => page.getByTestId('review-rejected').textContent()).toContain('肖立');

    await selectText(page, '亿数街');
    await expect.poll(() => page.getByTestId('selection').textContent()).toContain('亿数街');
    await page.getByTestId('add-entity-type').selectOption('Place');
    await page.getByTestId('add-entity-button').click();
    await expect.poll(() => page.locator('.review-entities li[data-entity="place:亿数街"]').count()).toBe(1);
    await screenshot(page, 'review-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'review-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    // A kind is named in the page's language, and retyping keeps the type while changing its kind.
    const park = page.locator('.review-entities li[data-entity="place:未来岛园区"]');
    await expect.poll(() => park.locator('.muted').textContent()).toContain('地点 · 园区');
    await park.getByRole('button', { name: '编辑' }).click();
    const kindPicker = park.getByLabel('细类');
    expect(await kindPicker.inputValue()).toBe('park');
    await kindPicker.selectOption('zone');
    await park.getByRole('button', { name: '改类型' }).click();
    await expect.poll(() => park.locator('.muted').textContent()).toContain('地点 · 开发区');

    await page.getByTestId('mark-reviewed').click();
    await expect.poll(() => page.getByTestId('reviewed-badge').textContent()).toContain('reviewer');
    expect(await page.getByTestId('correction-history').textContent()).toContain('肖立');
  });

  it('merges two entities in the explorer, shows the history, and the old URL opens the survivor', async () => {
    await page.goto(`${base}/entity/${encodeURIComponent(KEWEI_LONG)}`);
    const details = page.getByTestId('entity-details');
    await expect.poll(() => details.locator('h2').textContent()).toBe('普陀区科学技术委员会');
    await details.getByRole('button', { name: '更正此实体…' }).click();
    const box = page.getByTestId('merge-into').locator('input');
    await box.fill('上海市普陀区科委');
    await expect
      .poll(() => page.getByTestId('merge-into').getByRole('option').first().textContent())
      .toContain('科委');
    await box.press('Enter');
    await page.getByTestId('merge-button').click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/entity/${KEWEI}`);
    await expect.poll(() => details.locator('h2').textContent()).not.toBe('普陀区科学技术委员会');
    await expect.poll(() => page.getByTestId('corrected-badge').count()).toBe(1);
    expect(await page.getByTestId('correction-history').textContent()).toContain('普陀区科学技术委员会');
    await waitForStill(page);
    await screenshot(page, 'merge-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'merge-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto(`${base}/entity/${encodeURIComponent(KEWEI_LONG)}`);
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/entity/${KEWEI}`);
    await expect.poll(() => details.locator('h2').textContent()).not.toBe('普陀区科学技术委员会');
  });
  it('splits an entity by its articles: the ticked article moves to a new entity of the name given', async () => {
    await page.goto(`${base}/entity/${encodeURIComponent(KEWEI)}`);
    const details = page.getByTestId('entity-details');
    await expect.poll(() => details.locator('.article-list li').count()).toBe(2);
    await details.getByRole('button', { name: '更正此实体…' }).click();
    const form = page.getByTestId('split-form');
    await form.getByRole('checkbox', { name: '党建联盟再报道' }).check();
    await form.getByRole('textbox').fill('普陀区科学技术委员会');
    await screenshot(page, 'split-1440');
    await form.getByTestId('split-button').click();
    await page.waitForURL((url) => {
      const path = decodeURIComponent(url.pathname);
      return path.startsWith('/entity/org:普陀区科学技术委员会');
    });
    await expect.poll(() => details.locator('h2').textContent()).toBe('普陀区科学技术委员会');
    await expect.poll(() => details.locator('.article-list li').count()).toBe(1);
    expect(await details.locator('.article-list').textContent()).toContain('党建联盟再报道');
    await expect.poll(() => page.getByTestId('corrected-badge').count()).toBe(1);
  });
});
