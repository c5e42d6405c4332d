import type { NodeTypeName } from '../../../../contract/api/payloads.ts';

/**
 * Layouts computed outright (no simulation): deterministic, O(n log n), and legible at a few hundred
 * nodes, where a concentric layout by ring depth would put 300 nodes on one ring and a hierarchy by
 * edges would make one flat strip.
 */
export type Point = { x: number; y: number };

export interface LayoutNode {
  id: string;
  type: NodeTypeName;
  kind: string | null;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

/** Room a labelled node needs along a ring or a row (labels are up to ~130 px wide). */
export const NODE_SPACING = 96;
const RING_FIRST = 150;
const RING_STEP = 110;

export function degreesOf(ids: readonly string[], edges: readonly LayoutEdge[]): Map<string, number> {
  const degree = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) {
    if (degree.has(e.source) && degree.has(e.target) && e.source !== e.target) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
  }
  return degree;
}

/**
 * Rings around a centre, filled inner first, each holding as many nodes as fit at NODE_SPACING: the first
 * id in the middle, the rest in the order given (so the most connected sit closest). Rings alternate
 * their starting angle so spokes do not line up.
 */
export function ringPositions(
  ordered: readonly string[],
  centre: Point = { x: 0, y: 0 },
): Map<string, Point> {
  const out = new Map<string, Point>();
  const [first, ...rest] = ordered;
  if (first === undefined) return out;
  out.set(first, { ...centre });
  let placed = 0;
  for (let ring = 0; placed < rest.length; ring++) {
    const radius = RING_FIRST + ring * RING_STEP;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / NODE_SPACING));
    const count = Math.min(capacity, rest.length - placed);
    const offset = -Math.PI / 2 + (ring % 2) * (Math.PI / Math.max(count, 1));
    for (let i = 0; i < count; i++) {
      const id = rest[placed + i];
      if (id === undefined) continue;
      const angle = offset + (2 * Math.PI * i) / count;
      out.set(id, {
        x: round(centre.x + radius * Math.cos(angle)),
        y: round(centre.y + radius * Math.sin(angle)),
      });
    }
    placed += count;
  }
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Concentric by degree: the focus (else the most connected node) in the middle, the most connected nearest. */
export function concentricPositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  focus: string | null,
): Map<string, Point> {
  const ids = nodes.map((n) => n.id);
  const degree = degreesOf(ids, edges);
  const byDegree = [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
  const centre = focus && degree.has(focus) ? focus : byDegree[0];
  return ringPositions(centre ? [centre, ...byDegree.filter((id) => id !== centre)] : []);
}

/** The radius a ring layout of n nodes reaches (for packing groups side by side). */
export function ringRadius(n: number): number {
  let left = n - 1;
  let ring = 0;
  while (left > 0) {
    const radius = RING_FIRST + ring * RING_STEP;
    left -= Math.max(6, Math.floor((2 * Math.PI * radius) / NODE_SPACING));
    ring++;
  }
  return ring === 0 ? NODE_SPACING / 2 : RING_FIRST + (ring - 1) * RING_STEP + NODE_SPACING / 2;
}

/**
 * Groups (communities) each drawn as rings by degree around its leader, packed in rows, largest first;
 * nodes in no group come last as a group of their own.
 */
export function groupedPositions(
  groups: readonly { members: readonly string[] }[],
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Map<string, Point> {
  const ids = nodes.map((n) => n.id);
  const degree = degreesOf(ids, edges);
  const grouped = new Set(groups.flatMap((g) => g.members));
  const loose = ids.filter((id) => !grouped.has(id));
  const byDegree = (a: string, b: string) =>
    (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b);
  const all = [...groups.map((g) => [...g.members]), ...(loose.length ? [loose] : [])]
    .map((members) => members.sort(byDegree))
    .map((members) => ({ leader: members[0] as string, members }));
  const out = new Map<string, Point>();
  const rowWidth = Math.max(1200, Math.sqrt(ids.length) * NODE_SPACING * 1.6);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const g of all) {
    const ordered = g.members;
    const r = ringRadius(ordered.length) + NODE_SPACING / 2;
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    for (const [id, p] of ringPositions(ordered, { x: x + r, y: y + r })) out.set(id, p);
    x += 2 * r;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
  return out;
}

/** Administrative level of a place kind: larger units above smaller ones. */
const PLACE_LEVEL: Record<string, number> = {
  country: 0,
  province: 1,
  city: 2,
  county: 3,
  district: 3,
  town: 4,
  subdistrict: 4,
  zone: 4,
  park: 5,
  village: 5,
  community: 5,
  venue: 6,
};
const TYPE_LAYER: Record<NodeTypeName, number> = {
  Place: 0,
  Organization: 7,
  Person: 8,
  Event: 9,
  Topic: 10,
  Article: 11,
};

/** A node's layer in the hierarchy: places by administrative level, then organisations, people, events, topics. */
export function layerOf(node: LayoutNode): number {
  if (node.type === 'Place')
    return node.kind && Object.hasOwn(PLACE_LEVEL, node.kind) ? (PLACE_LEVEL[node.kind] ?? 6) : 6;
  return TYPE_LAYER[node.type];
}

const ROW_GAP = 70;
const LAYER_GAP = 130;

/**
 * A hierarchy by type and administrative level: one band per layer (country … village, organisations,
 * people, events, topics), each ordered by where its neighbours above sit (one barycentre sweep) and
 * wrapped into rows, so a layer of 300 is a block, not a strip.
 */
export function layeredPositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Map<string, Point> {
  const layers = new Map<number, LayoutNode[]>();
  for (const n of nodes) layers.set(layerOf(n), [...(layers.get(layerOf(n)) ?? []), n]);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const perRow = Math.max(8, Math.ceil(Math.sqrt(nodes.length) * 1.5));
  const width = (perRow - 1) * NODE_SPACING;
  const out = new Map<string, Point>();
  let y = 0;
  for (const layer of [...layers.keys()].sort((a, b) => a - b)) {
    const members = layers.get(layer) ?? [];
    const barycentre = (id: string) => {
      const xs = (neighbours.get(id) ?? []).flatMap((o) => {
        const p = out.get(o);
        return p ? [p.x] : [];
      });
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : width / 2;
    };
    const ordered = members
      .map((n) => ({ id: n.id, b: barycentre(n.id) }))
      .sort((a, b) => a.b - b.b || a.id.localeCompare(b.id));
    ordered.forEach(({ id }, i) => {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, ordered.length - row * perRow);
      const x0 = (width - (inRow - 1) * NODE_SPACING) / 2;
      out.set(id, { x: x0 + (i % perRow) * NODE_SPACING, y: y + row * ROW_GAP });
    });
    y += Math.ceil(ordered.length / perRow) * ROW_GAP + LAYER_GAP;
  }
  return out;
}
