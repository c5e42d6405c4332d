import { describe, expect, it } from 'vitest';
import { betweennessCentrality, degreeCentrality } from '../../../../../src/features/analytics/centrality.ts';

// Two triangles joined through a bridge node m: a-b-c, x-y-z, c-m-x.
const nodes = ['a', 'b', 'c', 'm', 'x', 'y', 'z'];
const edges = [
  ['a', 'b'],
  ['b', 'c'],
  ['a', 'c'],
  ['x', 'y'],
  ['y', 'z'],
  ['x', 'z'],
  ['c', 'm'],
  ['m', 'x'],
].map(([source, target]) => ({ source: source as string, target: target as string }));

describe('centrality', () => {
  it('counts distinct neighbours', () => {
    const degree = degreeCentrality(nodes, [...edges, { source: 'a', target: 'b' }]);
    expect(degree.get('a')).toBe(2);
    expect(degree.get('c')).toBe(3);
    expect(degree.get('m')).toBe(2);
  });

  it('ranks the bridge between two clusters highest', () => {
    const b = betweennessCentrality(nodes, edges);
    const ranked = [...b].sort((p, q) => q[1] - p[1]).map(([id]) => id);
    expect(ranked[0]).toBe('m');
    // m lies on every shortest path between {a,b,c} and {x,y,z}: 9 of the 15 pairs of other nodes.
    expect(b.get('m')).toBeCloseTo(9 / 15);
    expect(b.get('a')).toBe(0);
  });

  it('handles a path graph exactly', () => {
    const b = betweennessCentrality(
      ['p', 'q', 'r'],
      [
        { source: 'p', target: 'q' },
        { source: 'q', target: 'r' },
      ],
    );
    expect(b.get('q')).toBe(1);
    expect(b.get('p')).toBe(0);
  });
});
