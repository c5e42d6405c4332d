import type { CollectionReturnValue } from 'cytoscape';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useCy } from '../../components/graph-canvas/cy-context.tsx';
import { requestedRenderer } from '../../components/graph-canvas/renderer.ts';
import { NotFound } from '../../components/NotFound.tsx';
import { ElementTable } from '../../features/analytics/ElementTable.tsx';
import { computeFacets } from '../../features/filters/facets.ts';
import { ApiRequestError } from '../../lib/api-client.ts';
import { morePagesOf } from '../../lib/view/view-state.ts';
import { useViewStore } from '../../lib/view/view-store.tsx';
import { CanvasArea } from './CanvasArea.tsx';
import { ExplorerSidebar } from './ExplorerSidebar.tsx';
import { ExplorerToolbar } from './ExplorerToolbar.tsx';
import { activePathIndex } from './explorer-ui.ts';
import { StatusBar } from './StatusBar.tsx';
import { TimeBar } from './TimeBar.tsx';
import { useExplorerKeys } from './use-explorer-keys.ts';
import { useExplorerModel } from './use-explorer-model.ts';
import { useExplorerUi } from './use-explorer-ui.ts';
import { viewEdits } from './use-view-edits.ts';
import { useViewGraph } from './use-view-graph.ts';

/** The explorer: canvas (or table), toolbar, status, time bar and side panel, over one view. */
export function ExplorerPage() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const store = useViewStore();
  const { view, act } = store;
  const cy = useCy();
  const graph = useViewGraph(view);
  const { ui, dispatch } = useExplorerUi(view, graph, pathname === '/path');
  const [renderer] = useState(requestedRenderer);
  const activePath = activePathIndex(ui, view.path);
  const model = useExplorerModel(view, graph, {
    needBetweenness: ui.tab === 'analytics' || ui.mode === 'table',
    needCommunities: ui.tab === 'analytics',
    activePath,
  });
  const facets = useMemo(
    () => computeFacets(graph.nodes.values(), graph.edges.values()),
    [graph.nodes, graph.edges],
  );

  const onSelect = useCallback((ids: string[]) => dispatch({ type: 'select', ids }), [dispatch]);
  const onBusy = useCallback((busy: boolean) => dispatch({ type: 'layoutBusy', busy }), [dispatch]);
  const selectedNodes = useMemo(
    () => ui.selection.filter((id) => graph.nodes.has(id)),
    [ui.selection, graph.nodes],
  );
  const pinnedIds = graph.pinned;
  const allPinned = selectedNodes.length > 0 && selectedNodes.every((id) => pinnedIds.has(id));
  const clearSelection = () => dispatch({ type: 'select', ids: [] });
  const edits = viewEdits({
    cy,
    view,
    pinned: graph.pinned,
    selectedNodes,
    inGraph: (id) => graph.nodes.has(id),
    act,
    clearSelection,
  });
  useExplorerKeys({ ...edits, undo: store.undo, redo: store.redo, clearSelection });

  const selectOne = (id: string, add = false) => {
    dispatch({ type: 'selectOne', id, add });
    const el = cy?.getElementById(id);
    if (el?.nonempty() && ui.mode === 'graph')
      cy?.animate({ center: { eles: el as CollectionReturnValue } }, { duration: 250 });
  };

  const focusState = graph.requests[0];
  const exportFallback = view.focus
    ? {
        entity: view.focus,
        depth: 1,
        types: [...facets.types.keys()].filter(
          (x) => !view.filters.hiddenTypes.includes(x) && x !== 'Article',
        ),
        relations: [...facets.relations.keys()].filter((r) => !view.filters.hiddenRelations.includes(r)),
        asOf: view.filters.asOf,
      }
    : null;
  const pathResult = graph.requests.find((r) => r.request.kind === 'paths');

  if (view.focus && focusState?.error instanceof ApiRequestError && focusState.error.status === 404) {
    return (
      <main id="main" className="home">
        <NotFound kind="entity" id={view.focus} />
      </main>
    );
  }

  return (
    <main id="main" className="explorer">
      <section className="workspace" aria-label={t('toolbar.graph')}>
        <ExplorerToolbar
          store={store}
          view={view}
          cy={cy}
          selectedNodes={selectedNodes}
          allPinned={allPinned}
          mode={ui.mode}
          onMode={(mode) => dispatch({ type: 'mode', mode })}
          onExpand={edits.expand}
          onHide={edits.hide}
          onPin={edits.pin}
          onRemove={edits.remove}
          onFit={edits.fit}
          exportIds={model.visibleNodes.map((n) => n.id)}
          exportFallback={exportFallback}
          nodes={graph.nodes}
        />
        <StatusBar
          requests={graph.requests.filter((r) => r !== focusState || graph.nodes.size > 0)}
          nodes={graph.nodes}
          omitted={graph.omitted}
          layoutBusy={ui.layoutBusy}
          pagesOf={(id, type) => morePagesOf(view, id, type)}
          onAction={act}
        />
        <CanvasArea
          hidden={ui.mode !== 'graph'}
          view={view}
          graph={graph}
          model={model}
          facets={facets}
          selection={ui.selection}
          renderer={renderer}
          onSelect={onSelect}
          onBusy={onBusy}
          onAction={act}
        />
        {ui.mode === 'table' && (
          <ElementTable
            nodes={model.visibleNodes}
            edges={model.visibleEdges}
            degree={model.degree}
            betweenness={model.betweenness}
            selected={ui.selection}
            onSelect={selectOne}
          />
        )}
        <TimeBar
          entities={[...(view.focus ? [view.focus] : []), ...view.expanded]}
          edges={graph.edges}
          facets={facets}
          asOf={view.filters.asOf}
          hiddenByDate={graph.visibility.notYetReported.size}
          onAsOf={(asOf) => act({ type: 'filters', filters: { asOf } })}
        />
      </section>
      <ExplorerSidebar
        ui={ui}
        dispatch={dispatch}
        view={view}
        graph={graph}
        model={model}
        facets={facets}
        selectOne={selectOne}
        activePath={activePath}
        pathPending={Boolean(pathResult?.isPending)}
      />
    </main>
  );
}
