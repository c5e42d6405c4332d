import type { GraphEdge, GraphNode, NodeTypeName } from '../../../../../contract/api/payloads.ts';

export function node(id: string, type: NodeTypeName = 'Person', kind: string | null = null): GraphNode {
  return {
    id,
    type,
    kind,
    name: id,
    aliases: [],
    pinyin: null,
    nameEn: null,
    properties: {},
    articleCount: 1,
  };
}

export function edge(source: string, target: string, type = 'MEMBER_OF', firstReported?: string): GraphEdge {
  return {
    id: `${type}:${source}->${target}`,
    type,
    source,
    target,
    properties: { weight: 1, ...(firstReported ? { firstReported } : {}) },
  };
}
