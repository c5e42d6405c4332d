import { useEffect, useReducer } from 'react';
import type { View } from '../../lib/view/view-state.ts';
import { explorerUiReducer, initialExplorerUi } from './explorer-ui.ts';
import type { ViewGraph } from './use-view-graph.ts';

/**
 * The explorer's state beside the view (explorer-ui.ts, a reducer tested on its own) and what follows
 * the view: the focus is selected when it opens, the page title names it, path ends read from a link
 * get their names once the answer names them.
 */
export function useExplorerUi(view: View, graph: ViewGraph, onPathPage: boolean) {
  const [ui, dispatch] = useReducer(explorerUiReducer, { onPathPage, path: view.path }, initialExplorerUi);

  useEffect(() => {
    if (!view.path) return;
    const nodes = graph.nodes;
    dispatch({ type: 'pathFromView', path: view.path, name: (id) => nodes.get(id)?.name ?? id });
  }, [view.path, graph.nodes]);

  useEffect(() => {
    if (view.focus) dispatch({ type: 'select', ids: [view.focus] });
  }, [view.focus]);

  useEffect(() => {
    document.title = view.focus
      ? `${graph.nodes.get(view.focus)?.name ?? view.focus} · guanxi 关系`
      : 'guanxi 关系';
  }, [view.focus, graph.nodes]);

  return { ui, dispatch };
}
