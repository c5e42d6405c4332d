import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../../contract/api/payloads.ts';
import { exportGraph } from '../../../../graph/export/formats.ts';

const payload = {
  nodes: [
    {
      id: 'org:A&B"<公司>',
      name: 'A&B <科技> "有限" 公司',
      type: 'Organization',
      kind: 'company',
      aliases: ['甲 & 乙', "it's"],
      articleCount: 3,
      properties: {},
    },
    { id: 'person:李红珍', name: '李红珍', type: 'Person', aliases: [], articleCount: 1, properties: {} },
  ],
  edges: [
    {
      id: 'r1',
      source: 'person:李红珍',
      target: 'org:A&B"<公司>',
      type: 'HOLDS_POSITION',
      properties: { title: '董事长 & <总经理>', weight: 2, firstReported: '2023-01-01T00:00:00.000Z' },
    },
  ],
  truncated: false,
} as unknown as GraphPayload;

describe('GraphML export', () => {
  it('escapes names, ids and titles so a GraphML reader gets them back unchanged', () => {
    const file = exportGraph(payload, 'graphml');
    expect(file.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    const graph = parseGraphml(Graph, file.body);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('org:A&B"<公司>', 'label')).toBe('A&B <科技> "有限" 公司');
    expect(graph.getNodeAttribute('org:A&B"<公司>', 'aliases')).toBe("甲 & 乙|it's");
    expect(graph.getNodeAttribute('person:李红珍', 'kind')).toBe('');
    const [edge] = graph.edges();
    expect(graph.source(edge)).toBe('person:李红珍');
    expect(graph.getEdgeAttribute(edge, 'label')).toBe('董事长 & <总经理>');
    expect(graph.getEdgeAttribute(edge, 'weight')).toBe(2);
  });
});
