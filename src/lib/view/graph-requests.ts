import type {
  EntityTypeName,
  FoundPath,
  GraphEdge,
  GraphNode,
  GraphPayload,
  NodeTypeName,
  PathsResult,
} from '../../../contract/api/payloads.ts';
import type { View } from './view-state.ts';

/** What the view needs from the server. */
export type GraphRequest =
  /** A neighbourhood's first page, or (with a type) that many further pages of one type. */
  | { kind: 'neighborhood'; id: string; nodeType?: EntityTypeName; pages?: number }
  | { kind: 'paths'; from: string; to: string; maxLength: number }
  /** An added node: its neighbourhood is fetched, only the node and its edges to the view are kept. */
  | { kind: 'node'; id: string };

export type GraphResponse =
  | { request: Extract<GraphRequest, { kind: 'neighborhood' | 'node' }>; data: GraphPayload | undefined }
  | { request: Extract<GraphRequest, { kind: 'paths' }>; data: PathsResult | undefined };

export function viewRequests(view: View): GraphRequest[] {
  const requests: GraphRequest[] = [];
  if (view.focus) requests.push({ kind: 'neighborhood', id: view.focus });
  for (const id of view.expanded) requests.push({ kind: 'neighborhood', id });
  for (const m of view.more)
    requests.push({ kind: 'neighborhood', id: m.id, nodeType: m.type, pages: m.pages });
  if (view.path) requests.push({ kind: 'paths', ...view.path });
  for (const id of view.added) requests.push({ kind: 'node', id });
  return requests;
}

export function requestKey(r: GraphRequest): string {
  switch (r.kind) {
    case 'neighborhood':
      return `n|${r.nodeType ?? ''}|${r.pages ?? 0}|${r.id}`;
    case 'paths':
      return `p|${r.maxLength}|${r.from}|${r.to}`;
    case 'node':
      return `a|${r.id}`;
  }
}

export interface AssembledGraph {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  /** For each node, the node it was reached from: new nodes are placed beside it. */
  parents: Map<string, string>;
  /** Expanded hubs whose neighbours were not all shown: how many are left out, by type. */
  omitted: Map<string, Partial<Record<NodeTypeName, number>>>;
  paths: FoundPath[];
}

/** Pure: the elements of the view from the server's answers (missing answers are simply not there yet). */
export function assembleGraph(view: View, responses: readonly GraphResponse[]): AssembledGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const parents = new Map<string, string>();
  const omitted = new Map<string, Partial<Record<NodeTypeName, number>>>();
  let paths: FoundPath[] = [];
  const addNode = (node: GraphNode, parent: string | undefined) => {
    if (!nodes.has(node.id) && parent && parent !== node.id) parents.set(node.id, parent);
    nodes.set(node.id, node);
  };
  const addPayload = (payload: GraphPayload, parent: string | undefined) => {
    for (const node of payload.nodes) addNode(node, parent);
    for (const edge of payload.edges) edges.set(edge.id, edge);
  };
  const morePages = new Set(view.more.map((m) => `${m.type}|${m.id}`));

  for (const { request, data } of responses) {
    if (!data || request.kind === 'node') continue;
    if (request.kind === 'paths') {
      const result = data as PathsResult;
      paths = result.paths;
      for (const path of result.paths) {
        for (const node of path.graph.nodes) addNode(node, parentOnPath(path, node.id));
        for (const edge of path.graph.edges) edges.set(edge.id, edge);
      }
      continue;
    }
    const payload = data as GraphPayload;
    addPayload(payload, request.id);
    if (payload.truncated && payload.omitted) {
      const counts = { ...omitted.get(request.id) };
      for (const [type, n] of Object.entries(payload.omitted) as [NodeTypeName, number][]) {
        if (request.nodeType ? type === request.nodeType : !morePages.has(`${type}|${request.id}`)) {
          counts[type] = n;
        }
      }
      if (Object.keys(counts).length > 0) omitted.set(request.id, counts);
    }
  }
  for (const { request, data } of responses) {
    if (request.kind !== 'node' || !data) continue;
    const payload = data as GraphPayload;
    const self = payload.nodes.find((n) => n.id === request.id);
    if (!self) continue;
    const links = payload.edges.filter(
      (e) =>
        (e.source === request.id && nodes.has(e.target)) || (e.target === request.id && nodes.has(e.source)),
    );
    const first = links[0];
    addNode(self, first ? (first.source === request.id ? first.target : first.source) : undefined);
    for (const edge of links) edges.set(edge.id, edge);
  }

  const removed = new Set(view.removed);
  for (const id of removed) {
    nodes.delete(id);
    parents.delete(id);
    omitted.delete(id);
  }
  for (const [id, edge] of edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) edges.delete(id);
  }
  return { nodes, edges, parents, omitted, paths };
}

function parentOnPath(path: FoundPath, id: string): string | undefined {
  const i = path.nodeIds.indexOf(id);
  return i > 0 ? path.nodeIds[i - 1] : undefined;
}
