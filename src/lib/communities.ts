import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './seeded-random.ts';
import { shortKey } from './view/short-key.ts';

/** A group of nodes more tied to each other than to the rest of the view. */
export interface Community {
  /** Stable name for the URL (folding): the short key of its leader. */
  key: string;
  /** Position in the list (largest first): picks its colour. */
  index: number;
  /** The most connected member (ties: the smaller id). */
  leader: string;
  members: string[];
}

/** A node whose relationships reach into other communities than its own. */
export interface Broker {
  id: string;
  /** How many communities its relationships reach, its own included. */
  communities: number;
  /** Relationships that leave its own community. */
  bridges: number;
}

export interface Communities {
  list: Community[];
  /** Community index of each node in one (nodes in groups too small to show are in none). */
  of: Map<string, number>;
  brokers: Broker[];
  modularity: number;
}

/** Smaller groups are not drawn as groups: their nodes stay on their own. */
export const MIN_COMMUNITY = 3;

/**
 * Louvain communities of the view (graphology-communities-louvain), deterministic: nodes and edges are
 * added in id order and the random choices are seeded, so the same view always gives the same groups.
 */
export function detectCommunities(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string; weight?: number }[],
): Communities {
  const graph = new Graph({ type: 'undirected', multi: false });
  const ids = [...nodeIds].sort();
  for (const id of ids) graph.addNode(id);
  const sorted = [...edges].sort((a, b) =>
    a.source === b.source ? a.target.localeCompare(b.target) : a.source.localeCompare(b.source),
  );
  for (const e of sorted) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const weight = e.weight ?? 1;
    if (graph.hasEdge(e.source, e.target)) {
      graph.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => (w ?? 0) + weight);
    } else graph.addEdge(e.source, e.target, { weight });
  }
  if (graph.size === 0) return { list: [], of: new Map(), brokers: [], modularity: 0 };
  const result = louvain.detailed(graph, { rng: seededRandom(ids.join('|')), getEdgeWeight: 'weight' });
  const groups = new Map<number, string[]>();
  for (const id of ids) {
    const c = result.communities[id] as number;
    groups.set(c, [...(groups.get(c) ?? []), id]);
  }
  const degree = (id: string) => graph.degree(id);
  const list = [...groups.values()]
    .filter((members) => members.length >= MIN_COMMUNITY)
    .map((members) => {
      const leader = [...members].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))[0] as string;
      return { leader, members };
    })
    .sort((a, b) => b.members.length - a.members.length || a.leader.localeCompare(b.leader))
    .map((c, index) => ({ key: shortKey(c.leader), index, leader: c.leader, members: c.members }));
  const of = new Map<string, number>();
  for (const c of list) for (const m of c.members) of.set(m, c.index);
  const brokers: Broker[] = [];
  for (const id of ids) {
    const own = of.get(id);
    const reached = new Set<number>(own === undefined ? [] : [own]);
    let bridges = 0;
    graph.forEachNeighbor(id, (other) => {
      const c = of.get(other);
      if (c === undefined || c === own) return;
      reached.add(c);
      bridges += 1;
    });
    if (reached.size >= 2) brokers.push({ id, communities: reached.size, bridges });
  }
  brokers.sort((a, b) => b.communities - a.communities || b.bridges - a.bridges || a.id.localeCompare(b.id));
  return { list, of, brokers, modularity: result.modularity };
}
