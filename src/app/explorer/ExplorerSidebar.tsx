import type { Dispatch } from 'react';
import { AnalyticsPanel } from '../../features/analytics/AnalyticsPanel.tsx';
import { DetailsPanel } from '../../features/details/DetailsPanel.tsx';
import { FilterPanel } from '../../features/filters/FilterPanel.tsx';
import type { Facets } from '../../features/filters/facets.ts';
import { PathPanel } from '../../features/paths/PathPanel.tsx';
import type { View } from '../../lib/view/view-state.ts';
import { useViewStore } from '../../lib/view/view-store.tsx';
import { type ExplorerUi, type ExplorerUiAction, pathKey } from './explorer-ui.ts';
import { Sidebar } from './Sidebar.tsx';
import type { ExplorerModel } from './use-explorer-model.ts';
import type { ViewGraph } from './use-view-graph.ts';

interface ExplorerSidebarProps {
  ui: ExplorerUi;
  dispatch: Dispatch<ExplorerUiAction>;
  view: View;
  graph: ViewGraph;
  model: ExplorerModel;
  facets: Facets;
  selectOne: (id: string) => void;
  activePath: number;
  pathPending: boolean;
}

/** The side panel's four tabs, wired to the view. */
export function ExplorerSidebar(props: ExplorerSidebarProps) {
  const { act } = useViewStore();
  const { view, graph, model, ui, dispatch } = props;
  const selection = ui.selection;
  const expanded = new Set([...(view.focus ? [view.focus] : []), ...view.expanded]);
  const pinned = graph.pinned;
  const lastNode = [...selection].reverse().find((id) => graph.nodes.has(id));
  const selected = lastNode ? { id: lastNode, name: graph.nodes.get(lastNode)?.name ?? lastNode } : null;
  return (
    <Sidebar
      tab={ui.tab}
      onTab={(tab) => dispatch({ type: 'tab', tab })}
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
              groups: new Map(
                (model.grouped ? (model.communities?.list ?? []) : []).map((c) => [
                  c.key,
                  { leader: c.leader, members: c.members },
                ]),
              ),
              folded: (key) => view.folded.includes(key),
              onPathEnd: (end, id) =>
                dispatch({ type: 'pathEnd', end, value: { id, name: graph.nodes.get(id)?.name ?? id } }),
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
            draft={ui.pathDraft}
            onDraft={(draft) => dispatch({ type: 'pathDraft', draft })}
            selected={selected}
            query={view.path}
            onFind={(q) => act({ type: 'path', ...q })}
            onClear={() => act({ type: 'clearPath' })}
            active={props.activePath}
            onActive={(index) => dispatch({ type: 'activePath', key: pathKey(view.path), index })}
          />
        ),
        analytics: (
          <AnalyticsPanel
            nodes={model.visibleNodes}
            communities={model.communities}
            byId={graph.nodes}
            folded={view.folded}
            grouped={model.grouped}
            onFold={(key, folded) => act({ type: 'fold', key, folded })}
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
