import { AnalyticsPanel } from '../../features/analytics/AnalyticsPanel.tsx';
import { DetailsPanel } from '../../features/details/DetailsPanel.tsx';
import { FilterPanel } from '../../features/filters/FilterPanel.tsx';
import type { Facets } from '../../features/filters/facets.ts';
import { type PathEnd, PathPanel } from '../../features/paths/PathPanel.tsx';
import type { View } from '../../lib/view/view-state.ts';
import { useViewStore } from '../../lib/view/view-store.tsx';
import { Sidebar, type SidebarTab } from './Sidebar.tsx';
import type { ExplorerModel } from './use-explorer-model.ts';
import type { ViewGraph } from './use-view-graph.ts';

type Draft = { from: PathEnd | null; to: PathEnd | null; maxLength: number };

interface ExplorerSidebarProps {
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  view: View;
  graph: ViewGraph;
  model: ExplorerModel;
  facets: Facets;
  selection: readonly string[];
  selectOne: (id: string) => void;
  pathDraft: Draft;
  onPathDraft: (draft: Draft) => void;
  activePath: number;
  onActivePath: (index: number) => void;
  pathPending: boolean;
}

/** The side panel's four tabs, wired to the view. */
export function ExplorerSidebar(props: ExplorerSidebarProps) {
  const { act } = useViewStore();
  const { view, graph, model, selection, pathDraft, onPathDraft } = props;
  const expanded = new Set([...(view.focus ? [view.focus] : []), ...view.expanded]);
  const pinned = new Set(view.pinned.map((p) => p.id));
  const lastNode = [...selection].reverse().find((id) => graph.nodes.has(id));
  const selected = lastNode ? { id: lastNode, name: graph.nodes.get(lastNode)?.name ?? lastNode } : null;
  return (
    <Sidebar
      tab={props.tab}
      onTab={props.onTab}
      panels={{
        details: (
          <DetailsPanel
            selection={selection}
            context={{
              nodes: graph.nodes,
              edges: graph.edges,
              omitted: graph.omitted,
              expanded: (id) => expanded.has(id),
              pinned: (id) => pinned.has(id),
              onAction: act,
              onPathEnd: (end, id) => {
                onPathDraft({ ...pathDraft, [end]: { id, name: graph.nodes.get(id)?.name ?? id } });
                props.onTab('paths');
              },
            }}
          />
        ),
        filters: (
          <FilterPanel
            facets={props.facets}
            filters={view.filters}
            onChange={(filters) => act({ type: 'filters', filters })}
          />
        ),
        paths: (
          <PathPanel
            draft={pathDraft}
            onDraft={onPathDraft}
            selected={selected}
            query={view.path}
            onFind={(q) => act({ type: 'path', ...q })}
            onClear={() => act({ type: 'clearPath' })}
            active={props.activePath}
            onActive={props.onActivePath}
          />
        ),
        analytics: (
          <AnalyticsPanel
            nodes={model.visibleNodes}
            degree={model.degree}
            betweenness={model.betweenness}
            sizeBy={view.sizeBy}
            onSizeBy={(sizeBy) => act({ type: 'sizeBy', sizeBy })}
            onSelect={props.selectOne}
          />
        ),
      }}
    />
  );
}
