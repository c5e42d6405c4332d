import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

/** Debian's Chromium, headless, with no background network traffic (the machine's network is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

const OVERLOADED = /^Failed to load resource: the server responded with a status of 503\b/;

/** Page errors fail the test: collect them and assert none at the end. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 503 is the API's answer to a read that overran its deadline on a loaded machine: the app retries it
    // and says so while it waits (errors.test.ts), and Chromium logs it like an error. Any other status counts.
    if (message.type() === 'error' && !OVERLOADED.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/** A page with a given UI language (i18next reads the browser's language when nothing is stored). */
export async function newPage(browser: Browser, locale = 'zh-CN'): Promise<Page> {
  // An explicit context: axe opens a helper page in it, which a page's implicit context forbids.
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => {});
  });
  return page;
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousA11yViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}
