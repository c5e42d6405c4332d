import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../../contract/api/payloads.ts';
import {
  edgeValue,
  INITIAL_TABLE,
  nodeValue,
  shownRows,
  TABLE_PAGE,
  tableReducer,
} from '../../../../../src/features/analytics/table-state.ts';

const t = ((key: string, options?: { defaultValue?: string }) =>
  options?.defaultValue ?? key) as unknown as TFunction;

const node: GraphNode = {
  id: 'person:李红珍',
  type: 'Person',
  kind: null,
  name: '李红珍',
  aliases: [],
  pinyin: 'li hong zhen',
  nameEn: null,
  properties: {},
  articleCount: 2,
};
const edge: GraphEdge = {
  id: 'e1',
  type: 'HOLDS_POSITION',
  source: 'person:李红珍',
  target: 'org:x',
  properties: { title: '部长', weight: 2, firstReported: '2023-04-24T01:00:00Z' },
};

describe('the element table’s state', () => {
  it('sorts a column again in the other direction, a new numeric column from the largest', () => {
    let state = tableReducer(INITIAL_TABLE, { type: 'sortNodes', key: 'degree', numeric: true });
    expect(state.nodeSort).toEqual({ key: 'degree', direction: 'ascending' });
    state = tableReducer(state, { type: 'sortNodes', key: 'name', numeric: false });
    expect(state.nodeSort).toEqual({ key: 'name', direction: 'ascending' });
    state = tableReducer(state, { type: 'sortEdges', key: 'source', numeric: false });
    expect(state.edgeSort).toEqual({ key: 'source', direction: 'ascending' });
    expect(state.nodeSort.key).toBe('name');
  });

  it('shows a first page of rows until every row is asked for', () => {
    expect(shownRows(500, false)).toBe(TABLE_PAGE);
    expect(shownRows(500, tableReducer(INITIAL_TABLE, { type: 'showAll' }).all)).toBe(500);
    expect(shownRows(12, false)).toBe(12);
  });

  it('reads each column’s value from a node or an edge', () => {
    const c = { t, degree: new Map([[node.id, 3]]), betweenness: null };
    expect(nodeValue(node, 'degree', c)).toBe(3);
    expect(nodeValue(node, 'reading', c)).toBe('li hong zhen');
    expect(nodeValue(node, 'betweenness', c)).toBeNull();
    expect(nodeValue(node, 'kind', c)).toBeNull();
    const names = new Map([[node.id, node.name]]);
    expect(edgeValue(edge, 'source', { t, names })).toBe('李红珍');
    expect(edgeValue(edge, 'target', { t, names })).toBe('org:x');
    expect(edgeValue(edge, 'relation', { t, names })).toBe('部长');
    expect(edgeValue(edge, 'weight', { t, names })).toBe(2);
  });
});
