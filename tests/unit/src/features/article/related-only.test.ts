import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../../contract/api/payloads.ts';
import { relatedOnly } from '../../../../../src/features/article/related-only.ts';

const node = (id: string): GraphNode => ({
  id,
  type: 'Organization',
  kind: null,
  name: id,
  aliases: [],
  pinyin: null,
  nameEn: null,
  properties: {},
  articleCount: 1,
});
const edge = (source: string, target: string): GraphEdge => ({
  id: `${source}-${target}`,
  type: 'PART_OF',
  source,
  target,
  properties: { weight: 1 },
});

describe('relatedOnly', () => {
  it('keeps the entities at either end of a relation and counts the ones only named', () => {
    const graph = {
      nodes: [node('区委'), node('组织部'), node('宣传部'), node('青湾公司')],
      edges: [edge('组织部', '区委')],
      truncated: false,
    };
    const { shown, unrelated } = relatedOnly(graph);
    expect(shown.nodes.map((n) => n.id)).toEqual(['区委', '组织部']);
    expect(shown.edges).toBe(graph.edges);
    expect(unrelated).toBe(2);
  });

  it('shows nothing when the article relates nothing', () => {
    const { shown, unrelated } = relatedOnly({ nodes: [node('区委')], edges: [], truncated: false });
    expect(shown.nodes).toEqual([]);
    expect(unrelated).toBe(1);
  });
});
