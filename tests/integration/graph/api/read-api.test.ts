import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../../bin/spa-build.ts';
import type {
  EdgeEvidence,
  EntityDetail,
  GraphPayload,
  SearchResult,
  Stats,
} from '../../../../contract/api/payloads.ts';
import { buildApp } from '../../../../graph/api/app.ts';
import { GraphRepository } from '../../../../graph/queries/repository.ts';
import { buildSpa, type SeededApp, seededApp } from '../../../support/test-app.ts';

let ctx: SeededApp;

beforeAll(async () => {
  ctx = await seededApp();
});

afterAll(async () => {
  await ctx?.close();
});

async function get<T>(url: string, status = 200): Promise<T> {
  const response = await ctx.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const search = (q: string) => get<SearchResult>(`/api/search?q=${encodeURIComponent(q)}`);

describe('read API over the seed article', () => {
  it('reports health and counts', async () => {
    expect(await get('/api/health')).toMatchObject({ status: 'ok', neo4j: 'up' });
    const stats = await get<Stats>('/api/stats');
    expect(stats.nodes).toMatchObject({ Person: 11, Article: 8 });
    expect(stats.relationships).toMatchObject({ HOLDS_POSITION: 15, PARTICIPATED_IN: 12, LINKS_TO: 7 });
  });

  it.each(['李红珍', '红珍', 'lihongzhen', 'li hongzhen', 'lhz', '李紅珍'])(
    'finds 李红珍 by %s',
    async (q) => {
      const { hits } = await search(q);
      expect(hits[0]).toMatchObject({ id: 'person:李红珍', type: 'Person', articleCount: 1 });
    },
  );

  it.each(['施耐德', '施耐德電氣', 'Schneider'])('finds Schneider Electric by %s', async (q) => {
    const { hits } = await search(q);
    expect(hits.map((h) => h.id)).toContain('org:施耐德电气(中国)有限公司');
  });

  it('finds by one character: names that start with it first, then names that contain it', async () => {
    const first = await search('李');
    expect(first.hits[0]?.name.startsWith('李')).toBe(true);
    expect(first.hits.map((h) => h.id)).toContain('person:李红珍');
    const inside = await search('珍');
    expect(inside.hits.map((h) => h.id)).toContain('person:李红珍');
  });

  it('treats Lucene syntax in the query as text', async () => {
    const result = await search('李红珍") OR name:*');
    expect(result.hits.every((h) => typeof h.id === 'string')).toBe(true);
    await search('*');
    await search('\\');
  });

  it('rejects bad parameters with a 400 that names them', async () => {
    expect(await get('/api/search', 400)).toMatchObject({ error: 'bad_request', parameter: 'q' });
    expect(await get('/api/search?q=x&limit=1000', 400)).toMatchObject({ parameter: 'limit' });
    expect(await get('/api/search?q=x&types=Robot', 400)).toMatchObject({ parameter: 'types' });
    expect(
      await get(
        '/api/entities/person:李红珍/neighborhood?depth=9'.replace('李红珍', encodeURIComponent('李红珍')),
        400,
      ),
    ).toMatchObject({
      parameter: 'depth',
    });
  });

  it('returns an entity with positions, counts and articles', async () => {
    const detail = await get<EntityDetail>(`/api/entities/${encodeURIComponent('person:李红珍')}`);
    expect(detail.entity).toMatchObject({ name: '李红珍', type: 'Person', pinyin: 'li hong zhen' });
    expect(detail.positions.map((p) => `${p.organization.name}${p.title}`).sort()).toEqual([
      '普陀区委常委',
      '普陀区委组织部部长',
    ]);
    expect(detail.relationCounts).toMatchObject({ HOLDS_POSITION: 2, PARTICIPATED_IN: 2, MENTIONS: 1 });
    expect(detail.articles).toEqual([
      expect.objectContaining({ id: 'f272be3deda32c55', source: '新民晚报' }),
    ]);
  });

  it('returns 404 for unknown ids and unknown API routes', async () => {
    expect(await get('/api/entities/person:nobody', 404)).toMatchObject({ error: 'not_found' });
    expect(await get('/api/entities/person:nobody/neighborhood', 404)).toMatchObject({ error: 'not_found' });
    expect(await get('/api/edges/r0/evidence', 404)).toMatchObject({ error: 'not_found' });
    expect(await get('/api/nothing-here', 404)).toMatchObject({ error: 'not_found' });
  });

  it('returns a neighbourhood as a graph payload, with edges between all nodes shown', async () => {
    const graph = await get<GraphPayload>(
      `/api/entities/${encodeURIComponent('person:李红珍')}/neighborhood`,
    );
    expect(graph.truncated).toBe(false);
    expect(graph.nodes.map((n) => n.name).sort()).toEqual(
      ['李红珍', '普陀区委', '普陀区委组织部', '“数智炬生”未来岛亿数街党建联盟成立'].sort(),
    );
    const titles = graph.edges.filter((e) => e.type === 'HOLDS_POSITION').map((e) => e.properties.title);
    expect(titles.sort()).toEqual(['常委', '部长']);
    expect(graph.edges.some((e) => e.type === 'PART_OF')).toBe(true);
    expect(graph.edges.every((e) => e.properties.weight === 1)).toBe(true);
    expect(graph.edges.every((e) => e.properties.firstReported === '2023-04-24T07:02:00.000Z')).toBe(true);
    expect(graph.edges.every((e) => !('articles' in e))).toBe(true);
  });

  it('limits a neighbourhood and says what it left out, by type', async () => {
    const id = encodeURIComponent('event:2023-04-23:数智炬生未来岛亿数街党建联盟成立');
    const graph = await get<GraphPayload>(`/api/entities/${id}/neighborhood?limit=4`);
    expect(graph.nodes).toHaveLength(4);
    expect(graph.truncated).toBe(true);
    expect(graph.omitted?.Person).toBeGreaterThan(0);
    const depth2 = await get<GraphPayload>(
      `/api/entities/${id}/neighborhood?depth=2&types=Person,Organization&limit=500`,
    );
    expect(depth2.nodes.some((n) => n.name === '普陀区委组织部')).toBe(true);
    expect(
      depth2.nodes.every(
        (n) => n.type === 'Person' || n.type === 'Organization' || n.id.startsWith('event:'),
      ),
    ).toBe(true);
  });

  it('gives the evidence sentence of an edge with its article', async () => {
    const graph = await get<GraphPayload>(`/api/entities/${encodeURIComponent('person:郁芳')}/neighborhood`);
    const edge = graph.edges.find((e) => e.properties.title === '政府事务总监');
    expect(edge).toBeDefined();
    const evidence = await get<EdgeEvidence>(`/api/edges/${edge?.id}/evidence`);
    expect(evidence.evidence).toHaveLength(1);
    expect(evidence.evidence[0]?.text).toContain('施耐德电气(中国)有限公司政府事务总监郁芳');
    expect(evidence.evidence[0]?.article).toMatchObject({
      id: 'f272be3deda32c55',
      publishedAt: '2023-04-24T15:02:00+08:00',
    });
  });

  it('serves the SPA with security headers and refuses framing', async () => {
    await buildSpa();
    const app = await buildApp({ repository: new GraphRepository(ctx.db), staticDir: DIST_DIR });
    const response = await app.inject({ method: 'GET', url: '/entity/person:x' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<div id="root">');
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });
});
