import type { EntityTypeName, NodeTypeName } from '../../../contract/api/payloads.ts';

export type LayoutName = 'fcose' | 'concentric' | 'dagre';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'dagre'];

export type SizeBy = 'none' | 'degree' | 'betweenness';
export const SIZE_BY: readonly SizeBy[] = ['none', 'degree', 'betweenness'];

export interface ViewFilters {
  /** Node types not shown (empty: all). */
  hiddenTypes: NodeTypeName[];
  /** Node kinds not shown, e.g. `reporter`. */
  hiddenKinds: string[];
  /** Relationship types not shown. */
  hiddenRelations: string[];
  /** YYYY-MM-DD: hide what no article had reported by the end of that day (China time). */
  asOf: string | null;
}

/** Further pages of a hub's neighbours, of one type: `pages` pages beyond the first. */
export interface MorePage {
  id: string;
  type: EntityTypeName;
  pages: number;
}

/** Neighbours per page: the first page of a neighbourhood, and each further page of one type. */
export const NEIGHBOUR_PAGE = 100;
/** At most this many further pages of one type (the API's ceiling of 500); the rest is paged in the details. */
export const MAX_MORE_PAGES = 4;

/** How many further pages of a type of a hub's neighbours the view holds. */
export function morePagesOf(view: View, id: string, type: string): number {
  return view.more.find((m) => m.id === id && m.type === type)?.pages ?? 0;
}

/** A node held where the person put it: by its short key (`short-key.ts`), so the URL stays short. */
export interface PinnedNode {
  key: string;
  x: number;
  y: number;
}

/** Communities shown as groups: `auto` turns them on for large views. */
export type Grouping = 'auto' | 'on' | 'off';
export const GROUPINGS: readonly Grouping[] = ['auto', 'on', 'off'];

/**
 * Everything a shared link must reproduce. Data is not part of it: the view says what to load
 * (focus, expansions, added nodes, a path) and how to show it; the server's answers fill it in.
 */
export interface View {
  focus: string | null;
  /** Nodes whose neighbourhood is in view (the focus is always expanded and not listed). */
  expanded: string[];
  more: MorePage[];
  /** Nodes added on their own (from an article, search or a path end), with their edges to the view. */
  added: string[];
  hidden: string[];
  removed: string[];
  pinned: PinnedNode[];
  filters: ViewFilters;
  layout: LayoutName;
  sizeBy: SizeBy;
  path: PathQuery | null;
  grouping: Grouping;
  /** Communities folded into one node, by the short key of their leading member. */
  folded: string[];
}

export interface PathQuery {
  from: string;
  to: string;
  /** At most this many steps (1–6). */
  maxLength: number;
}

export const DEFAULT_PATH_LENGTH = 4;

export const NO_FILTERS: ViewFilters = { hiddenTypes: [], hiddenKinds: [], hiddenRelations: [], asOf: null };

export function emptyView(): View {
  return {
    focus: null,
    expanded: [],
    more: [],
    added: [],
    hidden: [],
    removed: [],
    pinned: [],
    filters: NO_FILTERS,
    layout: 'fcose',
    sizeBy: 'none',
    path: null,
    grouping: 'auto',
    folded: [],
  };
}

const uniqueSorted = <T extends string>(items: readonly T[]): T[] => [...new Set(items)].sort();

/** One canonical form per view: sorted, unique lists; the focus never listed as expanded or added. */
export function normalizeView(view: View): View {
  const notFocus = (id: string) => id !== view.focus;
  const more = new Map<string, MorePage>();
  for (const m of view.more) {
    const key = `${m.type}|${m.id}`;
    const pages = Math.min(Math.max(m.pages, more.get(key)?.pages ?? 1), MAX_MORE_PAGES);
    more.set(key, { id: m.id, type: m.type, pages });
  }
  const pinned = new Map(
    view.pinned.map((p) => [p.key, { key: p.key, x: Math.round(p.x), y: Math.round(p.y) }]),
  );
  return {
    focus: view.focus,
    expanded: uniqueSorted(view.expanded.filter(notFocus)),
    more: [...more.keys()].sort().map((k) => more.get(k) as MorePage),
    added: uniqueSorted(view.added.filter(notFocus).filter((id) => !view.expanded.includes(id))),
    hidden: uniqueSorted(view.hidden),
    removed: uniqueSorted(view.removed),
    pinned: [...pinned.keys()].sort().map((k) => pinned.get(k) as PinnedNode),
    filters: {
      hiddenTypes: uniqueSorted(view.filters.hiddenTypes),
      hiddenKinds: uniqueSorted(view.filters.hiddenKinds),
      hiddenRelations: uniqueSorted(view.filters.hiddenRelations),
      asOf: view.filters.asOf,
    },
    layout: view.layout,
    sizeBy: view.sizeBy,
    path: view.path,
    grouping: view.grouping,
    folded: uniqueSorted(view.folded),
  };
}

export function isEmptyView(view: View): boolean {
  return !view.focus && !view.path && view.expanded.length === 0 && view.added.length === 0;
}
