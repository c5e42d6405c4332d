import type { GraphPayload } from '../../../contract/api/payloads.ts';

/** The entities the article relates to something; the rest are only named (the text highlights them). */
export function relatedOnly(graph: GraphPayload): { shown: GraphPayload; unrelated: number } {
  const ends = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const nodes = graph.nodes.filter((n) => ends.has(n.id));
  return { shown: { ...graph, nodes }, unrelated: graph.nodes.length - nodes.length };
}
