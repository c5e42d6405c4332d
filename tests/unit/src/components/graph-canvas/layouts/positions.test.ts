import { describe, expect, it } from 'vitest';
import {
  concentricPositions,
  groupedPositions,
  type LayoutNode,
  layeredPositions,
  layerOf,
  NODE_SPACING,
  type Point,
  ringPositions,
  ringRadius,
} from '../../../../../../src/components/graph-canvas/layouts/positions.ts';

const org = (id: string): LayoutNode => ({ id, type: 'Organization', kind: null });

function minDistance(points: Iterable<Point>): number {
  const all = [...points];
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i] as Point;
      const b = all[j] as Point;
      min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
    }
  return min;
}

describe('computed layouts', () => {
  it('puts 300 nodes on rings that leave room for a label between neighbours', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const rings = ringPositions(ids, { x: 10, y: 20 });
    expect(rings.size).toBe(300);
    expect(rings.get('n0')).toEqual({ x: 10, y: 20 });
    expect(minDistance(rings.values())).toBeGreaterThanOrEqual(NODE_SPACING * 0.9);
    const farthest = Math.max(...[...rings.values()].map((p) => Math.hypot(p.x - 10, p.y - 20)));
    expect(farthest).toBeLessThanOrEqual(ringRadius(300));
  });

  it('centres the concentric layout on the focus, the most connected nearest', () => {
    const nodes = ['hub', 'a', 'b', 'c', 'lone'].map(org);
    const edges = [
      { source: 'hub', target: 'a' },
      { source: 'hub', target: 'b' },
      { source: 'a', target: 'b' },
      { source: 'c', target: 'a' },
    ];
    const byDegree = concentricPositions(nodes, edges, null);
    expect(byDegree.get('a')).toEqual({ x: 0, y: 0 });
    const focused = concentricPositions(nodes, edges, 'lone');
    expect(focused.get('lone')).toEqual({ x: 0, y: 0 });
    expect(concentricPositions(nodes, edges, 'lone')).toEqual(focused);
  });

  it('packs groups apart, each around its most connected member', () => {
    const a = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 30 }, (_, i) => `b${i}`);
    const nodes = [...a, ...b, 'loose'].map(org);
    const edges = [...a.slice(1).map((id) => ({ source: 'a0', target: id }))];
    const out = groupedPositions([{ members: a }, { members: b }], nodes, edges);
    expect(out.size).toBe(71);
    expect(minDistance(out.values())).toBeGreaterThanOrEqual(NODE_SPACING * 0.9);
    const box = (ids: string[]) => {
      const ps = ids.map((id) => out.get(id) as Point);
      return {
        x1: Math.min(...ps.map((p) => p.x)),
        x2: Math.max(...ps.map((p) => p.x)),
        y1: Math.min(...ps.map((p) => p.y)),
        y2: Math.max(...ps.map((p) => p.y)),
      };
    };
    const ba = box(a);
    const bb = box(b);
    const apart = ba.x2 < bb.x1 || bb.x2 < ba.x1 || ba.y2 < bb.y1 || bb.y2 < ba.y1;
    expect(apart).toBe(true);
    const ca = out.get('a0') as Point;
    expect(ca.x).toBeCloseTo((ba.x1 + ba.x2) / 2, 0);
  });

  it('layers the hierarchy by administrative level and type, a large layer wrapped into rows', () => {
    expect(layerOf({ id: 'p', type: 'Place', kind: 'province' })).toBeLessThan(
      layerOf({ id: 'c', type: 'Place', kind: 'city' }),
    );
    expect(layerOf({ id: 'c', type: 'Place', kind: 'village' })).toBeLessThan(layerOf(org('o')));
    expect(layerOf({ id: 'x', type: 'Place', kind: 'constructor' })).toBe(6);
    const people = Array.from(
      { length: 200 },
      (_, i): LayoutNode => ({ id: `p${i}`, type: 'Person', kind: null }),
    );
    const nodes: LayoutNode[] = [{ id: 'prov', type: 'Place', kind: 'province' }, org('o1'), ...people];
    const out = layeredPositions(
      nodes,
      people.map((p) => ({ source: p.id, target: 'o1' })),
    );
    const y = (id: string) => (out.get(id) as Point).y;
    expect(y('prov')).toBeLessThan(y('o1'));
    expect(Math.min(...people.map((p) => y(p.id)))).toBeGreaterThan(y('o1'));
    const rows = new Set(people.map((p) => y(p.id)));
    expect(rows.size).toBeGreaterThan(3);
    expect(minDistance(out.values())).toBeGreaterThanOrEqual(60);
  });
});
