import type { GraphPayload, PathsResult } from '../../../contract/api/payloads.ts';
import { apiGet, type Query } from '../api-client.ts';
import { assembleGraph, type GraphRequest, type GraphResponse, viewRequests } from './graph-requests.ts';
import { NEIGHBOUR_PAGE, type View } from './view-state.ts';
import { computeVisibility } from './visibility.ts';

/** How many paths a view asks for. */
export const PATH_LIMIT = 5;

/**
 * The API call behind each request of a view, written once for the explorer and the live embeds: a
 * neighbourhood's first page; N further pages of one type (the strongest N + 1 pages of that type, up to
 * the API's ceiling of 500); an added node's neighbourhood; the paths between two ends.
 */
export function requestCall(request: GraphRequest): { path: string; query: Query } {
  switch (request.kind) {
    case 'neighborhood':
    case 'node': {
      const path = `/entities/${encodeURIComponent(request.id)}/neighborhood`;
      const typed = request.kind === 'neighborhood' ? request.nodeType : undefined;
      if (request.kind === 'neighborhood' && typed) {
        const pages = request.pages ?? 1;
        return { path, query: { types: typed, limit: Math.min(NEIGHBOUR_PAGE * (pages + 1), 500) } };
      }
      return { path, query: { limit: NEIGHBOUR_PAGE } };
    }
    case 'paths':
      return {
        path: '/paths',
        query: { from: request.from, to: request.to, maxLength: request.maxLength, limit: PATH_LIMIT },
      };
  }
}

/**
 * Everything a view shows, fetched at once and assembled as the explorer assembles it, without what its
 * filters and the person's hiding leave out: the graph a live embed of that view draws.
 */
export async function fetchVisibleView(view: View, signal?: AbortSignal): Promise<GraphPayload> {
  const requests = viewRequests(view);
  const answers = await Promise.all(
    requests.map((request) => {
      const { path, query } = requestCall(request);
      return apiGet<GraphPayload | PathsResult>(path, query, signal);
    }),
  );
  const responses = requests.map((request, i) => ({ request, data: answers[i] }) as GraphResponse);
  const graph = assembleGraph(view, responses);
  const hidden = computeVisibility(graph.nodes, graph.edges, view);
  const nodes = [...graph.nodes.values()].filter((n) => !hidden.hiddenNodes.has(n.id));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = [...graph.edges.values()].filter(
    (e) => !hidden.hiddenEdges.has(e.id) && shown.has(e.source) && shown.has(e.target),
  );
  return { nodes, edges, truncated: graph.omitted.size > 0 };
}
