import { describe, expect, it } from 'vitest';
import { relatedOnly } from '../../../../../src/features/article/related-only.ts';
import { edge, node } from '../../lib/view/graph-fixtures.ts';

describe('relatedOnly', () => {
  it('keeps the entities at either end of a relation and counts the ones only named', () => {
    const graph = {
      nodes: [
        node('区委', 'Organization'),
        node('组织部', 'Organization'),
        node('宣传部', 'Organization'),
        node('青湾公司', 'Organization'),
      ],
      edges: [edge('组织部', '区委', 'PART_OF')],
      truncated: false,
    };
    const { shown, unrelated } = relatedOnly(graph);
    expect(shown.nodes.map((n) => n.id)).toEqual(['区委', '组织部']);
    expect(shown.edges).toBe(graph.edges);
    expect(unrelated).toBe(2);
  });

  it('shows nothing when the article relates nothing', () => {
    const { shown, unrelated } = relatedOnly({
      nodes: [node('区委', 'Organization')],
      edges: [],
      truncated: false,
    });
    expect(shown.nodes).toEqual([]);
    expect(unrelated).toBe(1);
  });
});
