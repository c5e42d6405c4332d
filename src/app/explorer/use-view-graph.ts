import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { GraphPayload, PathsResult } from '../../../contract/api/payloads.ts';
import { pathsOptions } from '../../features/paths/api/get-paths.ts';
import {
  type AssembledGraph,
  assembleGraph,
  type GraphRequest,
  type GraphResponse,
  viewRequests,
} from '../../lib/view/graph-requests.ts';
import { keysToIds } from '../../lib/view/short-key.ts';
import type { View } from '../../lib/view/view-state.ts';
import { computeVisibility, type Visibility } from '../../lib/view/visibility.ts';
import { neighborhoodOptions } from './api/get-neighborhood.ts';

export interface RequestState {
  request: GraphRequest;
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
  retry: () => void;
}

export interface ViewGraph extends AssembledGraph {
  visibility: Visibility;
  requests: RequestState[];
  /** Pinned nodes in view, by id (the view names them by short key), and where they are held. */
  pinned: Map<string, { x: number; y: number }>;
  /** Every request of the view has its answer or its error: the picture is complete. */
  settled: boolean;
}

function optionsFor(request: GraphRequest) {
  switch (request.kind) {
    case 'neighborhood':
      return neighborhoodOptions(request.id, request.nodeType, request.pages);
    case 'node':
      return neighborhoodOptions(request.id);
    case 'paths':
      return pathsOptions(request.from, request.to, request.maxLength);
  }
}

/** Everything the view asks for, fetched in parallel (and cached), assembled into one graph. */
export function useViewGraph(view: View): ViewGraph {
  const requests = useMemo(() => viewRequests(view), [view]);
  const results = useQueries({
    queries: requests.map((r) => optionsFor(r) as ReturnType<typeof neighborhoodOptions>),
    combine: (list) => ({
      data: list.map((r) => r.data as GraphPayload | PathsResult | undefined),
      states: list.map((r) => ({
        isPending: r.isPending,
        isFetching: r.isFetching,
        error: r.error,
        refetch: r.refetch,
      })),
    }),
  });
  const dataKey = results.data;
  const assembled = useMemo(() => {
    const responses = requests.map((request, i) => ({ request, data: dataKey[i] }) as GraphResponse);
    return assembleGraph(view, responses);
  }, [view, requests, dataKey]);
  const visibility = useMemo(
    () => computeVisibility(assembled.nodes, assembled.edges, view),
    [assembled, view],
  );
  const pinned = useMemo(() => {
    const ids = keysToIds(assembled.nodes.keys());
    return new Map(
      view.pinned.flatMap((p) => {
        const id = ids.get(p.key);
        return id ? [[id, { x: p.x, y: p.y }] as const] : [];
      }),
    );
  }, [assembled.nodes, view.pinned]);
  const states = requests.map((request, i) => {
    const s = results.states[i];
    return {
      request,
      isPending: s?.isPending ?? true,
      isFetching: s?.isFetching ?? false,
      error: s?.error ?? null,
      retry: () => void s?.refetch(),
    };
  });
  const settled = states.every((s) => !s.isPending || s.error !== null);
  return { ...assembled, visibility, requests: states, pinned, settled };
}
