import type { EntityTypeName } from '../../../contract/api/payloads.ts';
import { shortKey } from './short-key.ts';
import {
  DEFAULT_PATH_LENGTH,
  emptyView,
  type Grouping,
  type LayoutName,
  NO_FILTERS,
  normalizeView,
  type SizeBy,
  type View,
  type ViewFilters,
} from './view-state.ts';

/** Every change a person can make to the view; each one is a step of undo/redo and of browser history. */
export type ViewAction =
  | { type: 'open'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'more'; id: string; nodeType: EntityTypeName }
  | { type: 'add'; ids: string[] }
  | { type: 'hide'; ids: string[] }
  /** No ids: show every hidden node. */
  | { type: 'show'; ids?: string[] }
  /** Nodes held where they are (a drag pins what was dragged). */
  | { type: 'pin'; nodes: { id: string; x: number; y: number }[] }
  | { type: 'unpin'; ids: string[] }
  | { type: 'remove'; ids: string[] }
  /** No ids: bring back every removed node. */
  | { type: 'restore'; ids?: string[] }
  | { type: 'filters'; filters: Partial<ViewFilters> }
  | { type: 'layout'; layout: LayoutName }
  | { type: 'sizeBy'; sizeBy: SizeBy }
  | { type: 'grouping'; grouping: Grouping }
  /** Fold (or unfold) a community, named by its leading member's short key. */
  | { type: 'fold'; key: string; folded: boolean }
  | { type: 'path'; from: string; to: string; maxLength?: number }
  | { type: 'clearPath' }
  | { type: 'reset' };

const without = (list: readonly string[], ids: readonly string[]) => list.filter((id) => !ids.includes(id));

/** Pure: the view after one action, in canonical form. */
export function applyViewAction(view: View, action: ViewAction): View {
  return normalizeView(step(view, action));
}

function step(view: View, action: ViewAction): View {
  switch (action.type) {
    case 'open':
      return {
        ...emptyView(),
        focus: action.id,
        layout: view.layout,
        sizeBy: view.sizeBy,
        grouping: view.grouping,
      };
    case 'expand':
      return {
        ...view,
        expanded: [...view.expanded, action.id],
        added: without(view.added, [action.id]),
        hidden: without(view.hidden, [action.id]),
        removed: without(view.removed, [action.id]),
      };
    case 'collapse':
      return {
        ...view,
        expanded: without(view.expanded, [action.id]),
        more: view.more.filter((m) => m.id !== action.id),
      };
    case 'more': {
      const pages = view.more.find((m) => m.id === action.id && m.type === action.nodeType)?.pages ?? 0;
      return { ...view, more: [...view.more, { id: action.id, type: action.nodeType, pages: pages + 1 }] };
    }
    case 'add':
      return {
        ...view,
        added: [...view.added, ...action.ids.filter((id) => !view.expanded.includes(id))],
        hidden: without(view.hidden, action.ids),
        removed: without(view.removed, action.ids),
      };
    case 'hide':
      return { ...view, hidden: [...view.hidden, ...action.ids.filter((id) => id !== view.focus)] };
    case 'show':
      return { ...view, hidden: action.ids ? without(view.hidden, action.ids) : [] };
    case 'pin': {
      const pins = action.nodes.map((n) => ({ key: shortKey(n.id), x: n.x, y: n.y }));
      const keys = new Set(pins.map((p) => p.key));
      return { ...view, pinned: [...view.pinned.filter((p) => !keys.has(p.key)), ...pins] };
    }
    case 'unpin': {
      const keys = new Set(action.ids.map(shortKey));
      return { ...view, pinned: view.pinned.filter((p) => !keys.has(p.key)) };
    }
    case 'remove': {
      const keep = new Set([view.focus, view.path?.from, view.path?.to]);
      const ids = action.ids.filter((id) => !keep.has(id));
      return {
        ...view,
        expanded: without(view.expanded, ids),
        more: view.more.filter((m) => !ids.includes(m.id)),
        added: without(view.added, ids),
        hidden: without(view.hidden, ids),
        pinned: view.pinned.filter((p) => !ids.some((id) => shortKey(id) === p.key)),
        removed: [...view.removed, ...ids],
      };
    }
    case 'restore':
      return { ...view, removed: action.ids ? without(view.removed, action.ids) : [] };
    case 'filters':
      return { ...view, filters: { ...view.filters, ...action.filters } };
    case 'layout':
      return { ...view, layout: action.layout };
    case 'sizeBy':
      return { ...view, sizeBy: action.sizeBy };
    case 'grouping':
      return { ...view, grouping: action.grouping, folded: action.grouping === 'off' ? [] : view.folded };
    case 'fold':
      return {
        ...view,
        folded: action.folded ? [...view.folded, action.key] : view.folded.filter((k) => k !== action.key),
      };
    case 'path':
      return {
        ...view,
        path: { from: action.from, to: action.to, maxLength: action.maxLength ?? DEFAULT_PATH_LENGTH },
        removed: without(view.removed, [action.from, action.to]),
        hidden: without(view.hidden, [action.from, action.to]),
      };
    case 'clearPath':
      return { ...view, path: null };
    case 'reset':
      return {
        ...emptyView(),
        layout: view.layout,
        sizeBy: view.sizeBy,
        grouping: view.grouping,
        filters: NO_FILTERS,
      };
  }
}
