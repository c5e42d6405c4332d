import { describe, expect, it } from 'vitest';
import type {
  ArticleDetail,
  GraphEdge,
  GraphNode,
  GraphPayload,
  NodeTypeName,
  PathsResult,
  Snapshot,
} from '../../../../contract/api/payloads.ts';
import { buildModel, nodeLabel, pathPositions, ringPositions } from '../../../../src/embed/model.ts';
import { STRINGS } from '../../../../src/embed/strings.ts';
import { node as graphNode } from '../lib/view/graph-fixtures.ts';

function node(id: string, type: NodeTypeName = 'Person', extra: Partial<GraphNode> = {}): GraphNode {
  return { ...graphNode(id, type), ...extra };
}

function edge(
  source: string,
  target: string,
  properties: GraphEdge['properties'] = {},
  type = 'HOLDS_POSITION',
): GraphEdge {
  return {
    id: `${source}-${target}`,
    type,
    source,
    target,
    properties: { weight: 2, ...properties },
  };
}

const article = { id: 'a1', title: '党建火红', publishedAt: '2023-04-24T15:02:00+08:00', source: '新民晚报' };

describe('buildModel', () => {
  it('a live entity: rings around it, labels in the UI language (its sources come later)', () => {
    const neighborhood: GraphPayload = {
      nodes: [
        node('李红珍', 'Person', { pinyin: 'li hong zhen' }),
        node('组织部', 'Organization'),
        node('会', 'Event'),
      ],
      edges: [
        edge('李红珍', '组织部', { title: '部长' }),
        edge('李红珍', '会', { role: 'speaker' }, 'PARTICIPATED_IN'),
        edge('李红珍', '无', {}),
      ],
      truncated: true,
    };
    const model = buildModel(
      { kind: 'entity', neighborhood, asOf: '2023-05-01' },
      { kind: 'entity', id: '李红珍' },
      STRINGS.en,
    );
    expect(model.title).toBe('李红珍');
    expect(model.edges.map((e) => e.label)).toEqual(['部长', 'spoke at']);
    expect(model.nodes.find((n) => n.id === '李红珍')).toMatchObject({
      x: 0,
      y: 0,
      subtitle: 'li hong zhen',
    });
    expect(model.nodes.every((n) => n.x !== undefined && n.y !== undefined)).toBe(true);
    expect(model).toMatchObject({
      layout: 'preset',
      focus: ['李红珍'],
      badge: 'As of 2023-05-01',
      note: STRINGS.en.truncated,
      citations: [],
      openHref: `/entity/${encodeURIComponent('李红珍')}?asOf=2023-05-01`,
      live: true,
    });
    expect(
      buildModel({ kind: 'entity', neighborhood, asOf: null }, { kind: 'entity', id: '李红珍' }, STRINGS.zh)
        .edges[1]?.label,
    ).toBe('讲话');
  });

  it('an article: its graph laid out in the browser, the article as the source', () => {
    const detail = {
      article: { ...article, text: '' },
      graph: {
        nodes: [node('a'), node('b')],
        edges: [edge('a', 'b', {}, 'PARTNERS_WITH')],
        truncated: false,
      },
    } as unknown as ArticleDetail;
    const model = buildModel({ kind: 'article', detail }, { kind: 'article', id: 'a1' }, STRINGS.zh);
    expect(model).toMatchObject({
      title: '党建火红',
      layout: 'cose',
      openHref: '/article/a1',
      citations: [{ id: 'a1' }],
    });
    expect(model.edges[0]?.label).toBe('合作');
  });

  it('paths: left to right, ends emphasised, evidence articles cited once', () => {
    const a = node('A');
    const b = node('B');
    const m1 = node('M1');
    const m2 = node('M2');
    const step = (from: string, to: string) => ({
      edge: edge(from, to),
      from,
      to,
      evidence: [{ article, text: '…', start: 0, end: 1 }],
    });
    const result: PathsResult = {
      from: a,
      to: b,
      bounded: false,
      paths: [
        {
          length: 2,
          nodeIds: ['A', 'M1', 'B'],
          graph: { nodes: [a, m1, b], edges: [edge('A', 'M1'), edge('M1', 'B')], truncated: false },
          steps: [step('A', 'M1'), step('M1', 'B')],
        },
        {
          length: 2,
          nodeIds: ['A', 'M2', 'B'],
          graph: { nodes: [a, m2, b], edges: [edge('A', 'M2'), edge('M2', 'B')], truncated: false },
          steps: [step('A', 'M2')],
        },
      ],
    };
    const model = buildModel({ kind: 'path', result }, { kind: 'path', from: 'A', to: 'B' }, STRINGS.zh);
    const x = (id: string) => model.nodes.find((n) => n.id === id)?.x;
    expect(x('A')).toBeLessThan(x('M1') ?? 0);
    expect(x('M1')).toBe(x('M2'));
    expect(x('M1')).toBeLessThan(x('B') ?? 0);
    expect(model.nodes).toHaveLength(4);
    expect(model.edges).toHaveLength(4);
    expect(model.focus).toEqual(['A', 'B']);
    expect(model.citations).toHaveLength(1);
    expect(model.title).toBe('A → B');

    const none = buildModel(
      { kind: 'path', result: { ...result, paths: [] } },
      { kind: 'path', from: 'A', to: 'B' },
      STRINGS.en,
    );
    expect(none.caption).toBe('No path connects A and B.');
    expect(none.nodes.map((n) => n.id)).toEqual(['A', 'B']);
  });

  it('a snapshot: stored positions and text as saved, frozen', () => {
    const snapshot: Snapshot & { explorerPath: string } = {
      id: 's1',
      createdAt: '2024-01-02T03:04:05Z',
      title: 'T',
      caption: 'C',
      lang: 'zh',
      asOf: '2023-04-30',
      nodes: [
        {
          id: 'n',
          type: 'Organization',
          kind: 'party',
          name: '组织部',
          subtitle: 'zu zhi bu',
          x: 12.5,
          y: -3,
        },
      ],
      edges: [],
      citations: [{ id: 'a1', title: 't', source: null, publishedAt: null }],
      explorerPath: '/entity/n?x=1',
    };
    const model = buildModel({ kind: 'view', snapshot }, { kind: 'view', id: 's1' }, STRINGS.zh);
    expect(model.nodes[0]).toMatchObject({ x: 12.5, y: -3, name: '组织部', subtitle: 'zu zhi bu' });
    expect(model).toMatchObject({ layout: 'preset', live: false, openHref: '/entity/n?x=1' });
    expect(model.badge).toBe('2024-01-02 的快照 · 截至 2023-04-30');
  });
});

describe('positions', () => {
  it('rings hold more nodes further out and never overlap', () => {
    const nodes = [
      { id: 'hub', type: 'Organization' as const },
      ...Array.from({ length: 99 }, (_, i) => ({ id: `p${i}`, type: 'Person' as const })),
    ];
    const at = ringPositions('hub', nodes, []);
    expect(at.get('hub')).toEqual({ x: 0, y: 0 });
    expect(at.size).toBe(100);
    const points = [...at.values()];
    for (const [i, p] of points.entries())
      for (const q of points.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(40);
    const radius = Math.max(...points.map((p) => Math.hypot(p.x, p.y)));
    expect(radius).toBeLessThan(600);
  });

  it('path columns follow the order along the first path that visits a node', () => {
    const at = pathPositions([{ nodeIds: ['a', 'b', 'c'] }, { nodeIds: ['a', 'd', 'c'] }]);
    expect(at.get('a')?.x).toBe(0);
    expect(at.get('b')?.x).toBe(at.get('d')?.x);
    expect(at.get('b')?.y).toBe(-(at.get('d')?.y ?? 0));
    expect(at.get('c')?.y).toBe(0);
  });

  it('labels carry the reading only when asked and when it differs', () => {
    expect(nodeLabel({ name: '李红珍', subtitle: 'li hong zhen' }, true)).toBe('李红珍\nli hong zhen');
    expect(nodeLabel({ name: '李红珍', subtitle: 'li hong zhen' }, false)).toBe('李红珍');
    expect(nodeLabel({ name: 'Siemens', subtitle: 'Siemens' }, true)).toBe('Siemens');
    expect(nodeLabel({ name: 'x', subtitle: 'y'.repeat(40) }, true)).toBe(`x\n${'y'.repeat(25)}…`);
  });
});
