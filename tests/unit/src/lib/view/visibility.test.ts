import { describe, expect, it } from 'vitest';
import { asOfBound } from '../../../../../contract/api/as-of.ts';
import type { GraphEdge, GraphNode } from '../../../../../contract/api/payloads.ts';
import { emptyView, type View } from '../../../../../src/lib/view/view-state.ts';
import { computeVisibility } from '../../../../../src/lib/view/visibility.ts';
import { edge, node } from './graph-fixtures.ts';

const nodes = new Map<string, GraphNode>(
  [
    node('focus'),
    node('org', 'Organization', 'company'),
    node('reporter', 'Person', 'reporter'),
    node('topic', 'Topic'),
    node('late', 'Organization'),
    node('mixed', 'Place'),
  ].map((n) => [n.id, n]),
);
const edges = new Map<string, GraphEdge>(
  [
    edge('focus', 'org', 'MEMBER_OF', '2023-04-24T07:02:00.000Z'),
    edge('reporter', 'org', 'HOLDS_POSITION', '2023-04-24T07:02:00.000Z'),
    edge('org', 'topic', 'FOCUSES_ON', '2023-04-24T07:02:00.000Z'),
    edge('focus', 'late', 'MEMBER_OF', '2023-06-01T08:00:00.000Z'),
    edge('focus', 'mixed', 'LOCATED_IN', '2023-04-24T07:02:00.000Z'),
    edge('late', 'mixed', 'LOCATED_IN', '2023-06-01T08:00:00.000Z'),
  ].map((e) => [e.id, e]),
);
const view = (patch: Partial<View['filters']> = {}, hidden: string[] = []): View => ({
  ...emptyView(),
  focus: 'focus',
  hidden,
  filters: { ...emptyView().filters, ...patch },
});

describe('visibility', () => {
  it('reads as-of days in China time', () => {
    expect(asOfBound('2023-04-24')).toBe('2023-04-24T15:59:59.999Z');
  });

  it('shows everything without filters', () => {
    const v = computeVisibility(nodes, edges, view());
    expect(v.hiddenNodes.size + v.hiddenEdges.size).toBe(0);
  });

  it('hides by type, by kind and by the person’s choice, with the edges that touch them', () => {
    const v = computeVisibility(
      nodes,
      edges,
      view({ hiddenTypes: ['Topic'], hiddenKinds: ['reporter'] }, ['late']),
    );
    expect([...v.hiddenNodes].sort()).toEqual(['late', 'reporter', 'topic']);
    expect(v.hiddenEdges.size).toBe(4);
  });

  it('never hides the focus', () => {
    expect(
      computeVisibility(nodes, edges, view({ hiddenTypes: ['Person'] }, ['focus'])).hiddenNodes.has('focus'),
    ).toBe(false);
  });

  it('hides relationship types but keeps their nodes', () => {
    const v = computeVisibility(nodes, edges, view({ hiddenRelations: ['FOCUSES_ON'] }));
    expect([...v.hiddenEdges]).toEqual(['FOCUSES_ON:org->topic']);
    expect(v.hiddenNodes.size).toBe(0);
  });

  it('as of a day hides edges reported later and nodes known only from them', () => {
    const v = computeVisibility(nodes, edges, view({ asOf: '2023-04-24' }));
    expect([...v.hiddenEdges].sort()).toEqual(['LOCATED_IN:late->mixed', 'MEMBER_OF:focus->late']);
    expect([...v.hiddenNodes]).toEqual(['late']);
    expect(v.notYetReported.has('mixed')).toBe(false);
    const before = computeVisibility(nodes, edges, view({ asOf: '2023-04-23' }));
    expect(before.hiddenNodes.size).toBe(5);
  });
});
