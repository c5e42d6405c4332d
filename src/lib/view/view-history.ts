import { applyViewAction, type ViewAction } from './view-actions.ts';
import { emptyView, normalizeView, type View } from './view-state.ts';

export interface ViewHistory {
  past: View[];
  present: View;
  future: View[];
}

export type HistoryAction =
  | { type: 'do'; action: ViewAction }
  | { type: 'undo' }
  | { type: 'redo' }
  /** The URL changed (back/forward, a pasted link): follow it, as undo or redo when it is one step away. */
  | { type: 'sync'; view: View };

const MAX_STEPS = 200;

export const viewKey = (view: View): string => JSON.stringify(normalizeView(view));

export function initialHistory(view: View = emptyView()): ViewHistory {
  return { past: [], present: normalizeView(view), future: [] };
}

function push(state: ViewHistory, next: View): ViewHistory {
  if (viewKey(next) === viewKey(state.present)) return state;
  return { past: [...state.past, state.present].slice(-MAX_STEPS), present: next, future: [] };
}

/** Pure undo/redo over whole views (views are small: ids and settings, never data). */
export function viewHistoryReducer(state: ViewHistory, action: HistoryAction): ViewHistory {
  switch (action.type) {
    case 'do':
      return push(state, applyViewAction(state.present, action.action));
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
    case 'sync': {
      const key = viewKey(action.view);
      if (key === viewKey(state.present)) return state;
      const previous = state.past.at(-1);
      if (previous && key === viewKey(previous)) return viewHistoryReducer(state, { type: 'undo' });
      const next = state.future[0];
      if (next && key === viewKey(next)) return viewHistoryReducer(state, { type: 'redo' });
      return push(state, normalizeView(action.view));
    }
  }
}
