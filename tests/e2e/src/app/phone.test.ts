import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot, seriousA11yViolations } from '../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../support/browser-session.ts';
import { drawing, fitOf, waitForNodes, waitForStill } from '../../../support/cy-page.ts';
import { explorerApp, IDS } from '../../../support/explorer-fixtures.ts';

/** The explorer on a phone (390 × 844): the canvas gets the screen, nothing overlaps or scrolls sideways. */

let session: BrowserSession;
let page: Page;
let base: string;
const errors: string[] = [];

beforeAll(async () => {
  session = await openBrowserSession(() => explorerApp(), { reuseBase: true });
  base = session.base;
  page = await newPage(session.browser, 'zh-CN');
  await page.setViewportSize({ width: 390, height: 844 });
  page.on('pageerror', (error) => errors.push(error.message));
});

afterAll(() => session?.close());

/** Where the graph is: inside the part of the canvas no sheet covers, and how much of it it fills. */
async function graphPlace(
  p: Page,
): Promise<{ uncovered: boolean; inside: boolean; fills: number; tall: number }> {
  await waitForStill(p);
  const canvas = await p.getByTestId('graph-canvas').boundingBox();
  const sheet = await p.locator('.sidebar').boundingBox();
  if (!canvas || !sheet) throw new Error('no canvas or sheet');
  return { uncovered: canvas.y + canvas.height <= sheet.y + 1, ...fitOf(await drawing(p)) };
}

const entity = (id: string) => `${base}/entity/${encodeURIComponent(id)}`;

/** How far the page scrolls sideways (0: not at all). */
const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Pairs of visible controls whose boxes overlap, named by their text or label. */
function overlappingControls(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, input, summary, a[href], [role="tab"], canvas.minimap, .legend, .time-bar',
      ),
    ].filter((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Controls inside a scrolling panel are only compared when in its visible part.
      const within = (
        el.closest('.tab-panel, .menu-body, .combobox-list') as HTMLElement | null
      )?.getBoundingClientRect();
      const clipped = within && (r.bottom <= within.top || r.top >= within.bottom);
      // What an open bottom sheet covers is out of reach by design.
      const sheet = document.querySelector('.sidebar.open')?.getBoundingClientRect();
      const covered =
        sheet &&
        !el.closest('.sidebar') &&
        r.bottom > sheet.top &&
        r.top < sheet.bottom &&
        sheet.width >= window.innerWidth;
      return (
        r.width > 0 &&
        r.height > 0 &&
        style.visibility !== 'hidden' &&
        r.top < window.innerHeight &&
        !clipped &&
        !covered
      );
    });
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}.${el.className}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)}`;
    const out: string[] = [];
    for (let i = 0; i < controls.length; i++)
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i] as HTMLElement;
        const b = controls[j] as HTMLElement;
        if (a.contains(b) || b.contains(a)) continue;
        const r = a.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        const overlap =
          Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 &&
          Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1;
        if (overlap) out.push(`${name(a)} × ${name(b)}`);
      }
    return out;
  });
}

describe('on a phone', () => {
  it('shows search results across the whole width', async () => {
    await page.goto(base);
    await page.getByTestId('stats').waitFor();
    expect(await sideways(page)).toBe(0);
    await page.getByRole('combobox').first().fill('lihongzhen');
    const list = page.getByRole('listbox').first();
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(0);
    const box = await list.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(390 - 16);
    expect(box?.x).toBeLessThanOrEqual(8);
    await screenshot(page, 'phone-1-search');
    expect(await sideways(page)).toBe(0);
  });

  it('gives the canvas the screen: the toolbar is a menu, the panels a bottom sheet, nothing overlaps', async () => {
    await page.goto(entity(IDS.lihongzhen));
    await waitForNodes(page, 5);
    await waitForStill(page);
    const canvas = await page.getByTestId('graph-canvas').boundingBox();
    expect(canvas?.height).toBeGreaterThan(844 * 0.5);
    expect(canvas?.width).toBeGreaterThanOrEqual(388);
    const menu = page.getByRole('button', { name: '工具' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: '适应窗口' }).isVisible()).toBe(false);
    expect(await overlappingControls(page)).toEqual([]);
    expect(await sideways(page)).toBe(0);
    const shown = await graphPlace(page);
    expect(shown).toMatchObject({ uncovered: true, inside: true });
    expect(shown.fills).toBeGreaterThan(0.5);
    // A force drawing is turned to the tall canvas, not fitted by its width with the height left empty.
    expect(shown.tall).toBeGreaterThan(0.5);
    await screenshot(page, 'phone-2-canvas');

    await menu.click();
    await expect.poll(() => page.getByRole('button', { name: '适应窗口' }).isVisible()).toBe(true);
    expect(await overlappingControls(page)).toEqual([]);
    expect(await sideways(page)).toBe(0);
    await screenshot(page, 'phone-3-menu');
    await menu.click();

    // The details open in a sheet over the lower part of the canvas, and close again.
    await page.getByRole('tab', { name: '详情' }).click();
    const sheet = page.locator('.sidebar');
    await expect.poll(async () => (await sheet.getAttribute('class')) ?? '').toContain('open');
    const open = await sheet.boundingBox();
    expect((open?.y ?? 0) + (open?.height ?? 0)).toBeLessThanOrEqual(845);
    expect(open?.height).toBeGreaterThan(844 * 0.3);
    // The canvas shrinks to the room above the sheet and the graph is fitted into it again.
    await expect.poll(() => graphPlace(page)).toMatchObject({ uncovered: true, inside: true });
    expect((await graphPlace(page)).fills).toBeGreaterThan(0.5);
    expect(await overlappingControls(page)).toEqual([]);
    expect(await sideways(page)).toBe(0);
    await screenshot(page, 'phone-4-sheet');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '收起面板' }).click();
    await expect.poll(async () => (await sheet.getAttribute('class')) ?? '').not.toContain('open');
    await expect
      .poll(async () => (await page.getByTestId('graph-canvas').boundingBox())?.height)
      .toBeGreaterThan(844 * 0.5);
    await expect.poll(() => graphPlace(page)).toMatchObject({ uncovered: true, inside: true });
    expect((await graphPlace(page)).fills).toBeGreaterThan(0.5);
  });

  it('reflows the reader', async () => {
    await page.goto(`${base}/article/f272be3deda32c55`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await sideways(page)).toBe(0);
    expect(await overlappingControls(page)).toEqual([]);
    await screenshot(page, 'phone-5-reader');
    expect(errors).toEqual([]);
  });
});
