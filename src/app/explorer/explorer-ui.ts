import type { PathEnd } from '../../features/paths/PathPanel.tsx';
import { DEFAULT_PATH_LENGTH, type PathQuery } from '../../lib/view/view-state.ts';
import type { SidebarTab } from './Sidebar.tsx';

export type PathDraft = { from: PathEnd | null; to: PathEnd | null; maxLength: number };

/**
 * The explorer's own state beside the view (which lives in the URL): what is selected, which panel
 * and mode are open, which found path is highlighted, the path being composed, whether a layout runs.
 */
export interface ExplorerUi {
  selection: string[];
  tab: SidebarTab;
  mode: 'graph' | 'table';
  /** The highlighted path, for the path query it was chosen in (another query starts at the first). */
  activePath: { key: string; index: number };
  pathDraft: PathDraft;
  layoutBusy: boolean;
}

export type ExplorerUiAction =
  | { type: 'select'; ids: string[] }
  /** A row of the table or a ranking: one element, or one more with a modifier key; shows its details. */
  | { type: 'selectOne'; id: string; add: boolean }
  | { type: 'tab'; tab: SidebarTab }
  | { type: 'mode'; mode: ExplorerUi['mode'] }
  | { type: 'activePath'; key: string; index: number }
  | { type: 'pathDraft'; draft: PathDraft }
  /** An end of the path picked from the details panel: the paths tab opens. */
  | { type: 'pathEnd'; end: 'from' | 'to'; value: PathEnd }
  /** The view's path (from a link) with the ends' names as far as they are known. */
  | { type: 'pathFromView'; path: PathQuery; name: (id: string) => string }
  | { type: 'layoutBusy'; busy: boolean };

export const pathKey = (path: PathQuery | null) => (path ? `${path.from}|${path.to}|${path.maxLength}` : '');

export function initialExplorerUi(options: { onPathPage: boolean; path: PathQuery | null }): ExplorerUi {
  return {
    selection: [],
    tab: options.onPathPage ? 'paths' : 'details',
    mode: 'graph',
    activePath: { key: pathKey(options.path), index: 0 },
    pathDraft: { from: null, to: null, maxLength: options.path?.maxLength ?? DEFAULT_PATH_LENGTH },
    layoutBusy: false,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function explorerUiReducer(state: ExplorerUi, action: ExplorerUiAction): ExplorerUi {
  switch (action.type) {
    case 'select':
      return sameIds(state.selection, action.ids) ? state : { ...state, selection: action.ids };
    case 'selectOne':
      return {
        ...state,
        tab: 'details',
        selection: action.add ? [...state.selection.filter((x) => x !== action.id), action.id] : [action.id],
      };
    case 'tab':
      return { ...state, tab: action.tab };
    case 'mode':
      return { ...state, mode: action.mode };
    case 'activePath':
      return { ...state, activePath: { key: action.key, index: action.index } };
    case 'pathDraft':
      return { ...state, pathDraft: action.draft };
    case 'pathEnd':
      return { ...state, tab: 'paths', pathDraft: { ...state.pathDraft, [action.end]: action.value } };
    case 'pathFromView': {
      const { path, name } = action;
      const d = state.pathDraft;
      const named = (end: PathEnd | null) => end !== null && end.name !== end.id;
      if (d.from?.id === path.from && d.to?.id === path.to && named(d.from) && named(d.to)) return state;
      return {
        ...state,
        pathDraft: {
          from: { id: path.from, name: name(path.from) },
          to: { id: path.to, name: name(path.to) },
          maxLength: path.maxLength,
        },
      };
    }
    case 'layoutBusy':
      return state.layoutBusy === action.busy ? state : { ...state, layoutBusy: action.busy };
  }
}

/** Which found path is highlighted for the view's current path query. */
export function activePathIndex(state: ExplorerUi, path: PathQuery | null): number {
  return state.activePath.key === pathKey(path) ? state.activePath.index : 0;
}
