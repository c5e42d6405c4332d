import Graph from 'graphology';
import type { GraphPayload } from '../../contract/api/payloads.ts';

export interface FlatNode {
  label: string;
  type: string;
  kind: string;
  aliases: string;
  pinyin: string;
  articleCount: number;
}

export interface FlatEdge {
  type: string;
  label: string;
  weight: number;
  firstReported: string;
  lastReported: string;
}

/** Attribute values flattened to strings and numbers, as every graph format can hold them. */
export function flatNode(node: GraphPayload['nodes'][number]): FlatNode {
  return {
    label: node.name,
    type: node.type,
    kind: node.kind ?? '',
    aliases: node.aliases.join('|'),
    pinyin: node.pinyin ?? '',
    articleCount: node.articleCount,
  };
}

export function flatEdge(edge: GraphPayload['edges'][number]): FlatEdge {
  const p = edge.properties;
  return {
    type: edge.type,
    label: String(p.title ?? p.role ?? edge.type),
    weight: Number(p.weight ?? 1),
    firstReported: String(p.firstReported ?? ''),
    lastReported: String(p.lastReported ?? ''),
  };
}

export function toGraphology(payload: GraphPayload): Graph<FlatNode, FlatEdge> {
  const graph = new Graph<FlatNode, FlatEdge>({ type: 'directed', multi: true });
  for (const node of payload.nodes) graph.mergeNode(node.id, flatNode(node));
  for (const edge of payload.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, flatEdge(edge));
    }
  }
  return graph;
}
