import { describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../../../contract/api/payloads.ts';
import {
  assembleGraph,
  type GraphResponse,
  viewRequests,
} from '../../../../../src/lib/view/graph-requests.ts';
import { emptyView, type View } from '../../../../../src/lib/view/view-state.ts';
import { edge, node } from './graph-fixtures.ts';

const view: View = {
  ...emptyView(),
  focus: 'a',
  expanded: ['b'],
  more: [{ id: 'b', type: 'Person', pages: 1 }],
  added: ['z'],
};

describe('what the view asks the server for', () => {
  it('asks for the focus, each expansion, each further page, the path and each added node', () => {
    expect(viewRequests({ ...view, path: { from: 'a', to: 'q', maxLength: 3 } })).toEqual([
      { kind: 'neighborhood', id: 'a' },
      { kind: 'neighborhood', id: 'b' },
      { kind: 'neighborhood', id: 'b', nodeType: 'Person', pages: 1 },
      { kind: 'paths', from: 'a', to: 'q', maxLength: 3 },
      { kind: 'node', id: 'z' },
    ]);
  });
});

describe('assembling the view', () => {
  const responses: GraphResponse[] = [
    {
      request: { kind: 'neighborhood', id: 'a' },
      data: { nodes: [node('a'), node('b', 'Organization')], edges: [edge('a', 'b')], truncated: false },
    },
    {
      request: { kind: 'neighborhood', id: 'b' },
      data: {
        nodes: [node('b', 'Organization'), node('c'), node('d', 'Place')],
        edges: [edge('c', 'b'), edge('b', 'd', 'LOCATED_IN')],
        truncated: true,
        omitted: { Person: 40, Place: 3 },
      },
    },
    {
      request: { kind: 'neighborhood', id: 'b', nodeType: 'Person' },
      data: { nodes: [node('b', 'Organization'), node('e')], edges: [edge('e', 'b')], truncated: false },
    },
    {
      request: { kind: 'node', id: 'z' },
      data: {
        nodes: [node('z'), node('far')],
        edges: [edge('z', 'd', 'LOCATED_IN'), edge('z', 'far')],
        truncated: false,
      },
    },
  ];

  it('merges every answer, remembering where each node came from', () => {
    const graph = assembleGraph(view, responses);
    expect([...graph.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'z']);
    expect(graph.parents.get('b')).toBe('a');
    expect(graph.parents.get('c')).toBe('b');
    expect(graph.parents.get('e')).toBe('b');
    expect(graph.parents.get('z')).toBe('d');
    expect(graph.edges.has('MEMBER_OF:z->far')).toBe(false);
    expect(graph.edges.has('LOCATED_IN:z->d')).toBe(true);
  });

  it('counts what a hub left out, minus the types whose further page is loaded', () => {
    expect(assembleGraph(view, responses).omitted.get('b')).toEqual({ Place: 3 });
    expect(assembleGraph({ ...view, more: [] }, responses.slice(0, 2)).omitted.get('b')).toEqual({
      Person: 40,
      Place: 3,
    });
  });

  it('leaves removed nodes and their edges out', () => {
    const graph = assembleGraph({ ...view, removed: ['b'] }, responses);
    expect(graph.nodes.has('b')).toBe(false);
    expect([...graph.edges.values()].some((e) => e.source === 'b' || e.target === 'b')).toBe(false);
    expect(graph.omitted.has('b')).toBe(false);
  });

  it('shows what has arrived while the rest is loading', () => {
    const first = responses[0] as GraphResponse;
    const graph = assembleGraph(view, [
      first,
      { request: { kind: 'neighborhood', id: 'b' }, data: undefined },
    ]);
    expect([...graph.nodes.keys()]).toEqual(['a', 'b']);
  });

  it('adds the paths, each node placed after the one before it', () => {
    const paths: PathsResult = {
      from: node('a'),
      to: node('q'),
      bounded: false,
      paths: [
        {
          length: 2,
          nodeIds: ['a', 'm', 'q'],
          graph: {
            nodes: [node('a'), node('m'), node('q')],
            edges: [edge('a', 'm'), edge('q', 'm')],
            truncated: false,
          },
          steps: [],
        },
      ],
    };
    const graph = assembleGraph({ ...emptyView(), path: { from: 'a', to: 'q', maxLength: 4 } }, [
      { request: { kind: 'paths', from: 'a', to: 'q', maxLength: 3 }, data: paths },
    ]);
    expect(graph.parents.get('q')).toBe('m');
    expect(graph.paths).toHaveLength(1);
    expect(graph.edges.size).toBe(2);
  });
});
