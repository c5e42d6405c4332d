import type { Point } from './positions.ts';

/** A drawing this much longer one way than the other is turned to lie along the box's long side. */
const TURN_FROM = 1.15;
/** The most a drawing's short side is drawn out to fill the box: more would bend the picture out of shape. */
const MAX_STRETCH = 1.6;

function extent(points: Iterable<Point>): { width: number; height: number } {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return { width: Math.max(0, maxX - minX), height: Math.max(0, maxY - minY) };
}

const landscape = (w: number, h: number) => w >= h * TURN_FROM;
const portrait = (w: number, h: number) => h >= w * TURN_FROM;

/**
 * A force layout has no preferred direction, but a box has: a wide drawing in a tall box (the article graph
 * on a phone) is fitted by its width and leaves the height empty. Turning it a quarter keeps every distance
 * and lets it fill the box. Drawings that are near square, or already lie the box's way, are returned as given.
 */
export function orientToBox(
  positions: Map<string, Point>,
  box: { width: number; height: number },
): Map<string, Point> {
  const drawing = extent(positions.values());
  // A box not measured yet (a hidden panel) has no long side.
  if (box.width <= 0 || box.height <= 0) return positions;
  const across =
    (landscape(drawing.width, drawing.height) && portrait(box.width, box.height)) ||
    (portrait(drawing.width, drawing.height) && landscape(box.width, box.height));
  if (!across) return positions;
  return new Map([...positions].map(([id, p]) => [id, { x: -p.y, y: p.x }]));
}

/**
 * What is left after turning: a drawing of 3:2 in a near-square box (the article graph on a wide screen) still
 * fills only two thirds of its height. Drawing the short side out, up to MAX_STRETCH, fills the box; it only
 * lengthens distances along that side, so no two nodes come closer.
 */
export function stretchToBox(
  positions: Map<string, Point>,
  box: { width: number; height: number },
): Map<string, Point> {
  const drawing = extent(positions.values());
  if (box.width <= 0 || box.height <= 0 || drawing.width <= 0 || drawing.height <= 0) return positions;
  const ratio = drawing.width / drawing.height / (box.width / box.height);
  const stretch = Math.min(MAX_STRETCH, ratio >= 1 ? ratio : 1 / ratio);
  if (stretch < 1.05) return positions;
  const [sx, sy] = ratio >= 1 ? [1, stretch] : [stretch, 1];
  return new Map([...positions].map(([id, p]) => [id, { x: p.x * sx, y: p.y * sy }]));
}

/** Turned, then drawn out, to fill the box it is shown in. */
export function fitToBox(
  positions: Map<string, Point>,
  box: { width: number; height: number },
): Map<string, Point> {
  return stretchToBox(orientToBox(positions, box), box);
}
