export interface SimpleEdge {
  source: string;
  target: string;
}

export interface Centrality {
  degree: Map<string, number>;
  /** Normalised to 0..1 (share of shortest paths between other nodes that pass through the node). */
  betweenness: Map<string, number>;
}

function adjacency(nodeIds: readonly string[], edges: readonly SimpleEdge[]): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(nodeIds.map((id) => [id, new Set<string>()]));
  for (const { source, target } of edges) {
    if (source === target) continue;
    adj.get(source)?.add(target);
    adj.get(target)?.add(source);
  }
  return adj;
}

/** Number of distinct neighbours in view (parallel edges count once). */
export function degreeCentrality(
  nodeIds: readonly string[],
  edges: readonly SimpleEdge[],
): Map<string, number> {
  const adj = adjacency(nodeIds, edges);
  return new Map([...adj].map(([id, set]) => [id, set.size]));
}

/**
 * Brandes' algorithm on the undirected, unweighted graph in view: O(V·E). "Who connects these
 * clusters?" is the node with the highest value.
 */
export function betweennessCentrality(
  nodeIds: readonly string[],
  edges: readonly SimpleEdge[],
): Map<string, number> {
  const adj = adjacency(nodeIds, edges);
  const score = new Map<string, number>(nodeIds.map((id) => [id, 0]));
  for (const s of nodeIds) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue: string[] = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as string;
      stack.push(v);
      const dv = dist.get(v) as number;
      for (const w of adj.get(v) ?? []) {
        if (!dist.has(w)) {
          dist.set(w, dv + 1);
          queue.push(w);
        }
        if (dist.get(w) === dv + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + (sigma.get(v) ?? 0));
          const list = preds.get(w);
          if (list) list.push(v);
          else preds.set(w, [v]);
        }
      }
    }
    const delta = new Map<string, number>();
    while (stack.length > 0) {
      const w = stack.pop() as string;
      for (const v of preds.get(w) ?? []) {
        const share = ((sigma.get(v) ?? 0) / (sigma.get(w) ?? 1)) * (1 + (delta.get(w) ?? 0));
        delta.set(v, (delta.get(v) ?? 0) + share);
      }
      if (w !== s) score.set(w, (score.get(w) ?? 0) + (delta.get(w) ?? 0));
    }
  }
  const n = nodeIds.length;
  // Undirected: every pair was counted from both ends.
  const norm = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  return new Map([...score].map(([id, v]) => [id, v / 2 / norm]));
}

export function centrality(nodeIds: readonly string[], edges: readonly SimpleEdge[]): Centrality {
  return { degree: degreeCentrality(nodeIds, edges), betweenness: betweennessCentrality(nodeIds, edges) };
}
