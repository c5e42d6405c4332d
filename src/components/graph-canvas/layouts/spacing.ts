/** How far apart fcose places nodes (run-layout.ts): the explorer's roomy spacing and a small box's compact one. */

/** Room for a label beside the node's own size, in the headless copy fcose runs on. */
export const LABEL_ROOM = { width: 90, height: 18 };

export interface Spacing {
  repulsion: number;
  edgeLength: number;
  separation: number;
  labelWidth: number;
  /** fcose's pull towards the middle, and from how far out it acts: what keeps components together. */
  gravity: number;
  gravityRange: number;
}
export const ROOMY_SPACING: Spacing = {
  repulsion: 15000,
  edgeLength: 140,
  separation: 110,
  labelWidth: LABEL_ROOM.width,
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
  gravity: 5,
  gravityRange: 1,
};
