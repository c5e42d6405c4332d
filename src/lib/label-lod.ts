/**
 * Level of detail for labels: which labels to draw so that no two overlap, the most important first.
 * Pure (boxes in, ids out), so the explorer, the embeds and the tests judge overlap the same way.
 */

/** A box on the screen, in pixels. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a node is drawn, without its label: labels of other elements may not cover it. */
export interface BodyBox extends Rect {
  id: string;
}

export interface LabelBox extends BodyBox {
  /** Higher is drawn first (selected, focus, hubs…); ties go to the smaller id, so the choice is stable. */
  priority: number;
  /** Which side of its node the box is on (default 'below'). */
  placement?: Placement;
  /** Other places the label may go when its own box is taken, tried in this order. */
  alternatives?: readonly PlacedBox[];
}

/** Where a node's label goes: under the node (the style's default), above it, beside it, or at a corner. */
export const PLACEMENTS = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

export interface PlacedBox extends Rect {
  placement: Placement;
}

/** Space kept between two labels, in pixels. */
export const LABEL_GAP = 2;
const CELL = 64;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

export interface BodyRule {
  bodies: readonly BodyBox[];
  /**
   * Labels at least this important may cover other nodes (the selection, the focus): they must be read. So may the
   * first label below them in priority order (an article's event among its participants, a view's largest hub).
   */
  coverFrom: number;
}

/**
 * Greedy by priority over a grid: each label goes to the first of its own box and its alternatives that touches
 * no label already placed and, with `body`, covers the body of no node other than its own (a label over a node
 * hides the node: in a crowded view the label gives way). Labels from `coverFrom` up, and the first label below
 * `coverFrom` in priority order (ties by id), may cover nodes. A label with no such place is not drawn. Returns where
 * each drawn label goes (a box without a placement is 'below').
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  gap = LABEL_GAP,
  body?: BodyRule,
): Map<string, Placement> {
  const order = [...boxes].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const bodyGrid = new Map<string, BodyBox[]>();
  const cells = (b: Rect, margin = 0) => {
    const out: string[] = [];
    for (let x = Math.floor((b.x1 - margin) / CELL); x <= Math.floor((b.x2 + margin) / CELL); x++)
      for (let y = Math.floor((b.y1 - margin) / CELL); y <= Math.floor((b.y2 + margin) / CELL); y++)
        out.push(`${x},${y}`);
    return out;
  };
  for (const b of body?.bodies ?? []) {
    for (const c of cells(b)) {
      const list = bodyGrid.get(c);
      if (list) list.push(b);
      else bodyGrid.set(c, [b]);
    }
  }
  const coverFrom = body?.coverFrom ?? Number.POSITIVE_INFINITY;
  const hub = order.find((box) => box.priority < coverFrom);
  const mayCover = (box: LabelBox) => box === hub || box.priority >= coverFrom;
  const fits = (id: string, place: Rect, mine: string[], coverOk: boolean) =>
    place.x2 > place.x1 &&
    place.y2 > place.y1 &&
    !mine.some((c) => (grid.get(c) ?? []).some((other) => overlaps(place, other, gap))) &&
    (coverOk || !mine.some((c) => (bodyGrid.get(c) ?? []).some((b) => b.id !== id && overlaps(place, b))));
  const grid = new Map<string, Rect[]>();
  const placed = new Map<string, Placement>();
  for (const box of order) {
    const places: PlacedBox[] = [
      { ...box, placement: box.placement ?? 'below' },
      ...(box.alternatives ?? []),
    ];
    for (const place of places) {
      const mine = cells(place, gap);
      if (!fits(box.id, place, mine, mayCover(box))) continue;
      placed.set(box.id, place.placement);
      for (const c of mine) grid.set(c, [...(grid.get(c) ?? []), place]);
      break;
    }
  }
  return placed;
}

/** Pairs of boxes that overlap (for tests and checks): none among the labels placeLabels places. */
export function overlappingPairs(boxes: readonly LabelBox[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as LabelBox;
      const b = boxes[j] as LabelBox;
      if (overlaps(a, b)) out.push([a.id, b.id]);
    }
  return out;
}
