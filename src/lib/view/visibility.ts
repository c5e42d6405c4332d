import { asOfBound } from '../../../contract/api/as-of.ts';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import type { View } from './view-state.ts';

/** When an edge was first reported (UTC ISO), or null when the data does not say. */
export function firstReported(edge: GraphEdge): string | null {
  return isoOrNull(edge.properties.firstReported);
}

function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** Hidden by the as-of date only (to say how much the slider hides). */
  notYetReported: Set<string>;
}

/**
 * Pure: what the filters and the person's own hiding leave out. Hidden elements stay in the canvas
 * (display: none) so showing them again puts them back where they were.
 */
export function computeVisibility(
  nodes: ReadonlyMap<string, GraphNode>,
  edges: ReadonlyMap<string, GraphEdge>,
  view: View,
): Visibility {
  const { hiddenTypes, hiddenKinds, hiddenRelations, asOf } = view.filters;
  const keep = new Set([view.focus, view.path?.from, view.path?.to].filter(Boolean) as string[]);
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const notYetReported = new Set<string>();
  const userHidden = new Set(view.hidden);
  for (const node of nodes.values()) {
    if (keep.has(node.id)) continue;
    if (
      userHidden.has(node.id) ||
      hiddenTypes.includes(node.type) ||
      (node.kind !== null && hiddenKinds.includes(node.kind))
    ) {
      hiddenNodes.add(node.id);
    }
  }
  const bound = asOf ? asOfBound(asOf) : null;
  const edgesByNode = new Map<string, { total: number; late: number }>();
  for (const edge of edges.values()) {
    const reported = firstReported(edge);
    const late = bound !== null && reported !== null && reported > bound;
    for (const end of [edge.source, edge.target]) {
      const count = edgesByNode.get(end) ?? { total: 0, late: 0 };
      count.total += 1;
      if (late) count.late += 1;
      edgesByNode.set(end, count);
    }
    if (late) {
      hiddenEdges.add(edge.id);
      notYetReported.add(edge.id);
    } else if (hiddenRelations.includes(edge.type)) {
      hiddenEdges.add(edge.id);
    }
  }
  if (bound) {
    for (const node of nodes.values()) {
      const count = edgesByNode.get(node.id);
      const published = isoOrNull(node.properties.publishedAt);
      const lateArticle = published !== null && published > bound;
      if (!keep.has(node.id) && ((count && count.total > 0 && count.late === count.total) || lateArticle)) {
        hiddenNodes.add(node.id);
        notYetReported.add(node.id);
      }
    }
  }
  for (const edge of edges.values()) {
    if (hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target)) hiddenEdges.add(edge.id);
  }
  return { hiddenNodes, hiddenEdges, notYetReported };
}
