import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail, ArticleList, RelatedArticles } from '../../../../contract/api/payloads.ts';
import { followUpAnnotation, goldAnnotations, seedAnnotation } from '../../../support/graph-fixtures.ts';
import { enc, getJson } from '../../../support/inject.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

let ctx: SeededApp;
const SEED = 'f272be3deda32c55';
const followUp = followUpAnnotation();

beforeAll(async () => {
  ctx = await seededApp([seedAnnotation(), followUp, ...goldAnnotations()]);
});

afterAll(async () => {
  await ctx?.close();
});

const list = (query: string, status = 200) => getJson<ArticleList>(ctx.app, `/api/articles?${query}`, status);

describe('GET /api/articles', () => {
  it('lists real articles newest first, without stubs', async () => {
    const { items } = await list('limit=100');
    expect(items.length).toBe(goldAnnotations().length + 1);
    expect(items.every((a) => !a.stub)).toBe(true);
    const times = items.map((a) => a.publishedAt ?? '');
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by entity, by words and by dates', async () => {
    const byEntity = await list(`entity=${enc('person:李红珍')}`);
    expect(byEntity.items.map((a) => a.id)).toEqual([followUp.article.id, SEED]);
    const byWords = await list(`q=${enc('施耐德')}`);
    expect(byWords.items.map((a) => a.id).sort()).toEqual([followUp.article.id, SEED].sort());
    const byDate = await list(`entity=${enc('person:李红珍')}&from=2023-05-01&to=2023-06-30`);
    expect(byDate.items.map((a) => a.id)).toEqual([followUp.article.id]);
  });

  it('pages with a cursor without repeating or skipping', async () => {
    const all = (await list('limit=100')).items.map((a) => a.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ArticleList = await list(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(await list('cursor=garbage', 400)).toMatchObject({ parameter: 'cursor' });
  });
});

describe('GET /api/articles/:id', () => {
  it('gives the text with mention offsets, images, links and the subgraph it supports', async () => {
    const detail = await getJson<ArticleDetail>(ctx.app, `/api/articles/${SEED}`);
    expect(detail.article).toMatchObject({
      title: seedAnnotation().article.title,
      source: '新民晚报',
      reporters: ['江跃中'],
    });
    expect(detail.article.images[0]?.caption).toContain('正式成立');
    for (const m of detail.mentions) {
      expect(detail.article.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
    const lhz = detail.mentions.filter((m) => m.entityId === 'person:李红珍');
    expect(lhz.map((m) => detail.article.text.slice(m.start, m.end))).toEqual(['李红珍', '李红珍']);
    expect(detail.links.map((l) => l.relation)).toEqual([
      'previous',
      'next',
      'related',
      'related',
      'related',
      'related',
      'related',
    ]);
    expect(detail.links.every((l) => l.article.stub)).toBe(true);
    expect(detail.graph.nodes).toHaveLength(31);
    expect(detail.graph.edges).toHaveLength(42);
    const followDetail = await getJson<ArticleDetail>(ctx.app, `/api/articles/${followUp.article.id}`);
    expect(followDetail.graph.edges.map((e) => e.type).sort()).toEqual([
      'HOLDS_POSITION',
      'HOLDS_POSITION',
      'PARTNERS_WITH',
    ]);
  });

  it('answers 404 for an unknown article', async () => {
    expect(await getJson(ctx.app, '/api/articles/0000000000000000', 404)).toMatchObject({
      error: 'not_found',
    });
  });
});

describe('GET /api/articles/:id/related', () => {
  it("gives the page's own links and the articles sharing entities, rare ones weighing more", async () => {
    const related = await getJson<RelatedArticles>(ctx.app, `/api/articles/${SEED}/related`);
    expect(related.links).toHaveLength(7);
    const top = related.shared[0];
    expect(top?.article.id).toBe(followUp.article.id);
    expect(top?.sharedEntities.map((e) => e.name).sort()).toEqual(
      ['李红珍', '吴晨海', '普陀区委组织部', '施耐德电气(中国)有限公司', '桃浦镇党委'].sort(),
    );
    const scores = related.shared.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
