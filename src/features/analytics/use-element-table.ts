import { useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import { sortRows } from './sort-rows.ts';
import { edgeValue, INITIAL_TABLE, nodeValue, shownRows, tableReducer } from './table-state.ts';

/** The element table's state and its sorted rows (the reducer and row values are pure, in table-state.ts). */
export function useElementTable(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  degree: ReadonlyMap<string, number>,
  betweenness: ReadonlyMap<string, number> | null,
) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(tableReducer, INITIAL_TABLE);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name])), [nodes]);
  const nodeRows = useMemo(
    () => sortRows(nodes, state.nodeSort, (n, key) => nodeValue(n, key, { t, degree, betweenness })),
    [nodes, state.nodeSort, degree, betweenness, t],
  );
  const edgeRows = useMemo(
    () => sortRows(edges, state.edgeSort, (e, key) => edgeValue(e, key, { t, names })),
    [edges, state.edgeSort, names, t],
  );
  const total = state.tab === 'nodes' ? nodeRows.length : edgeRows.length;
  return { state, dispatch, names, nodeRows, edgeRows, total, shown: shownRows(total, state.all) };
}
