import { describe, expect, it } from 'vitest';
import { detectCommunities, MIN_COMMUNITY } from '../../../../src/lib/communities.ts';
import { shortKey } from '../../../../src/lib/view/short-key.ts';

type E = { source: string; target: string; weight?: number };

/** Everyone tied to everyone, the first member also to a few outsiders (so it leads): a tight group. */
function cluster(prefix: string, size: number): { ids: string[]; edges: E[] } {
  const ids = Array.from({ length: size }, (_, i) => `${prefix}${i}`);
  const edges: E[] = [];
  for (let i = 0; i < size; i++)
    for (let j = i + 1; j < size; j++) edges.push({ source: `${prefix}${i}`, target: `${prefix}${j}` });
  return { ids, edges };
}

function view() {
  const a = cluster('a', 9);
  const b = cluster('b', 7);
  const c = cluster('c', 6);
  const ids = [...a.ids, ...b.ids, ...c.ids, 'x', 'pair1', 'pair2', 'leaf', 'b-out', 'c-out'];
  const edges: E[] = [
    ...a.edges,
    ...b.edges,
    ...c.edges,
    // x brokers between a, b and c; pair1–pair2 is a group too small to draw.
    { source: 'x', target: 'a3' },
    { source: 'x', target: 'b3' },
    { source: 'x', target: 'c3' },
    { source: 'pair1', target: 'pair2' },
    // a0, b0, c0 lead their groups: one more tie each.
    { source: 'a0', target: 'leaf' },
    { source: 'b0', target: 'b-out' },
    { source: 'c0', target: 'c-out' },
  ];
  return { ids, edges };
}

describe('communities of a view', () => {
  it('finds the tight groups, largest first, led by their most connected member, keyed for the URL', () => {
    const { ids, edges } = view();
    const found = detectCommunities(ids, edges);
    expect(found.list.map((c) => c.leader)).toEqual(['a0', 'b0', 'c0']);
    expect(found.list.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(found.list[0]?.key).toBe(shortKey('a0'));
    for (const c of found.list) expect(c.members.length).toBeGreaterThanOrEqual(MIN_COMMUNITY);
    expect(found.list[1]?.members.filter((m) => /^b\d$/.test(m))).toHaveLength(7);
    expect(found.of.has('pair1')).toBe(false);
    expect(found.modularity).toBeGreaterThan(0.3);
  });

  it('names the brokers whose ties cross into other communities', () => {
    const { ids, edges } = view();
    const found = detectCommunities(ids, edges);
    expect(found.brokers[0]?.id).toBe('x');
    expect(found.brokers[0]?.communities).toBe(3);
    expect(found.brokers.some((b) => b.id === 'pair1')).toBe(false);
  });

  it('gives the same communities whatever order the nodes and edges arrive in', () => {
    const { ids, edges } = view();
    const first = detectCommunities(ids, edges);
    const again = detectCommunities([...ids].reverse(), [...edges].reverse());
    expect(again.list).toEqual(first.list);
    expect(again.modularity).toBe(first.modularity);
  });

  it('has none in a view without relationships, and adds up parallel relationships', () => {
    expect(detectCommunities(['a', 'b'], []).list).toEqual([]);
    const found = detectCommunities(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a', weight: 2 },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'c' },
      ],
    );
    expect(found.list).toHaveLength(1);
  });
});
