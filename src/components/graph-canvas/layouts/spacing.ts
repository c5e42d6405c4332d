/** How far apart fcose places nodes (run-layout.ts): the explorer's roomy spacing and a small box's compact one. */

import { LABEL_MAX_WIDTH } from '../../../lib/cy-base-style.ts';

/** Room for a label beside the node's own size, in the headless copy fcose runs on. */
export const LABEL_ROOM = { width: 90, height: 18 };

export interface Spacing {
  repulsion: number;
  edgeLength: number;
  separation: number;
  labelWidth: number;
  labelHeight: number;
  /** fcose's pull towards the middle, and from how far out it acts: what keeps components together. */
  gravity: number;
  gravityRange: number;
}
export const ROOMY_SPACING: Spacing = {
  repulsion: 15000,
  edgeLength: 140,
  separation: 110,
  labelWidth: LABEL_ROOM.width,
  labelHeight: LABEL_ROOM.height,
  gravity: 0.25,
  gravityRange: 3.8,
};
/**
 * Half the distances and a strong pull that keeps the article's separate clusters close: a box a few
 * hundred pixels wide then shows them at two to three times the zoom, with more room between nodes on screen.
 */
export const COMPACT_SPACING: Spacing = {
  repulsion: 4500,
  edgeLength: 70,
  separation: 40,
  labelWidth: 60,
  labelHeight: LABEL_ROOM.height,
  gravity: 5,
  gravityRange: 1,
};

/** The tallest a label is drawn at zoom 1 (three lines), in model pixels; the widest is LABEL_MAX_WIDTH. */
const TALLEST_LABEL = 3 * LABEL_ROOM.height;

/**
 * A drawing shown below zoom 1 keeps its labels' size on screen (cy-labels.ts), so in the model they are larger by
 * 1 / zoom: the room kept for them grows the same way (up to the widest and tallest label), and the nodes spread.
 */
export function spacingAtZoom(spacing: Spacing, zoom: number): Spacing {
  if (zoom >= 1) return spacing;
  return {
    ...spacing,
    labelWidth: Math.min(LABEL_MAX_WIDTH, spacing.labelWidth / zoom),
    labelHeight: Math.min(TALLEST_LABEL, spacing.labelHeight / zoom),
  };
}
