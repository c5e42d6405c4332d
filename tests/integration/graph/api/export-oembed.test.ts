import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OEmbedResponse } from '../../../../contract/api/payloads.ts';
import { followUpAnnotation, seedAnnotation } from '../../../support/graph-fixtures.ts';
import { enc, getJson } from '../../../support/inject.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

let ctx: SeededApp;
const LHZ = enc('person:李红珍');

beforeAll(async () => {
  ctx = await seededApp([seedAnnotation(), followUpAnnotation()]);
});

afterAll(async () => {
  await ctx?.close();
});

const download = async (query: string) => {
  const url = query.startsWith('ids=') ? `/api/export?${query}` : `/api/entities/${LHZ}/export?${query}`;
  const response = await ctx.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response;
};

describe('GET /api/export and /api/entities/:id/export', () => {
  it('writes GraphML that a GraphML reader opens with names and titles intact', async () => {
    const response = await download(`format=graphml`);
    expect(response.headers['content-disposition']).toContain('guanxi.graphml');
    const graph = parseGraphml(Graph, response.body);
    expect(graph.order).toBe(4);
    expect(graph.getNodeAttribute('person:李红珍', 'label')).toBe('李红珍');
    const titles = graph.mapEdges((_e, attrs) => attrs.label);
    expect(titles).toEqual(expect.arrayContaining(['部长', '常委']));
  });

  it('writes GEXF that Gephi’s format reader opens', async () => {
    const response = await download(`format=gexf`);
    const graph = parseGexf(Graph, response.body);
    expect(graph.order).toBe(4);
    expect(graph.getNodeAttribute('person:李红珍', 'label')).toBe('李红珍');
  });

  it('writes CSV tables in UTF-8 with a BOM', async () => {
    const nodes = await download(`format=csv`);
    expect(nodes.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = nodes.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header).toBe('id,label,type,kind,aliases,pinyin,articleCount');
    expect(rows.some((r) => r.startsWith('person:李红珍,李红珍,Person'))).toBe(true);
    const edges = await download(`format=csv&table=edges`);
    expect(edges.body).toContain('HOLDS_POSITION,部长,2');
  });

  it('writes Cytoscape JSON of a chosen set of entities', async () => {
    const response = await download(
      `ids=${LHZ},${enc('org:上海市普陀区委组织部')},${enc('person:肖立')}&format=json`,
    );
    const json = response.json() as { elements: { nodes: unknown[]; edges: { data: { label: string } }[] } };
    expect(json.elements.nodes).toHaveLength(3);
    expect(json.elements.edges.map((e) => e.data.label)).toEqual(['部长']);
  });

  it('names bad parameters', async () => {
    expect(await getJson(ctx.app, `/api/entities/${LHZ}/export?format=pdf`, 400)).toMatchObject({
      parameter: 'format',
    });
    expect(await getJson(ctx.app, '/api/export?format=json', 400)).toMatchObject({ parameter: 'ids' });
    await getJson(ctx.app, `/api/entities/${enc('person:nobody')}/export?format=json`, 404);
    expect(await getJson(ctx.app, '/api/export?format=json&ids=,', 400)).toMatchObject({ parameter: 'ids' });
  });
});

describe('GET /api/oembed', () => {
  const base = 'http://localhost:80';
  const oembed = (url: string, extra = '', status = 200) =>
    getJson<OEmbedResponse>(ctx.app, `/api/oembed?url=${enc(url)}${extra}`, status);

  it('gives a rich iframe for an embed URL, sized within maxwidth and maxheight', async () => {
    const url = `${base}/embed/entity/${LHZ}`;
    const body = await oembed(url, '&maxwidth=500&maxheight=300');
    expect(body).toMatchObject({ version: '1.0', type: 'rich', title: '李红珍', width: 500, height: 300 });
    expect(body.html).toMatch(/^<iframe src="http:\/\/localhost\/embed\/entity\/person%3A%E6%9D%8E/);
    expect(body.html).toContain('width="500" height="300"');
    expect((await oembed(url)).width).toBeGreaterThan(500);
    const path = await oembed(`${base}/embed/path?from=${LHZ}&to=${enc('person:郁芳')}`);
    expect(path.title).toBe('李红珍 → 郁芳');
    expect((await oembed(`${base}/embed/article/f272be3deda32c55`)).title).toContain('党建联盟成立');
  });

  it('answers 404 for URLs it does not serve and 501 for other formats', async () => {
    await oembed(`${base}/embed/entity/person%3Anobody`, '', 404);
    await oembed(`${base}/entity/${LHZ}`, '', 404);
    await oembed(`https://elsewhere.example/embed/entity/${LHZ}`, '', 404);
    await oembed('not a url', '', 404);
    await oembed(`${base}/embed/entity/${LHZ}`, '&format=xml', 501);
  });
});
