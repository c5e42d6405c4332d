import type { CollectionReturnValue, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { NodeTypeName } from '../../../contract/api/payloads.ts';
import { ExpandController } from '../../components/graph-canvas/controllers/ExpandController.tsx';
import { LayoutController } from '../../components/graph-canvas/controllers/LayoutController.tsx';
import { SelectionController } from '../../components/graph-canvas/controllers/SelectionController.tsx';
import { useCy } from '../../components/graph-canvas/cy-context.tsx';
import { GraphCanvas } from '../../components/graph-canvas/GraphCanvas.tsx';
import { Legend } from '../../components/graph-canvas/Legend.tsx';
import { fitView } from '../../components/graph-canvas/layouts/run-layout.ts';
import { requestedRenderer } from '../../components/graph-canvas/renderer.ts';
import { ErrorNotice } from '../../components/QueryState.tsx';
import { ElementTable } from '../../features/analytics/ElementTable.tsx';
import { computeFacets } from '../../features/filters/facets.ts';
import type { PathEnd } from '../../features/paths/PathPanel.tsx';
import { DEFAULT_PATH_LENGTH } from '../../lib/view/view-state.ts';
import { useViewStore } from '../../lib/view/view-store.tsx';
import { ExplorerSidebar } from './ExplorerSidebar.tsx';
import { ExplorerToolbar } from './ExplorerToolbar.tsx';
import type { SidebarTab } from './Sidebar.tsx';
import { StatusBar } from './StatusBar.tsx';
import { TimeBar } from './TimeBar.tsx';
import { useExplorerKeys } from './use-explorer-keys.ts';
import { useExplorerModel } from './use-explorer-model.ts';
import { useViewGraph } from './use-view-graph.ts';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The explorer: canvas (or table), toolbar, status, time bar and side panel, over one view. */
export function ExplorerPage() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const store = useViewStore();
  const { view, act } = store;
  const cy = useCy();
  const graph = useViewGraph(view);
  const [selection, setSelection] = useState<string[]>([]);
  const [tab, setTab] = useState<SidebarTab>(pathname === '/path' ? 'paths' : 'details');
  const [mode, setMode] = useState<'graph' | 'table'>('graph');
  const pathKey = view.path ? `${view.path.from}|${view.path.to}|${view.path.maxLength}` : '';
  const [activeChoice, setActiveChoice] = useState({ key: pathKey, index: 0 });
  const activePath = activeChoice.key === pathKey ? activeChoice.index : 0;
  const setActivePath = (index: number) => setActiveChoice({ key: pathKey, index });
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [renderer] = useState(requestedRenderer);
  const [pathDraft, setPathDraft] = useState<{ from: PathEnd | null; to: PathEnd | null; maxLength: number }>(
    {
      from: null,
      to: null,
      maxLength: view.path?.maxLength ?? DEFAULT_PATH_LENGTH,
    },
  );
  const model = useExplorerModel(view, graph, {
    needBetweenness: tab === 'analytics' || mode === 'table',
    activePath,
  });
  const facets = useMemo(
    () => computeFacets(graph.nodes.values(), graph.edges.values()),
    [graph.nodes, graph.edges],
  );
  const visibleTypes = useMemo(() => {
    const counts = new Map<NodeTypeName, number>();
    for (const n of model.visibleNodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    return new Map(
      [...facets.types.keys()]
        .filter((type) => counts.has(type))
        .map((type) => [type, counts.get(type) ?? 0]),
    );
  }, [model.visibleNodes, facets.types]);

  // Path ends named from the answer when the path came from a link.
  const pathResult = graph.requests.find((r) => r.request.kind === 'paths');
  useEffect(() => {
    if (!view.path) return;
    const name = (id: string) => graph.nodes.get(id)?.name ?? id;
    setPathDraft((d) =>
      d.from?.id === view.path?.from &&
      d.to?.id === view.path?.to &&
      d.from?.name !== d.from?.id &&
      d.to?.name !== d.to?.id
        ? d
        : {
            from: { id: view.path?.from ?? '', name: name(view.path?.from ?? '') },
            to: { id: view.path?.to ?? '', name: name(view.path?.to ?? '') },
            maxLength: view.path?.maxLength ?? DEFAULT_PATH_LENGTH,
          },
    );
  }, [view.path, graph.nodes]);

  // Focus selected on open.
  useEffect(() => {
    if (view.focus) setSelection([view.focus]);
  }, [view.focus]);
  useEffect(() => {
    document.title = view.focus
      ? `${graph.nodes.get(view.focus)?.name ?? view.focus} · guanxi 关系`
      : 'guanxi 关系';
  }, [view.focus, graph.nodes]);

  const onSelect = useCallback((ids: string[]) => setSelection((old) => (sameIds(old, ids) ? old : ids)), []);
  const selectedNodes = useMemo(
    () => selection.filter((id) => graph.nodes.has(id)),
    [selection, graph.nodes],
  );
  const pinnedIds = useMemo(() => new Set(view.pinned.map((p) => p.id)), [view.pinned]);
  const allPinned = selectedNodes.length > 0 && selectedNodes.every((id) => pinnedIds.has(id));
  // A key pressed right after a click acts on what the canvas has selected: its report to React waits a frame.
  const selectedNow = () =>
    cy
      ? cy
          .$('node:selected')
          .map((n) => n.id())
          .filter((id) => graph.nodes.has(id))
      : selectedNodes;

  const actions = {
    expand: () => {
      for (const id of selectedNow())
        if (id !== view.focus && !view.expanded.includes(id)) act({ type: 'expand', id });
    },
    hide: () => {
      const ids = selectedNow();
      if (ids.length) act({ type: 'hide', ids });
      setSelection([]);
    },
    pin: () => {
      const ids = selectedNow();
      if (ids.length === 0) return;
      if (ids.every((id) => pinnedIds.has(id))) act({ type: 'unpin', ids });
      else {
        const nodes = ids.flatMap((id) => {
          const n = cy?.getElementById(id);
          return n?.nonempty() ? [{ id, ...(n as NodeSingular).position() }] : [];
        });
        act({ type: 'pin', nodes });
      }
    },
    remove: () => {
      const ids = selectedNow();
      if (ids.length) act({ type: 'remove', ids });
      setSelection([]);
    },
    fit: () => cy && fitView(cy),
  };
  useExplorerKeys({ ...actions, undo: store.undo, redo: store.redo, clearSelection: () => setSelection([]) });

  const selectOne = (id: string, add = false) => {
    setSelection((old) => (add ? [...old.filter((x) => x !== id), id] : [id]));
    setTab('details');
    const el = cy?.getElementById(id);
    if (el?.nonempty() && mode === 'graph')
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

  return (
    <main id="main" className="explorer">
      <section className="workspace" aria-label={t('toolbar.graph')}>
        <ExplorerToolbar
          store={store}
          view={view}
          cy={cy}
          selectedNodes={selectedNodes}
          allPinned={allPinned}
          mode={mode}
          onMode={setMode}
          onExpand={actions.expand}
          onHide={actions.hide}
          onPin={actions.pin}
          onRemove={actions.remove}
          onFit={actions.fit}
          exportIds={model.visibleNodes.map((n) => n.id)}
          exportFallback={exportFallback}
          nodes={graph.nodes}
        />
        <StatusBar
          requests={graph.requests.filter((r) => r !== focusState || graph.nodes.size > 0)}
          nodes={graph.nodes}
          omitted={graph.omitted}
          layoutBusy={layoutBusy}
          onAction={act}
        />
        <div className="canvas-area" hidden={mode !== 'graph'}>
          {focusState?.isPending && !focusState.error && graph.nodes.size === 0 && (
            <div className="canvas-overlay" role="status">
              <span className="spinner-dot" aria-hidden="true" /> {t('canvas.loadingFocus')}
            </div>
          )}
          {focusState?.error && graph.nodes.size === 0 && (
            <div className="canvas-overlay">
              <ErrorNotice
                error={focusState.error}
                retry={focusState.retry}
                prefix={t('canvas.focusFailed')}
              />
            </div>
          )}
          {graph.nodes.size > 0 && model.visibleNodes.length === 0 && (
            <div className="canvas-overlay">{t('canvas.allHidden')}</div>
          )}
          <GraphCanvas
            elements={model.elements}
            parents={graph.parents}
            large={model.large}
            renderer={renderer}
            label={t('canvas.label', {
              nodes: t('common.nodes', { count: model.visibleNodes.length }),
              edges: t('common.edges', { count: model.visibleEdges.length }),
            })}
          >
            <LayoutController
              layout={view.layout}
              focus={view.focus ?? view.path?.from ?? null}
              onBusy={setLayoutBusy}
            />
            <SelectionController selected={selection} onSelect={onSelect} />
            <ExpandController onExpand={(id) => act({ type: 'expand', id })} />
          </GraphCanvas>
          <Legend counts={visibleTypes} />
          <p className="canvas-hint muted">{t('canvas.hint')}</p>
        </div>
        {mode === 'table' && (
          <ElementTable
            nodes={model.visibleNodes}
            edges={model.visibleEdges}
            degree={model.degree}
            betweenness={model.betweenness}
            selected={selection}
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
        tab={tab}
        onTab={setTab}
        view={view}
        graph={graph}
        model={model}
        facets={facets}
        selection={selection}
        selectOne={selectOne}
        pathDraft={pathDraft}
        onPathDraft={setPathDraft}
        activePath={activePath}
        onActivePath={setActivePath}
        pathPending={Boolean(pathResult?.isPending)}
      />
    </main>
  );
}
