import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphPayload, PathsResult } from '../../../../contract/api/payloads.ts';
import { QueryBudgetError } from '../../../../graph/db/unavailable.ts';
import { neighborhood } from '../../../../graph/queries/neighborhood.ts';
import {
  detourAnnotation,
  followUpAnnotation,
  hubAnnotation,
  islandAnnotations,
  seedAnnotation,
} from '../../../support/graph-fixtures.ts';
import { enc, getJson } from '../../../support/inject.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

let ctx: SeededApp;
const paths = (from: string, to: string, extra = '', status = 200) =>
  getJson<PathsResult>(ctx.app, `/api/paths?from=${enc(from)}&to=${enc(to)}${extra}`, status);

beforeAll(async () => {
  ctx = await seededApp([
    seedAnnotation(),
    followUpAnnotation(),
    ...islandAnnotations(),
    hubAnnotation(5000),
    detourAnnotation(),
  ]);
});

afterAll(async () => {
  await ctx?.close();
});

describe('GET /api/paths', () => {
  it('finds the shortest paths with the evidence of every step', async () => {
    const result = await paths('person:肖立', 'person:龚燕凌', '&limit=3');
    expect(result.from.name).toBe('肖立');
    expect(result.paths.length).toBeGreaterThan(0);
    const [first] = result.paths;
    expect(first?.length).toBe(2);
    expect(first?.nodeIds).toEqual([
      'person:肖立',
      'event:2023-04-23:数智炬生未来岛亿数街党建联盟成立',
      'person:龚燕凌',
    ]);
    expect(first?.steps.map((s) => [s.from, s.to])).toEqual([
      ['person:肖立', 'event:2023-04-23:数智炬生未来岛亿数街党建联盟成立'],
      ['event:2023-04-23:数智炬生未来岛亿数街党建联盟成立', 'person:龚燕凌'],
    ]);
    const back = first?.steps[1];
    expect(back?.edge.source).toBe('person:龚燕凌');
    expect(back?.evidence[0]?.text).toContain('桃浦镇党委副书记龚燕凌');
    expect(first?.graph.nodes).toHaveLength(3);
    const lengths = result.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const sequences = result.paths.map((p) => p.nodeIds.join('>'));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const p of result.paths) expect(new Set(p.nodeIds).size).toBe(p.nodeIds.length);
  });

  it('answers fast and empty when there is no path', async () => {
    const started = Date.now();
    const result = await paths('org:孤岛甲公司', 'person:孤岛乙', '&maxLength=6');
    expect(result).toMatchObject({ paths: [], bounded: false });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('goes through articles only when asked', async () => {
    expect((await paths('org:孤岛甲公司', 'person:肖立', '&maxLength=6')).paths).toEqual([]);
    const via = await paths('person:郁芳', 'person:吴晨海', '&maxLength=2&viaArticles=true');
    expect(via.paths.some((p) => p.graph.nodes.some((n) => n.type === 'Article'))).toBe(true);
  });

  it('stays bounded around a hub of 5,000 members', async () => {
    const result = await paths('person:成员00001', 'person:成员04999', '&maxLength=6&limit=10');
    expect(result.paths.length + (result.bounded ? 1 : 0)).toBeGreaterThan(0);
    for (const p of result.paths) expect(p.length).toBe(2);
  });

  it('goes around a hub when another way exists', async () => {
    const result = await paths('person:成员00002', 'person:成员00003', '&maxLength=4&limit=10');
    expect(result.paths.map((p) => p.nodeIds)).toContainEqual([
      'person:成员00002',
      'org:绕行学会',
      'person:成员00003',
    ]);
    for (const p of result.paths) expect(p.nodeIds).not.toContain('org:枢纽联盟');
  });

  it('names bad parameters and unknown entities', async () => {
    expect(await paths('person:肖立', 'person:龚燕凌', '&maxLength=7', 400)).toMatchObject({
      parameter: 'maxLength',
    });
    expect(await getJson(ctx.app, '/api/paths?from=person:x', 400)).toMatchObject({ parameter: 'to' });
    expect(await paths('person:肖立', 'person:nobody', '', 404)).toMatchObject({ error: 'not_found' });
  });
});

describe('neighbourhood limits around a hub', () => {
  const hood = (query: string, status = 200) =>
    getJson<GraphPayload>(ctx.app, `/api/entities/${enc('org:枢纽联盟')}/neighborhood?${query}`, status);

  it('returns the first page and says how many were left out, by type', async () => {
    const graph = await hood('limit=100');
    expect(graph.nodes).toHaveLength(100);
    expect(graph.truncated).toBe(true);
    expect(graph.omitted).toEqual({ Person: 4901 });
    expect(graph.edges).toHaveLength(99);
  });

  it('has a hard ceiling on limit', async () => {
    expect(await hood('limit=501', 400)).toMatchObject({ parameter: 'limit' });
    expect((await hood('limit=500')).nodes).toHaveLength(500);
  });

  it('counts what a relation filter leaves out around the hub exactly', async () => {
    const graph = await hood('limit=100&relations=MEMBER_OF');
    expect(graph.nodes).toHaveLength(100);
    expect(graph.omitted).toEqual({ Person: 4901 });
  });

  it('refuses a filtered neighbourhood past its budget, saying why', async () => {
    const ask = (budget: number) =>
      neighborhood(ctx.db, {
        id: 'org:枢纽联盟',
        depth: 1,
        types: ['Person'],
        relations: ['MEMBER_OF'],
        limit: 100,
        asOf: null,
        budget,
      });
    await expect(ask(4999)).rejects.toThrow(QueryBudgetError);
    await expect(ask(4999)).rejects.toThrow(/5,000 relationships/);
    expect((await ask(5000))?.omitted).toEqual({ Person: 4901 });
  });

  it('keeps depth-2 growth within the limit', async () => {
    const graph = await getJson<GraphPayload>(
      ctx.app,
      `/api/entities/${enc('person:成员00007')}/neighborhood?depth=2&limit=50`,
    );
    expect(graph.nodes).toHaveLength(50);
    expect(graph.truncated).toBe(true);
  });
});

describe('as of a date', () => {
  const lhz = (asOf?: string) =>
    getJson<GraphPayload>(
      ctx.app,
      `/api/entities/${enc('person:李红珍')}/neighborhood${asOf ? `?asOf=${asOf}` : ''}`,
    );

  it('keeps only what articles published by that day support', async () => {
    const now = await lhz();
    expect(now.edges.find((e) => e.properties.title === '部长')?.properties.weight).toBe(2);
    expect(now.nodes.map((n) => n.name)).toContain('普陀区委组织部');
    const before = await lhz('2023-04-23');
    expect(before.nodes.map((n) => n.id)).toEqual(['person:李红珍']);
    expect(before.edges).toEqual([]);
    const after = await lhz('2023-04-24');
    expect(after.nodes.length).toBe(now.nodes.length);
    const schneider = await getJson<GraphPayload>(
      ctx.app,
      `/api/entities/${enc('org:施耐德电气(中国)有限公司')}/neighborhood?asOf=2023-05-01`,
    );
    expect(schneider.edges.some((e) => e.type === 'PARTNERS_WITH')).toBe(false);
  });

  it('rejects a malformed date', async () => {
    expect(
      await getJson(ctx.app, `/api/entities/${enc('person:李红珍')}/neighborhood?asOf=yesterday`, 400),
    ).toMatchObject({
      parameter: 'asOf',
    });
  });
});
