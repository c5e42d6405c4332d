import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OEmbedResponse } from '../../../../contract/api/payloads.ts';
import { screenshot, seriousA11yViolations } from '../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../support/browser-session.ts';
import { seedAnnotation } from '../../../support/graph-fixtures.ts';
import {
  embedFrame,
  embedPointOf,
  type HostPage,
  hostMessages,
  waitForEmbed,
} from '../../../support/host-page.ts';
import { seededApp } from '../../../support/test-app.ts';

/**
 * guanxi embedded in a stranger's page: a host page on another origin frames each embed route and
 * talks to it over postMessage; the explorer's own pages refuse to be framed.
 */
const TOKEN = 'embed-host-token';
const ARTICLE = 'f272be3deda32c55';
const LI = 'person:李红珍';
const DEPT = 'org:上海市普陀区委组织部';
const LU = 'person:卢礼卿';
const enc = encodeURIComponent;

let session: BrowserSession;
let host: HostPage;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  session = await openBrowserSession(() => seededApp([seedAnnotation()], { apiToken: TOKEN }), {
    host: true,
  });
  ({ page, errors, base } = session);
  host = session.host as HostPage;
});

afterAll(() => session?.close());

async function openEmbed(path: string, options: { intruder?: boolean } = {}): Promise<Frame> {
  await page.goto(host.url(`${base}${path}`, options));
  const frame = await embedFrame(page);
  await waitForEmbed(frame);
  return frame;
}

const classesIn = (frame: Frame, id: string) =>
  frame.evaluate((elementId) => window.__guanxiCy?.getElementById(elementId).classes() ?? [], id);
const selectedIn = (frame: Frame) =>
  frame.evaluate(() => window.__guanxiCy?.$(':selected').map((e) => e.id()) ?? []);
const nodeIdsIn = (frame: Frame) => frame.evaluate(() => window.__guanxiCy?.nodes().map((n) => n.id()) ?? []);
const send = (message: unknown, targetOrigin = base) =>
  page.evaluate(([m, o]) => window.sendToEmbed?.(m, o as string), [message, targetOrigin] as const);

describe('a live entity embed inside a host page', () => {
  it('draws the graph with legend, caption, sources and "open in guanxi", and says it is ready', async () => {
    const frame = await openEmbed(`/embed/entity/${enc(LI)}`);
    expect((await nodeIdsIn(frame)).sort()).toEqual(
      [LI, DEPT, 'org:上海市普陀区委', 'event:2023-04-23:数智炬生未来岛亿数街党建联盟成立'].sort(),
    );
    await expect
      .poll(() => hostMessages(page))
      .toContainEqual({
        origin: base,
        fromEmbed: true,
        data: { type: 'guanxi:ready', nodes: 4, edges: 5 },
      });
    expect(await frame.locator('.embed-title').textContent()).toBe('李红珍');
    expect(await frame.locator('.embed-legend').textContent()).toContain('人物');
    expect(await frame.locator('.embed-legend').textContent()).toContain('机构');
    expect(await frame.locator('.embed-caption').textContent()).toContain('李红珍');
    const source = frame.locator('.embed-citations a').first();
    expect(await source.textContent()).toContain('党建火红');
    expect(await source.getAttribute('href')).toBe(`/article/${ARTICLE}`);
    const open = frame.locator('a.embed-open');
    expect(await open.getAttribute('href')).toBe(`/entity/${enc(LI)}`);
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toBe('noopener');
    // Nothing leads elsewhere inside the frame: no search, no forms, every link opens a new window.
    expect(await frame.locator('input, form, [role="combobox"], textarea').count()).toBe(0);
    const links = await frame.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('target')));
    expect(links.every((t) => t === '_blank')).toBe(true);
    // The oEmbed discovery link the server injects, pointing at this page.
    const discovery = await frame
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    expect(discovery).toBe(`${base}/api/oembed?format=json&url=${enc(`${base}/embed/entity/${enc(LI)}`)}`);
    await screenshot(page, 'embed-entity-in-host');
    // axe checks the host page and the embed's frame.
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('obeys highlight, focus and fit from the host and tells it what the reader selects', async () => {
    const frame = await openEmbed(`/embed/entity/${enc(LI)}`);
    await send({ type: 'guanxi:highlight', id: DEPT });
    await expect.poll(() => classesIn(frame, DEPT)).toContain('lit');
    expect(await classesIn(frame, 'event:2023-04-23:数智炬生未来岛亿数街党建联盟成立')).toContain('faded');
    await screenshot(page, 'embed-entity-highlight');
    await send({ type: 'guanxi:highlight', id: null });
    await expect.poll(() => classesIn(frame, DEPT)).not.toContain('lit');

    await send({ type: 'guanxi:focus', id: 'org:上海市普陀区委' });
    await expect.poll(() => selectedIn(frame)).toEqual(['org:上海市普陀区委']);
    await expect.poll(() => frame.locator('.embed-details').textContent()).toContain('普陀区委');
    await send({ type: 'guanxi:fit' });

    // Unknown or malformed messages are ignored without errors.
    await send('hello');
    await send({ type: 'guanxi:explode' });
    await send({ type: 'guanxi:focus', id: 42 });
    await send({ type: 'guanxi:focus', id: 'person:不在图里' });
    // Messages are handled in order: once this one shows, all of the above have been handled.
    await send({ type: 'guanxi:highlight', id: LI });
    await expect.poll(() => classesIn(frame, LI)).toContain('lit');
    expect(await selectedIn(frame)).toEqual(['org:上海市普陀区委']);
    await send({ type: 'guanxi:highlight', id: null });
    await expect.poll(() => classesIn(frame, LI)).not.toContain('lit');

    // The reader closes the details card, then clicks a node.
    await frame.getByRole('button', { name: '关闭' }).click();
    expect(await frame.locator('.embed-details').isHidden()).toBe(true);
    expect(await selectedIn(frame)).toEqual([]);
    const point = await embedPointOf(page, frame, DEPT);
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => hostMessages(page))
      .toContainEqual({
        origin: base,
        fromEmbed: true,
        data: { type: 'guanxi:select', id: DEPT, group: 'node' },
      });
    await expect.poll(() => frame.locator('.embed-details').textContent()).toContain('普陀区委组织部');
    await screenshot(page, 'embed-entity-selected');
    expect(errors).toEqual([]);
  });

  it('ignores messages from other windows and other origins', async () => {
    // A sibling frame of another origin (an ad on the host page) tries to steer the embed.
    const frame = await openEmbed(`/embed/entity/${enc(LI)}`, { intruder: true });
    const intruder = page.frames().find((f) => f.url().startsWith(host.intruderOrigin));
    expect(intruder).toBeDefined();
    await intruder?.evaluate(() => {
      const w = window as unknown as { attack(m: unknown): void; attackOrigin(m: unknown): void };
      w.attack({ type: 'guanxi:focus', id: 'person:李红珍' });
      w.attackOrigin({ type: 'guanxi:highlight', id: 'person:李红珍' });
    });
    // Then the real host speaks; once its message is handled, the intruder's (sent first) were too.
    await send({ type: 'guanxi:highlight', id: 'org:上海市普陀区委' });
    await expect.poll(() => classesIn(frame, 'org:上海市普陀区委')).toContain('lit');
    expect(await selectedIn(frame)).toEqual([]);
    expect(await classesIn(frame, 'event:2023-04-23:数智炬生未来岛亿数街党建联盟成立')).toContain('faded');

    // The embed was told to talk only to another site: the host's commands are ignored and it hears nothing.
    await page.goto(host.url(`${base}/embed/entity/${enc(LI)}?origin=${enc('https://news.example')}`));
    const strict = await embedFrame(page);
    await waitForEmbed(strict);
    await strict.evaluate(() => {
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      addEventListener('message', (event) => w.seen.push(event.data));
    });
    await send({ type: 'guanxi:focus', id: DEPT });
    await send({ type: 'guanxi:focus', id: DEPT }, '*');
    // Messages arrive in the order sent: once a later one is seen, the embed has handled the two before it.
    await send({ type: 'test:sentinel' }, '*');
    await strict.waitForFunction(() =>
      (window as unknown as { seen: { type?: string }[] }).seen.some((d) => d?.type === 'test:sentinel'),
    );
    // Likewise, anything the embed had sent its parent arrives before a message it sends now.
    await strict.evaluate(() => parent.postMessage({ type: 'test:sentinel-back' }, '*'));
    await expect
      .poll(() => hostMessages(page))
      .toContainEqual(expect.objectContaining({ data: { type: 'test:sentinel-back' } }));
    expect(await selectedIn(strict)).toEqual([]);
    const heard = await hostMessages(page);
    expect(heard.filter((m) => (m.data as { type?: string }).type !== 'test:sentinel-back')).toEqual([]);
  });
});

describe('article and path embeds', () => {
  it('shows an article graph with its source', async () => {
    const frame = await openEmbed(`/embed/article/${ARTICLE}`);
    expect((await nodeIdsIn(frame)).length).toBeGreaterThan(20);
    expect(await frame.locator('.embed-title').textContent()).toContain('党建火红');
    expect(await frame.locator('.embed-caption').textContent()).toContain('这篇报道');
    expect(await frame.locator('.embed-sources').textContent()).toContain('新民晚报');
    expect(await frame.locator('a.embed-open').getAttribute('href')).toBe(`/article/${ARTICLE}`);
    await expect
      .poll(() => hostMessages(page))
      .toContainEqual(expect.objectContaining({ data: expect.objectContaining({ type: 'guanxi:ready' }) }));
    await screenshot(page, 'embed-article-in-host');
  });

  it('shows the shortest paths between two entities, in English when asked', async () => {
    const frame = await openEmbed(`/embed/path?from=${enc(LI)}&to=${enc(LU)}&lang=en`);
    const ids = await nodeIdsIn(frame);
    expect(ids).toEqual(expect.arrayContaining([LI, LU]));
    expect(await frame.locator('.embed-title').textContent()).toBe('李红珍 → 卢礼卿');
    expect(await frame.locator('.embed-caption').textContent()).toContain('shortest first');
    expect(await frame.locator('a.embed-open').textContent()).toContain('Open in guanxi');
    expect(await frame.locator('a.embed-open').getAttribute('href')).toBe(
      `/path?from=${enc(LI)}&to=${enc(LU)}`,
    );
    expect(await frame.locator('.embed-legend').textContent()).toContain('Person');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    // Path ends sit left and right, in order along the path.
    const xs = await frame.evaluate(
      (ids) => ids.map((id) => window.__guanxiCy?.getElementById(id).position('x') ?? Number.NaN),
      [LI, LU],
    );
    expect(xs[0]).toBeLessThan(xs[1] ?? Number.NaN);
    await screenshot(page, 'embed-path-in-host');
  });

  it('says so when the thing does not exist', async () => {
    await page.goto(host.url(`${base}/embed/entity/${enc('person:无此人')}`));
    const frame = await embedFrame(page);
    await frame.waitForSelector('#embed[data-state="error"]');
    expect(await frame.locator('.embed-status').textContent()).toContain('找不到');
  });
});

describe('oEmbed', () => {
  it('answers for the embed URL with an iframe of it', async () => {
    const url = `${base}/embed/entity/${enc(LI)}`;
    const response = await fetch(`${base}/api/oembed?format=json&url=${enc(url)}&maxwidth=500`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as OEmbedResponse;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', title: '李红珍', width: 500 });
    expect(body.html).toContain(`src="${url}"`);
  });
});
