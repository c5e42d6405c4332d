import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import { ICON_LIMIT, LARGE_VIEW } from '../../components/graph-canvas/graph-style.ts';
import { groupElements } from '../../components/graph-canvas/group-elements.ts';
import { nodeLabel, toElements } from '../../components/graph-canvas/to-elements.ts';
import { MAX_BETWEENNESS_NODES } from '../../features/analytics/AnalyticsPanel.tsx';
import { betweennessCentrality, degreeCentrality } from '../../features/analytics/centrality.ts';
import { type Communities, detectCommunities } from '../../lib/communities.ts';
import { currentLanguage } from '../../lib/i18n/i18n.ts';
import type { View } from '../../lib/view/view-state.ts';
import type { ViewGraph } from './use-view-graph.ts';

export interface ExplorerModel {
  visibleNodes: GraphNode[];
  visibleEdges: GraphEdge[];
  degree: Map<string, number>;
  betweenness: Map<string, number> | null;
  /** The view's communities, when they are drawn or asked for (analytics). */
  communities: Communities | null;
  /** Communities are drawn as groups. */
  grouped: boolean;
  elements: ElementDefinition[];
  large: boolean;
}

/** With grouping on `auto`, views of more than this many visible nodes are drawn by community. */
export const AUTO_GROUP = 150;

/** Whether communities are drawn as groups (never in the hierarchy, which groups by type and level). */
export function isGrouped(view: View, visible: number): boolean {
  if (view.layout === 'dagre' || view.grouping === 'off') return false;
  return view.grouping === 'on' || visible > AUTO_GROUP;
}

function shares(values: ReadonlyMap<string, number>): Map<string, number> {
  const max = Math.max(0, ...values.values());
  return new Map([...values].map(([id, v]) => [id, max > 0 ? v / max : 0]));
}

/** Derived, memoised: what is visible, its centralities, and the canvas elements. */
export function useExplorerModel(
  view: View,
  graph: ViewGraph,
  options: { needBetweenness: boolean; needCommunities: boolean; activePath: number },
): ExplorerModel {
  const { t, i18n } = useTranslation();
  const readings = currentLanguage(i18n.language) === 'en';
  const { hiddenNodes, hiddenEdges } = graph.visibility;
  const visibleNodes = useMemo(
    () => [...graph.nodes.values()].filter((n) => !hiddenNodes.has(n.id)),
    [graph.nodes, hiddenNodes],
  );
  const visibleEdges = useMemo(
    () => [...graph.edges.values()].filter((e) => !hiddenEdges.has(e.id)),
    [graph.edges, hiddenEdges],
  );
  const ids = useMemo(() => visibleNodes.map((n) => n.id), [visibleNodes]);
  const degree = useMemo(() => degreeCentrality(ids, visibleEdges), [ids, visibleEdges]);
  const wantBetweenness =
    (options.needBetweenness || view.sizeBy === 'betweenness') && ids.length <= MAX_BETWEENNESS_NODES;
  const betweenness = useMemo(
    () => (wantBetweenness ? betweennessCentrality(ids, visibleEdges) : null),
    [wantBetweenness, ids, visibleEdges],
  );
  const sizes = useMemo(() => {
    if (view.sizeBy === 'degree') return shares(degree);
    if (view.sizeBy === 'betweenness' && betweenness) return shares(betweenness);
    return null;
  }, [view.sizeBy, degree, betweenness]);

  const path = useMemo(() => {
    if (!view.path || graph.paths.length === 0) return null;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const p of graph.paths) {
      for (const id of p.nodeIds) nodes.add(id);
      for (const s of p.steps) edges.add(s.edge.id);
      for (const e of p.graph.edges) edges.add(e.id);
    }
    const chosen = graph.paths[options.activePath] ?? graph.paths[0];
    const active = new Set(chosen ? chosen.steps.map((s) => s.edge.id) : []);
    return { nodes, edges, active, ends: new Set([view.path.from, view.path.to]) };
  }, [view.path, graph.paths, options.activePath]);

  const grouped = isGrouped(view, visibleNodes.length);
  const wantCommunities = grouped || options.needCommunities;
  const communities = useMemo(
    () =>
      wantCommunities
        ? detectCommunities(
            ids,
            visibleEdges.map((e) => ({
              source: e.source,
              target: e.target,
              weight: Number(e.properties.weight ?? 1),
            })),
          )
        : null,
    [wantCommunities, ids, visibleEdges],
  );

  const large = graph.nodes.size > LARGE_VIEW;
  const flat = useMemo(
    () =>
      toElements(graph.nodes.values(), graph.edges.values(), {
        t,
        readings,
        icons: graph.nodes.size <= ICON_LIMIT,
        focus: view.focus,
        expanded: new Set([...(view.focus ? [view.focus] : []), ...view.expanded]),
        truncated: new Set(graph.omitted.keys()),
        pinned: graph.pinned,
        hiddenNodes,
        hiddenEdges,
        path,
        sizes,
      }),
    [
      graph.nodes,
      graph.edges,
      graph.omitted,
      t,
      readings,
      view.focus,
      view.expanded,
      graph.pinned,
      hiddenNodes,
      hiddenEdges,
      path,
      sizes,
    ],
  );
  const elements = useMemo(() => {
    if (!grouped || !communities) return flat;
    const name = (id: string) => {
      const node = graph.nodes.get(id);
      return node ? (nodeLabel(node, readings).split('\n')[0] ?? id) : id;
    };
    return groupElements(flat, {
      list: communities.list,
      folded: new Set(view.folded),
      label: (c) => t('communities.label', { name: name(c.leader), count: c.members.length }),
    });
  }, [flat, grouped, communities, view.folded, graph.nodes, readings, t]);
  return { visibleNodes, visibleEdges, degree, betweenness, communities, grouped, elements, large };
}
