import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_HIDDEN } from '../../../../../src/lib/cy-labels.ts';
import { GRAPH_PARAMS } from '../../../../../src/lib/view/url-codec.ts';
import { collectPageErrors, newPage, screenshot } from '../../../../support/browser.ts';
import { type BrowserSession, openBrowserSession } from '../../../../support/browser-session.ts';
import {
  canvasLabels,
  classesOf,
  clickNode,
  nodeIds,
  pointOf,
  pointOfId,
  waitForNodes,
  waitForStill,
} from '../../../../support/cy-page.ts';
import { explorerApp, FOLLOW_UP_TITLE, IDS, XSS_NAME } from '../../../../support/explorer-fixtures.ts';

/**
 * The journey of a journalist: search in several scripts → expand → filter by date and type →
 * back/forward and undo → path → evidence → article → related coverage → share link → export.
 */

let session: BrowserSession;
let browser: Browser;
let page: Page;
let errors: string[];
const dialogs: string[] = [];
let base: string;

beforeAll(async () => {
  // GUANXI_E2E_BASE: run against a server that already holds the explorer fixtures (while developing).
  session = await openBrowserSession(() => explorerApp(), { reuseBase: true });
  ({ page, browser, errors, base } = session);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(() => session?.close());

const search = () => page.getByRole('combobox', { name: /搜索人物/ });
const decodedUrl = () => decodeURIComponent(page.url());

describe('a journalist’s journey through the explorer', () => {
  it('finds people and companies in Chinese, pinyin (whole or by words), initials, English and traditional characters', async () => {
    await page.goto(base);
    await expect.poll(() => page.getByTestId('stats').textContent()).toMatch(/\d+ 篇文章/);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    const cases: [string, string][] = [
      ['李红珍', '李红珍'],
      ['lihongzhen', '李红珍'],
      ['lhz', '李红珍'],
      ['hongzhen', '李红珍'],
      ['weilai zuotan', '未来岛园区数字经济座谈会'],
      ['李紅珍', '李红珍'],
      ['Schneider', '施耐德电气(中国)有限公司'],
    ];
    for (const [query, name] of cases) {
      await search().fill(query);
      await expect
        .poll(() => page.getByRole('option').first().textContent(), { message: query })
        .toContain(name);
    }
    await search().fill('普陀');
    const listbox = page.getByRole('listbox', { name: /搜索人物/ });
    await expect.poll(() => listbox.getByRole('group').count()).toBeGreaterThan(1);
    const groups = await listbox.getByRole('group').allTextContents();
    expect(groups.join(' ')).toMatch(/机构 · \d+/);
    expect(groups.join(' ')).toMatch(/地点 · \d+/);
    await search().press('ArrowDown');
    const active = await search().getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'journey-1-search-grouped');

    await search().fill('lihongzhen');
    await search().press('Enter');
    await page.waitForURL(/\/entity\/person/);
    expect(decodedUrl()).toContain('/entity/person:李红珍');
  });

  it('shows her network with titles and roles on the edges, and expands a meeting', async () => {
    await waitForNodes(page, 5);
    await waitForStill(page);
    const { nodes, edges } = await canvasLabels(page);
    expect(nodes).toEqual(expect.arrayContaining(['李红珍', '普陀区委组织部', '未来岛园区数字经济座谈会']));
    expect(edges).toEqual(expect.arrayContaining(['部长', '常委', '讲话', '出席']));
    expect(await classesOf(page, IDS.lihongzhen)).toEqual(expect.arrayContaining(['focus']));
    await screenshot(page, 'journey-2-focus');

    const meeting = await pointOfId(page, IDS.meeting);
    await page.mouse.dblclick(meeting.x, meeting.y);
    await expect.poll(() => nodeIds(page)).toContain(IDS.xss);
    expect(decodedUrl()).toContain(`x=${IDS.meeting}`);
    await waitForStill(page);
    expect(await classesOf(page, IDS.meeting)).toContain('expanded');
    await screenshot(page, 'journey-3-expanded');
  });

  it('draws an entity named like HTML as plain text and runs nothing', async () => {
    expect((await canvasLabels(page)).nodes).toContain(XSS_NAME);
    await clickNode(page, IDS.xss);
    const details = page.getByTestId('entity-details');
    await expect.poll(() => details.locator('h2').textContent()).toBe(XSS_NAME);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'journey-4-xss-as-text');
  });

  it('hides what was not yet reported by a date, and back/forward move through that change', async () => {
    const slider = page.getByRole('slider', { name: /只显示此日期前已报道的内容/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => decodedUrl()).toContain('asOf=2023-04-24');
    await expect.poll(() => classesOf(page, IDS.meeting)).toContain('hidden');
    expect(await classesOf(page, IDS.xss)).toContain('hidden');
    expect(await classesOf(page, IDS.organisationDept)).not.toContain('hidden');
    expect(await page.getByTestId('as-of-value').textContent()).toBe('2023-04-24');
    await screenshot(page, 'journey-5-as-of');

    await page.goBack();
    await expect.poll(() => decodedUrl()).not.toContain('asOf=');
    await expect.poll(() => classesOf(page, IDS.meeting)).not.toContain('hidden');
    await page.goForward();
    await expect.poll(() => decodedUrl()).toContain('asOf=2023-04-24');
    await expect.poll(() => classesOf(page, IDS.meeting)).toContain('hidden');
  });

  it('filters node types, and undo and redo walk back through every change', async () => {
    await page.getByRole('tab', { name: '筛选' }).click();
    await page.getByRole('checkbox', { name: /^事件/ }).uncheck();
    await expect.poll(() => decodedUrl()).toContain('noType=Event');
    const founding = (await nodeIds(page)).find((id) => id.startsWith('event:2023-04-23')) as string;
    expect(await classesOf(page, founding)).toContain('hidden');
    await screenshot(page, 'journey-6-filters');

    await page.keyboard.press('Control+z');
    await expect.poll(() => classesOf(page, founding)).not.toContain('hidden');
    await page.getByRole('button', { name: /撤销/ }).click();
    await expect.poll(() => decodedUrl()).not.toContain('asOf=');
    await page.getByRole('button', { name: /重做/ }).click();
    await expect.poll(() => decodedUrl()).toContain('asOf=2023-04-24');
    await page.getByRole('button', { name: /撤销/ }).click();
    await expect.poll(() => classesOf(page, IDS.meeting)).not.toContain('hidden');
  });

  it('finds the shortest paths to a company and writes each step out with its evidence', async () => {
    await clickNode(page, IDS.lihongzhen);
    await page.getByRole('tab', { name: '详情' }).click();
    await page.getByRole('button', { name: '以此为路径起点' }).click();
    await expect.poll(() => page.getByTestId('path-from').textContent()).toContain('李红珍');
    const to = page.getByTestId('path-to-search').getByRole('combobox');
    await to.fill('施耐德');
    await expect
      .poll(() => page.getByTestId('path-to-search').getByRole('option').first().textContent())
      .toContain('施耐德电气');
    await to.press('Enter');
    await page.getByRole('button', { name: '查找路径' }).click();
    const list = page.getByTestId('path-list');
    // A limit, not a timing: the path search is the heaviest read of the journey, and on a loaded machine its 503s are
    // retried by the app until it answers (once past the default limit, at a load average of 14).
    await expect.poll(() => list.textContent(), { timeout: 100_000 }).toMatch(/找到 \d+ 条路径，最短 \d+ 步/);
    expect(decodedUrl()).toContain(`to=${IDS.schneider}`);
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('未来岛园区数字经济座谈会');
    expect(text).toContain('出席');
    expect(await classesOf(page, IDS.schneider)).toContain('path-end');
    expect(await classesOf(page, IDS.meeting)).toContain('path');
    await waitForStill(page);
    await screenshot(page, 'journey-7-path');
  });

  it('shows every article behind an edge and opens one at its sentence', async () => {
    await page.getByRole('button', { name: '清除路径' }).click();
    await page.getByRole('tab', { name: '详情' }).click();
    await waitForStill(page);
    const edge = await pointOf(page, { edgeLabel: '部长' });
    await page.mouse.click(edge.x, edge.y);
    const evidence = page.getByTestId('edge-details');
    await expect.poll(() => evidence.textContent()).toContain('2 篇文章支持');
    expect(await evidence.textContent()).toContain('普陀区委常委、组织部部长李红珍在讲话中');
    expect(await evidence.locator('mark').first().textContent()).toBeTruthy();
    await screenshot(page, 'journey-8-evidence');

    const links = evidence.getByRole('link', { name: '在原文中打开这句话' });
    const followUp = evidence.locator('li', { hasText: FOLLOW_UP_TITLE }).getByRole('link');
    expect(await links.count()).toBe(2);
    await followUp.click();
    await page.waitForURL(/\/article\/[0-9a-f]{16}\?start=\d+&end=\d+/);
    const mark = page.getByTestId('evidence');
    await expect.poll(() => mark.textContent()).toContain('组织部部长李红珍出席');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence');
  });

  it('reads the article with its mentions, its own graph and the coverage that shares its entities', async () => {
    const mentions = page.locator('button.mention');
    await expect.poll(() => mentions.count()).toBeGreaterThan(5);
    expect(await page.locator('button.mention.type-Organization', { hasText: XSS_NAME }).count()).toBe(1);
    const shared = page.getByTestId('shared-coverage');
    await expect.poll(() => shared.textContent()).toContain('党建火红');
    expect(await shared.textContent()).toContain('长三角智能制造测试联盟成立');
    expect(await shared.textContent()).toMatch(/共同涉及：.*李红珍/);
    await page.locator('button.mention', { hasText: '施耐德电气(中国)有限公司' }).first().click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已将' }).textContent())
      .toContain('施耐德电气');
    await screenshot(page, 'journey-9-article');

    await shared.getByRole('link', { name: /党建火红/ }).click();
    await page.waitForURL(/\/article\/f272be3deda32c55$/);
    const links = page.getByTestId('page-links');
    await expect.poll(() => links.textContent()).toContain(FOLLOW_UP_TITLE);
    expect(await links.getByRole('link', { name: FOLLOW_UP_TITLE }).count()).toBe(1);
    // Its picture is told by its caption and credit alone: no icon a reader's fonts may lack.
    const images = page.getByRole('region', { name: '图片' });
    expect(await images.getByRole('listitem').allTextContents()).toEqual([
      '“数智炬生”未来岛亿数街党建联盟正式成立。 (桃浦镇供图)',
    ]);
    // Its own graph draws what the article relates, in a layout tight enough to read in the side box;
    // the entities it only names are counted under it.
    // The article's event, the hub among its people, always has its name on the canvas.
    await waitForStill(page);
    const drawn = await page.evaluate((hidden) => {
      const cy = window.__guanxiCy;
      const events = cy?.nodes('[type = "Event"]');
      return {
        alone: cy?.nodes().filter((n) => n.degree(false) === 0).length,
        zoom: cy?.zoom() ?? 0,
        events: events?.length ?? 0,
        eventsUnnamed: events?.filter((n) => n.hasClass(hidden)).length,
      };
    }, LABEL_HIDDEN);
    expect(drawn.alone).toBe(0);
    expect(drawn.events).toBeGreaterThan(0);
    expect(drawn.eventsUnnamed).toBe(0);
    expect(drawn.zoom).toBeGreaterThan(0.35);
    expect(await page.locator('.article-graph-note').textContent()).toMatch(/另有 \d+ 个实体/);
    await screenshot(page, 'journey-10-seed-article');

    await page.getByRole('link', { name: /打开关系图/ }).click();
    await page.waitForURL(/\/entity\//);
    await expect.poll(() => decodedUrl()).toContain(`add=${IDS.schneider}`);
    await expect.poll(() => nodeIds(page)).toContain(IDS.schneider);
  });

  it('puts the whole view in the URL, so a copied link reopens the same view', async () => {
    await page.getByRole('combobox', { name: '布局' }).selectOption('concentric');
    await expect.poll(() => decodedUrl()).toContain('layout=concentric');
    await waitForStill(page);
    await clickNode(page, IDS.organisationDept);
    await page.keyboard.press('h');
    await expect.poll(() => decodedUrl()).toContain(`hide=${IDS.organisationDept}`);
    await waitForStill(page);
    await screenshot(page, 'journey-11-shared-view');
    const link = page.url();
    const visible = (await nodeIds(page, { visible: true })).sort();

    const other = await newPage(browser, 'zh-CN');
    const otherErrors = collectPageErrors(other);
    await other.goto(link);
    await other.waitForFunction((n) => (window.__guanxiCy?.nodes().length ?? 0) >= n, visible.length);
    await expect.poll(async () => (await nodeIds(other, { visible: true })).sort()).toEqual(visible);
    expect(await other.getByRole('combobox', { name: '布局' }).inputValue()).toBe('concentric');
    expect(await classesOf(other, IDS.organisationDept)).toContain('hidden');
    expect(other.url()).toBe(link);
    await screenshot(other, 'journey-12-reopened');
    expect(otherErrors).toEqual([]);
    await other.close();
  });

  it('gives an embed snippet of the view it shows, from the toolbar', async () => {
    const focus = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    await page.getByTestId('embed-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const url = await dialog
      .getByRole('textbox', { name: '嵌入地址（用于支持 oEmbed 的网站）' })
      .inputValue();
    expect(url).toContain(`${base}/embed/entity/${encodeURIComponent(focus)}?lang=zh`);
    expect(await dialog.getByRole('textbox', { name: '嵌入代码（iframe）' }).inputValue()).toMatch(
      /^<iframe src="[^"]+\/embed\/entity\//,
    );
    // The live embed shows the view on screen: its expanded neighbourhoods, without what it hides.
    const view = new URL(page.url()).searchParams;
    const live = new URL(url).searchParams;
    for (const key of GRAPH_PARAMS) expect(live.getAll(key)).toEqual(view.getAll(key));
    expect(live.getAll('hide')).toEqual([IDS.organisationDept]);
    await screenshot(page, 'journey-13-embed-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const visible = (await nodeIds(page, { visible: true })).sort();
    const embed = await newPage(browser, 'zh-CN');
    const embedErrors = collectPageErrors(embed);
    await embed.goto(url);
    await embed.locator('[data-state="ready"]').waitFor();
    const drawn = await embed.evaluate(() => (window.__guanxiCy?.nodes() ?? []).map((n) => n.id()));
    expect(drawn.sort()).toEqual(visible);
    expect(drawn).not.toContain(IDS.organisationDept);
    await screenshot(embed, 'journey-14-live-embed-of-the-view');
    expect(embedErrors).toEqual([]);
    await embed.close();
  });

  it('exports the view as PNG, SVG, GraphML and CSV', async () => {
    const menu = page.locator('details.export-menu');
    const download = async (name: RegExp) => {
      if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return readFile((await file.path()) as string);
    };
    const png = await download(/PNG/);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = (await download(/SVG/)).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).not.toContain('<img');
    const graphml = (await download(/GraphML/)).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('李红珍');
    const csv = (await download(/CSV：关系/)).toString('utf8');
    expect(csv.split('\n').length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
