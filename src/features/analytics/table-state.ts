import type { TFunction } from 'i18next';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import { edgeLabel } from '../../lib/edge-label.ts';
import { secondaryName } from '../../lib/names.ts';
import { firstReported } from '../../lib/view/visibility.ts';
import { nextSort, type SortState } from './sort-rows.ts';

export type NodeKey = 'name' | 'reading' | 'type' | 'kind' | 'degree' | 'betweenness' | 'articles';
export type EdgeKey = 'source' | 'relation' | 'target' | 'weight' | 'firstReported';

/** Rows shown before "show all". */
export const TABLE_PAGE = 200;

/** The table's own state: which list, how each is sorted, whether every row is shown. */
export interface TableState {
  tab: 'nodes' | 'edges';
  nodeSort: SortState<NodeKey>;
  edgeSort: SortState<EdgeKey>;
  all: boolean;
}

export type TableAction =
  | { type: 'tab'; tab: TableState['tab'] }
  | { type: 'sortNodes'; key: NodeKey; numeric: boolean }
  | { type: 'sortEdges'; key: EdgeKey; numeric: boolean }
  | { type: 'showAll' };

export const INITIAL_TABLE: TableState = {
  tab: 'nodes',
  nodeSort: { key: 'degree', direction: 'descending' },
  edgeSort: { key: 'weight', direction: 'descending' },
  all: false,
};

export function tableReducer(state: TableState, action: TableAction): TableState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'sortNodes':
      return { ...state, nodeSort: nextSort(state.nodeSort, action.key, action.numeric) };
    case 'sortEdges':
      return { ...state, edgeSort: nextSort(state.edgeSort, action.key, action.numeric) };
    case 'showAll':
      return { ...state, all: true };
  }
}

export interface NodeContext {
  t: TFunction;
  degree: ReadonlyMap<string, number>;
  betweenness: ReadonlyMap<string, number> | null;
}

export const kindName = (t: TFunction, kind: string | null) =>
  kind ? t(`kind.${kind}` as 'kind.company', { defaultValue: kind }) : null;

/** What a node row is sorted by in a column. */
export function nodeValue(n: GraphNode, key: NodeKey, c: NodeContext): string | number | null {
  switch (key) {
    case 'name':
      return n.name;
    case 'reading':
      return secondaryName(n);
    case 'type':
      return c.t(`type.${n.type}`);
    case 'kind':
      return kindName(c.t, n.kind);
    case 'degree':
      return c.degree.get(n.id) ?? 0;
    case 'betweenness':
      return c.betweenness?.get(n.id) ?? null;
    case 'articles':
      return n.articleCount;
  }
}

export const edgeWeight = (e: GraphEdge) => Number(e.properties.weight ?? 1);

/** What an edge row is sorted by in a column. */
export function edgeValue(
  e: GraphEdge,
  key: EdgeKey,
  c: { t: TFunction; names: ReadonlyMap<string, string> },
): string | number | null {
  switch (key) {
    case 'source':
      return c.names.get(e.source) ?? e.source;
    case 'relation':
      return edgeLabel(e, c.t);
    case 'target':
      return c.names.get(e.target) ?? e.target;
    case 'weight':
      return edgeWeight(e);
    case 'firstReported':
      return firstReported(e);
  }
}

/** How many rows to draw. */
export function shownRows(total: number, all: boolean): number {
  return all ? total : Math.min(total, TABLE_PAGE);
}
