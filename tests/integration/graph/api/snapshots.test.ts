import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  OEmbedResponse,
  Snapshot,
  SnapshotCreated,
  SnapshotInput,
} from '../../../../contract/api/payloads.ts';
import { enc, getJson } from '../../../support/inject.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

const TOKEN = 'snapshot-token';
let ctx: SeededApp;

const view: SnapshotInput = {
  title: '李红珍的关系',
  caption: '普陀区委组织部与未来岛党建联盟',
  lang: 'zh',
  asOf: '2023-04-24',
  nodes: [
    { id: 'person:李红珍', type: 'Person', kind: null, name: '李红珍', subtitle: 'li hong zhen', x: 0, y: 0 },
    {
      id: 'org:上海市普陀区委组织部',
      type: 'Organization',
      kind: 'party',
      name: '普陀区委组织部',
      subtitle: null,
      x: 120,
      y: 40,
    },
  ],
  edges: [
    {
      id: 'r1',
      type: 'HOLDS_POSITION',
      source: 'person:李红珍',
      target: 'org:上海市普陀区委组织部',
      label: '部长',
      weight: 1,
    },
  ],
  citations: [
    {
      id: 'f272be3deda32c55',
      title: '党建火红',
      source: '新民晚报',
      publishedAt: '2023-04-24T15:02:00+08:00',
    },
  ],
};

beforeAll(async () => {
  ctx = await seededApp(undefined, { apiToken: TOKEN });
});

afterAll(async () => {
  await ctx?.close();
});

const save = (body: unknown, token = TOKEN) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/snapshots',
    payload: body as object,
    headers: { authorization: `Bearer ${token}` },
  });

describe('snapshots', () => {
  it('freeze a view under a content id and give it back unchanged', async () => {
    const created = await save(view);
    expect(created.statusCode, created.body).toBe(201);
    const { id, embedPath } = created.json() as SnapshotCreated;
    expect(embedPath).toBe(`/embed/view/${id}`);
    expect((await save(view)).json()).toEqual({ id, embedPath });
    const back = await getJson<Snapshot>(ctx.app, `/api/snapshots/${id}`);
    expect(back).toMatchObject({ ...view, id });
    const oembed = await getJson<OEmbedResponse>(
      ctx.app,
      `/api/oembed?url=${enc(`http://localhost${embedPath}`)}`,
    );
    expect(oembed.title).toBe('李红珍的关系');
    const withPath = await save({ ...view, explorerPath: '/entity/person%3A%E6%9D%8E?depth=2' });
    const kept = await getJson<Snapshot>(ctx.app, `/api/snapshots/${withPath.json().id}`);
    expect(kept.explorerPath).toBe('/entity/person%3A%E6%9D%8E?depth=2');
  });

  it('need the token to save and reject malformed views, naming the field', async () => {
    expect((await save(view, 'wrong')).statusCode).toBe(401);
    const bad = await save({ ...view, nodes: [{ ...view.nodes[0], x: 'left' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/nodes\/0\/x/);
    const extra = await save({ ...view, title: 'with extra', extra: '<script>' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ parameter: 'body/extra' });
    await getJson(ctx.app, '/api/snapshots/nope', 404);
  });
});
