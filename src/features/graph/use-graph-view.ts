import { useCallback, useMemo, useState } from 'react';
import type { GraphEdge, GraphNode, GraphPayload } from '../../../graph/contract/payloads.ts';

interface ViewState {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  expanded: Set<string>;
  parents: Map<string, string>;
}

const empty = (): ViewState => ({
  nodes: new Map(),
  edges: new Map(),
  expanded: new Set(),
  parents: new Map(),
});

/** The set of elements in view: a focus neighbourhood, grown by expanding nodes. */
export function useGraphView() {
  const [state, setState] = useState<ViewState>(empty);

  const reset = useCallback((payload: GraphPayload, focusId: string) => {
    setState(() => merge(empty(), payload, focusId));
  }, []);

  const expand = useCallback((payload: GraphPayload, parentId: string) => {
    setState((current) => merge(current, payload, parentId));
  }, []);

  const nodes = useMemo(() => [...state.nodes.values()], [state.nodes]);
  const edges = useMemo(() => [...state.edges.values()], [state.edges]);
  return { nodes, edges, expanded: state.expanded, parents: state.parents, reset, expand };
}

function merge(current: ViewState, payload: GraphPayload, parentId: string): ViewState {
  const nodes = new Map(current.nodes);
  const parents = new Map(current.parents);
  for (const node of payload.nodes) {
    if (!nodes.has(node.id) && node.id !== parentId) parents.set(node.id, parentId);
    nodes.set(node.id, node);
  }
  const edges = new Map(current.edges);
  for (const edge of payload.edges) edges.set(edge.id, edge);
  const expanded = new Set(current.expanded).add(parentId);
  return { nodes, edges, expanded, parents };
}
