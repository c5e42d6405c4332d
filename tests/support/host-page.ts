import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';

/**
 * A stranger's web page that embeds guanxi: a tiny HTTP server on its own port (its own origin,
 * `http://localhost:PORT`, while the app listens on 127.0.0.1), serving an article with one iframe.
 * The page records every message it receives in `window.hostMessages`, and `window.sendToEmbed(msg,
 * targetOrigin)` posts to the iframe. With `?intruder=URL`, a second iframe from another origin tries
 * to command the embed too (it posts to its sibling with targetOrigin `*`).
 */
export interface HostPage {
  /** The host page's origin, e.g. http://localhost:41234. */
  origin: string;
  /** A second, unrelated origin serving the intruder frame. */
  intruderOrigin: string;
  /** The host page embedding `src` in an iframe of the given size. */
  url(src: string, options?: { width?: number | string; height?: number; intruder?: boolean }): string;
  close(): Promise<void>;
}

export interface HostMessage {
  origin: string;
  /** Whether it came from the embed's iframe. */
  fromEmbed: boolean;
  data: unknown;
}

declare global {
  interface Window {
    hostMessages?: HostMessage[];
    sendToEmbed?: (message: unknown, targetOrigin: string) => void;
  }
}

const HOST_SCRIPT = `
window.hostMessages = [];
const frame = document.getElementById('guanxi');
window.addEventListener('message', (event) => {
  window.hostMessages.push({ origin: event.origin, fromEmbed: event.source === frame.contentWindow, data: event.data });
});
window.sendToEmbed = (message, targetOrigin) => frame.contentWindow.postMessage(message, targetOrigin);
`;

/** Runs inside the intruder frame: it reaches its sibling (the embed) through the shared parent. */
const INTRUDER_SCRIPT = `
const target = new URLSearchParams(location.search).get('target');
window.attack = (message) => parent.frames[0].postMessage(message, '*');
window.attackOrigin = (message) => parent.frames[0].postMessage(message, target);
`;

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hostHtml(query: URLSearchParams, intruderOrigin: string): string {
  const src = query.get('src') ?? 'about:blank';
  const width = query.get('w') ?? '640';
  const height = query.get('h') ?? '420';
  const intruder = query.get('intruder')
    ? `<iframe id="intruder" title="advertisement" width="200" height="60" src="${escapeAttr(
        `${intruderOrigin}/intruder.html?target=${encodeURIComponent(new URL(src).origin)}`,
      )}"></iframe>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A local newspaper</title></head>
<body>
<h1>Who runs the new party-building alliance?</h1>
<p>Our reporters followed the officials named in the launch ceremony.</p>
<iframe id="guanxi" title="guanxi graph" src="${escapeAttr(src)}" width="${escapeAttr(width)}" height="${escapeAttr(height)}"
  style="border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
${intruder}
<p>The story continues below the graph.</p>
<script src="/host.js"></script>
</body></html>`;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

export async function startHostPage(): Promise<HostPage> {
  let intruderOrigin = '';
  const host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/host.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(HOST_SCRIPT);
    } else if (url.pathname === '/') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(hostHtml(url.searchParams, intruderOrigin));
    } else {
      response.writeHead(404).end();
    }
  });
  const intruder = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/intruder.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(INTRUDER_SCRIPT);
    } else if (url.pathname === '/intruder.html') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>ad</title><p>Buy now</p><script src="/intruder.js"></script>');
    } else {
      response.writeHead(404).end();
    }
  });
  const origin = `http://localhost:${await listen(host)}`;
  intruderOrigin = `http://localhost:${await listen(intruder)}`;
  return {
    origin,
    intruderOrigin,
    url(src, options = {}) {
      const q = new URLSearchParams({ src });
      if (options.width !== undefined) q.set('w', String(options.width));
      if (options.height !== undefined) q.set('h', String(options.height));
      if (options.intruder) q.set('intruder', '1');
      return `${origin}/?${q}`;
    },
    close: async () => {
      await Promise.all(
        [host, intruder].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
      );
    },
  };
}

/** The embed's frame inside the host page, once its page has loaded. */
export async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#guanxi');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the embed iframe has no frame');
  return frame;
}

/** Waits until the embed has drawn its graph (`data-state="ready"`). */
export async function waitForEmbed(frame: Frame, timeout = 20_000): Promise<void> {
  await frame.waitForSelector('#embed[data-state="ready"]', { timeout });
}

/** What the host page has received so far. */
export function hostMessages(page: Page): Promise<HostMessage[]> {
  return page.evaluate(() => window.hostMessages ?? []);
}

/** Where a node of the embed is drawn, in the host page's coordinates (to click it like a person). */
export async function embedPointOf(page: Page, frame: Frame, id: string): Promise<{ x: number; y: number }> {
  // Not while the view is still moving (a focus animates the pan).
  await frame.waitForFunction(() => window.__guanxiCy && !window.__guanxiCy.animated());
  const inFrame = await frame.evaluate((nodeId) => {
    const cy = window.__guanxiCy;
    const node = cy?.nodes().getElementById(nodeId);
    if (!cy || !node || node.empty()) return null;
    const box = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return box ? { x: box.left + p.x, y: box.top + p.y } : null;
  }, id);
  const frameBox = await (await page.$('iframe#guanxi'))?.boundingBox();
  if (!inFrame || !frameBox) throw new Error(`node ${id} is not drawn in the embed`);
  return { x: frameBox.x + inFrame.x, y: frameBox.y + inFrame.y };
}
