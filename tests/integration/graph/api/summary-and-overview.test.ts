import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleList, CorpusOverview, EntitySummary } from '../../../../contract/api/payloads.ts';
import {
  explorerApp,
  FOLLOW_UP_TITLE,
  followUpAnnotation,
  goldAnnotations,
  HUB_COMPANIES,
  HUB_PEOPLE,
  hubAnnotation,
  IDS,
} from '../../../support/explorer-fixtures.ts';
import { enc, getJson } from '../../../support/inject.ts';
import type { SeededApp } from '../../../support/test-app.ts';

let ctx: SeededApp;

beforeAll(async () => {
  ctx = await explorerApp([...goldAnnotations(), followUpAnnotation(), hubAnnotation()]);
});

afterAll(async () => {
  await ctx?.close();
});

const summary = (id: string, query = '', status = 200) =>
  getJson<EntitySummary>(ctx.app, `/api/entities/${enc(id)}/summary${query}`, status);

describe('GET /api/entities/:id/summary', () => {
  it('counts a hub’s relationships by type and direction, and its neighbours by type', async () => {
    const s = await summary(IDS.hub);
    expect(s.entity.id).toBe(IDS.hub);
    expect(s.relations).toEqual(
      expect.arrayContaining([
        { type: 'MEMBER_OF', direction: 'in', count: HUB_COMPANIES + 1 },
        { type: 'HOLDS_POSITION', direction: 'in', count: HUB_PEOPLE },
        { type: 'LOCATED_IN', direction: 'out', count: 1 },
      ]),
    );
    expect(s.neighbourTypes).toEqual([
      { type: 'Organization', count: HUB_COMPANIES + 1 },
      { type: 'Person', count: HUB_PEOPLE },
      { type: 'Place', count: 1 },
    ]);
    expect(s.neighbourTypesExact).toBe(true);
    expect(s.total).toBe(HUB_COMPANIES + 1 + HUB_PEOPLE + 1);
  });

  it('pages through the relationships, strongest first, each once', async () => {
    const seen: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: EntitySummary = await summary(IDS.hub, `?limit=40&offset=${offset}`);
      expect(page.rows.length).toBeLessThanOrEqual(40);
      seen.push(...page.rows.map((r) => r.edge.id));
      offset = page.nextOffset;
    }
    expect(seen.length).toBe(HUB_COMPANIES + 1 + HUB_PEOPLE + 1);
    expect(new Set(seen).size).toBe(seen.length);
    const first = await summary(IDS.hub, '?limit=5');
    const weights = first.rows.map((r) => Number(r.edge.properties.weight ?? 1));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('filters by relationship type and direction, and reads each row from the entity', async () => {
    const posts = await summary(IDS.lihongzhen, '?relations=HOLDS_POSITION&direction=out');
    expect(posts.total).toBe(posts.rows.length);
    expect(posts.rows.length).toBeGreaterThan(0);
    for (const row of posts.rows) {
      expect(row.direction).toBe('out');
      expect(row.edge.type).toBe('HOLDS_POSITION');
      expect(row.edge.source).toBe(IDS.lihongzhen);
      expect(row.edge.target).toBe(row.other.id);
    }
    expect(posts.rows.map((r) => `${r.other.name} · ${r.edge.properties.title}`)).toContain(
      '普陀区委组织部 · 部长',
    );
    const members = await summary(IDS.hub, '?relations=MEMBER_OF&limit=3');
    expect(members.rows.every((r) => r.direction === 'in' && r.edge.target === IDS.hub)).toBe(true);
    expect(members.total).toBe(HUB_COMPANIES + 1);
  });

  it('names the bad parameter and the unknown entity', async () => {
    expect(await summary(IDS.hub, '?relations=KNOWS', 400)).toMatchObject({ parameter: 'relations' });
    expect(await summary(IDS.hub, '?limit=1000', 400)).toMatchObject({ error: expect.any(String) });
    await summary('person:不存在', '', 404);
  });
});

describe('GET /api/overview', () => {
  it('counts real articles and link stubs apart, and lists the newest real ones', async () => {
    const o = await getJson<CorpusOverview>(ctx.app, '/api/overview');
    expect(o.articles).toBe(goldAnnotations().length + 2);
    expect(o.stubs).toBeGreaterThan(0);
    expect(o.latest.every((a) => !a.stub)).toBe(true);
    const times = o.latest.map((a) => a.publishedAt ?? '');
    expect(times).toEqual([...times].sort().reverse());
    const all = [...goldAnnotations(), followUpAnnotation(), hubAnnotation()].map((a) => a.article);
    const newest = all.reduce((a, b) =>
      Date.parse(b.publishedAt ?? '') > Date.parse(a.publishedAt ?? '') ? b : a,
    );
    expect(o.latest[0]?.title).toBe(newest.title);
  });

  it('gives articles by month and by source, and the most connected people and organisations', async () => {
    const o = await getJson<CorpusOverview>(ctx.app, '/api/overview');
    expect(o.byMonth.reduce((n, m) => n + m.count, 0)).toBe(o.articles);
    expect(o.byMonth.map((m) => m.month)).toEqual([...o.byMonth.map((m) => m.month)].sort());
    expect(o.byMonth).toContainEqual({ month: '2023-06', count: expect.any(Number) });
    expect(o.bySource[0]?.count).toBeGreaterThanOrEqual(o.bySource.at(-1)?.count ?? 0);
    expect(o.bySource.map((s) => s.source)).toContain('新民晚报');
    expect(o.connected.organizations[0]?.id).toBe(IDS.hub);
    expect(o.connected.people.length).toBeGreaterThan(0);
    expect(o.connected.people.every((p) => p.type === 'Person' && p.degree > 0)).toBe(true);
  });
});

describe('GET /api/articles?q= (full text)', () => {
  it('finds the article by a phrase of its text and shows it in context', async () => {
    const { items } = await getJson<ArticleList>(ctx.app, `/api/articles?q=${enc('继续支持园区企业')}`);
    expect(items.map((a) => a.title)).toEqual([FOLLOW_UP_TITLE]);
    const snippet = items[0]?.snippet;
    expect(snippet?.marks.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['继续支持园区企业']);
  });

  it('does not call an article a hit for sharing one pair of characters with the words', async () => {
    const { items } = await getJson<ArticleList>(ctx.app, `/api/articles?q=${enc('支持火红')}`);
    expect(items).toEqual([]);
  });
});
