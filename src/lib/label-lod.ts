/**
 * Level of detail for labels: which labels to draw so that no two overlap, the most important first.
 * Pure (boxes in, ids out), so the explorer, the embeds and the tests judge overlap the same way.
 */
export interface LabelBox {
  id: string;
  /** Higher is drawn first (selected, focus, hubs…); ties go to the smaller id, so the choice is stable. */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Space kept between two labels, in pixels. */
export const LABEL_GAP = 2;
const CELL = 64;

export function overlaps(a: LabelBox, b: LabelBox, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** Greedy by priority over a grid: each label is kept unless it would touch one already kept. */
export function chooseLabels(boxes: readonly LabelBox[], gap = LABEL_GAP): Set<string> {
  const order = [...boxes].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox) => {
    const out: string[] = [];
    for (let x = Math.floor((b.x1 - gap) / CELL); x <= Math.floor((b.x2 + gap) / CELL); x++)
      for (let y = Math.floor((b.y1 - gap) / CELL); y <= Math.floor((b.y2 + gap) / CELL); y++)
        out.push(`${x},${y}`);
    return out;
  };
  const kept = new Set<string>();
  for (const box of order) {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) continue;
    const mine = cells(box);
    if (mine.some((c) => (grid.get(c) ?? []).some((other) => overlaps(box, other, gap)))) continue;
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
