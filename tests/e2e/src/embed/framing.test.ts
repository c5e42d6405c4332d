import type { FastifyInstance } from 'fastify';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../../bin/spa-build.ts';
import { buildApp } from '../../../../graph/api/app.ts';
import { GraphRepository } from '../../../../graph/queries/repository.ts';
import { type BrowserSession, listen, openBrowserSession } from '../../../support/browser-session.ts';
import { seedAnnotation } from '../../../support/graph-fixtures.ts';
import { embedFrame, type HostPage } from '../../../support/host-page.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

/**
 * Who may frame what: embed pages by any site (or only GUANXI_EMBED_ORIGINS), every other page by
 * nobody. Checked in the headers and in the browser, from a host page on another origin.
 */
const LI = 'person:李红珍';
const ARTICLE = 'f272be3deda32c55';
const enc = encodeURIComponent;

let session: BrowserSession;
let ctx: SeededApp;
let host: HostPage;
let page: Page;
let base: string;
const extraApps: FastifyInstance[] = [];

beforeAll(async () => {
  session = await openBrowserSession(() => seededApp([seedAnnotation()]), { host: true });
  ({ page, base } = session);
  ctx = session.ctx as SeededApp;
  host = session.host as HostPage;
});

afterAll(async () => {
  // The browser first: an app waits for the browser's open connections before it closes.
  await session?.browser.close();
  for (const app of extraApps) await app.close();
  await session?.close();
});

/** The same graph served by an app that lets only these sites frame its embeds. */
async function appWithEmbedOrigins(origins: string[]): Promise<string> {
  const app = await buildApp({
    repository: new GraphRepository(ctx.db),
    staticDir: DIST_DIR,
    rateLimit: 10_000,
    embedOrigins: origins,
  });
  extraApps.push(app);
  return listen(app);
}

const frameAncestors = (response: Response) =>
  /frame-ancestors ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1]?.trim();

/** Frames `src` in the host page; returns what the frame's document turned out to be. */
async function framed(src: string): Promise<{ frame: Frame; isEmbed: boolean; isApp: boolean }> {
  await page.goto(host.url(src));
  const frame = await embedFrame(page);
  const probe = await frame
    .evaluate(() => ({
      isEmbed: document.getElementById('embed') !== null,
      isApp: document.getElementById('root') !== null,
    }))
    .catch(() => ({ isEmbed: false, isApp: false }));
  return { frame, ...probe };
}

describe('framing', () => {
  it("the explorer's pages refuse to be framed", async () => {
    for (const path of ['/', `/entity/${enc(LI)}`, `/article/${ARTICLE}`, `/path?from=${enc(LI)}&to=x`]) {
      const response = await fetch(`${base}${path}`);
      expect(frameAncestors(response), path).toBe("'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const explorer = await framed(`${base}/entity/${enc(LI)}`);
    expect(explorer.isApp).toBe(false);
    expect(explorer.frame.url()).not.toBe(`${base}/entity/${enc(LI)}`);
    // The API docs page (swagger-ui's own CSP) allows only its own origin: no other site can frame it.
    const docs = await fetch(`${base}/api/docs/static/index.html`);
    expect(["'none'", "'self'"]).toContain(frameAncestors(docs));
    const framedDocs = await framed(`${base}/api/docs/static/index.html`);
    expect(await framedDocs.frame.evaluate(() => document.title).catch(() => '')).not.toMatch(/swagger/i);
  });

  it('embed pages may be framed by any site by default', async () => {
    const response = await fetch(`${base}/embed/entity/${enc(LI)}`);
    expect(frameAncestors(response)).toBe('*');
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(await response.text()).toContain('application/json+oembed');
    const embed = await framed(`${base}/embed/entity/${enc(LI)}`);
    expect(embed.isEmbed).toBe(true);
  });

  it('with GUANXI_EMBED_ORIGINS only the listed sites may frame embeds', async () => {
    const allowed = await appWithEmbedOrigins([host.origin]);
    const response = await fetch(`${allowed}/embed/entity/${enc(LI)}`);
    expect(frameAncestors(response)).toBe(host.origin);
    expect((await framed(`${allowed}/embed/entity/${enc(LI)}`)).isEmbed).toBe(true);

    const elsewhere = await appWithEmbedOrigins(['https://news.example']);
    expect(frameAncestors(await fetch(`${elsewhere}/embed/entity/${enc(LI)}`))).toBe('https://news.example');
    const refused = await framed(`${elsewhere}/embed/entity/${enc(LI)}`);
    expect(refused.isEmbed).toBe(false);
  });
});
