import { createContext, type ReactNode, useCallback, useContext, useMemo, useReducer, useState } from 'react';
import { decodeView, isExplorerPath } from './url-codec.ts';
import type { ViewAction } from './view-actions.ts';
import { initialHistory, viewHistoryReducer } from './view-history.ts';
import { emptyView, type View } from './view-state.ts';

export interface ViewStore {
  view: View;
  canUndo: boolean;
  canRedo: boolean;
  act: (action: ViewAction) => void;
  undo: () => void;
  redo: () => void;
  /** Follow a view read from the URL. */
  sync: (view: View) => void;
  /** Entities picked while reading an article, added when the explorer opens next. */
  pendingAdds: string[];
  addPending: (id: string) => void;
  clearPending: () => void;
}

const ViewStoreContext = createContext<ViewStore | null>(null);

function initialView(): View {
  if (typeof location === 'undefined' || !isExplorerPath(location.pathname)) return emptyView();
  return decodeView(location.pathname, location.search);
}

/** The explorer's view with undo/redo, above the routes so the article reader can add to it. */
export function ViewStoreProvider({ children }: { children: ReactNode }) {
  const [history, dispatch] = useReducer(viewHistoryReducer, undefined, () => initialHistory(initialView()));
  const [pendingAdds, setPending] = useState<string[]>([]);
  const act = useCallback((action: ViewAction) => dispatch({ type: 'do', action }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const sync = useCallback((view: View) => dispatch({ type: 'sync', view }), []);
  const addPending = useCallback(
    (id: string) => setPending((list) => (list.includes(id) ? list : [...list, id])),
    [],
  );
  const clearPending = useCallback(() => setPending([]), []);
  const store = useMemo<ViewStore>(
    () => ({
      view: history.present,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      act,
      undo,
      redo,
      sync,
      pendingAdds,
      addPending,
      clearPending,
    }),
    [history, act, undo, redo, sync, pendingAdds, addPending, clearPending],
  );
  return <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>;
}

export function useViewStore(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStore outside ViewStoreProvider');
  return store;
}
