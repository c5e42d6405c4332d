import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newPage } from './browser.ts';
import { type HostPage, startHostPage } from './host-page.ts';
import { buildSpa, type SeededApp } from './test-app.ts';

/** An app listening on a free loopback port, Chromium with one Chinese-locale page, and (when asked) a host page on another origin. */
export interface BrowserSession {
  ctx: SeededApp | undefined;
  base: string;
  browser: Browser;
  page: Page;
  /** Page errors and console errors of `page`; tests expect it to stay empty. */
  errors: string[];
  host: HostPage | undefined;
  close: () => Promise<void>;
}

export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/**
 * Builds the web app when its sources changed, starts the app from `start` (or, with GUANXI_E2E_BASE set
 * and `reuseBase`, uses that running server while developing) and opens the browser on it.
 */
export async function openBrowserSession(
  start: () => Promise<SeededApp>,
  options: { host?: boolean; reuseBase?: boolean } = {},
): Promise<BrowserSession> {
  const reuse = options.reuseBase ? process.env.GUANXI_E2E_BASE : undefined;
  if (!reuse) await buildSpa();
  const ctx = reuse ? undefined : await start();
  const base = reuse ?? (await listen((ctx as SeededApp).app));
  const host = options.host ? await startHostPage() : undefined;
  const browser = await launchChromium();
  const page = await newPage(browser, 'zh-CN');
  return {
    ctx,
    base,
    browser,
    page,
    errors: collectPageErrors(page),
    host,
    close: async () => {
      await browser.close();
      await host?.close();
      await ctx?.close();
    },
  };
}
