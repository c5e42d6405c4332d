/**
 * Level of detail for labels: which labels to draw so that no two overlap, the most important first.
 * Pure (boxes in, ids out), so the explorer, the embeds and the tests judge overlap the same way.
 */

/** Where a node is drawn, without its label: labels of other elements may not cover it. */
export interface BodyBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelBox extends BodyBox {
  /** Higher is drawn first (selected, focus, hubs…); ties go to the smaller id, so the choice is stable. */
  priority: number;
}

/** Space kept between two labels, in pixels. */
export const LABEL_GAP = 2;
const CELL = 64;

export function overlaps(a: BodyBox, b: BodyBox, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

export interface BodyRule {
  bodies: readonly BodyBox[];
  /** Labels at least this important may cover other nodes (the selection, the focus): they must be read. */
  coverFrom: number;
}

/**
 * Greedy by priority over a grid: each label is kept unless it would touch one already kept or, with `body`,
 * cover the body of a node other than its own (a label over a node hides the node: in a crowded view the label
 * gives way).
 */
export function chooseLabels(boxes: readonly LabelBox[], gap = LABEL_GAP, body?: BodyRule): Set<string> {
  const order = [...boxes].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<string, LabelBox[]>();
  const bodyGrid = new Map<string, BodyBox[]>();
  const cells = (b: BodyBox, margin = 0) => {
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
  const coversBody = (box: LabelBox, mine: string[]) =>
    box.priority < (body?.coverFrom ?? Number.POSITIVE_INFINITY) &&
    mine.some((c) => (bodyGrid.get(c) ?? []).some((b) => b.id !== box.id && overlaps(box, b)));
  const kept = new Set<string>();
  for (const box of order) {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) continue;
    const mine = cells(box, gap);
    if (mine.some((c) => (grid.get(c) ?? []).some((other) => overlaps(box, other, gap)))) continue;
    if (coversBody(box, mine)) continue;
    kept.add(box.id);
    for (const c of mine) grid.set(c, [...(grid.get(c) ?? []), box]);
  }
  return kept;
}

/** Pairs of boxes that overlap (for tests and checks): none when labels were chosen with chooseLabels. */
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
