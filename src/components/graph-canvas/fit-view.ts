import type { CollectionReturnValue, Core } from 'cytoscape';

/** Small views should not fill the screen with giant labels. */
export const MAX_FIT_ZOOM = 1.4;
/** cy.scratch key: the viewport is the fitted one (no pan or zoom by hand since), so a resize fits again. */
export const FITTED = 'guanxiFitted';

/** Room on screen around the nodes' bodies for their labels (drawn below them) and a border, in pixels. */
const ROOM = { x: 70, top: 30, bottom: 45 };
/**
 * On a narrow canvas (a phone) the room at the sides is at most this share of its width: the graph gets the width,
 * and a label at an edge goes to the inner side of its node (cy-labels.ts).
 */
const NARROW_ROOM_X = 0.12;

/** What is left of a canvas for the nodes' bodies once their labels and a border have room. */
export function drawableArea(width: number, height: number): { width: number; height: number } {
  const roomX = Math.min(ROOM.x, width * NARROW_ROOM_X);
  const roomY = Math.min(ROOM.top + ROOM.bottom, height / 2);
  return { width: width - 2 * roomX, height: height - roomY };
}

/** The zoom at which a drawing of nodes' bodies this large fits a canvas with room for its labels (at most MAX_FIT_ZOOM). */
export function fitZoom(canvas: { width: number; height: number }, bodies: { w: number; h: number }): number {
  const area = drawableArea(canvas.width, canvas.height);
  return Math.min(MAX_FIT_ZOOM, area.width / Math.max(bodies.w, 1), area.height / Math.max(bodies.h, 1));
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that shows the given nodes (default: every shown one) whole and centred. Measured from
 * the nodes' bodies (compound groups included), never from labels or edges: labels are scaled with the
 * zoom (cy-labels.ts), so a fit measured with them would depend on the zoom it replaces, and Cytoscape's
 * bounds of straight (haystack) edges can reach far beyond both their ends.
 */
export function fittedViewport(cy: Core, eles?: CollectionReturnValue): Viewport | null {
  const nodes = (eles ?? cy.elements().not('.hidden')).nodes();
  const width = cy.width();
  const height = cy.height();
  if (nodes.empty() || width <= 0 || height <= 0) return null;
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false } as never);
  const area = drawableArea(width, height);
  const roomY = height - area.height;
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fitZoom({ width, height }, box)));
  const midY = (box.y1 + box.y2) / 2;
  // The labels hang below the nodes: the drawing sits a little higher than the middle.
  const shift = ((ROOM.top - ROOM.bottom) / 2) * (roomY / (ROOM.top + ROOM.bottom));
  return {
    zoom,
    pan: {
      x: width / 2 - zoom * ((box.x1 + box.x2) / 2),
      y: height / 2 + shift - zoom * midY,
    },
  };
}

/** Fits the view (see fittedViewport), at once or moving there; a resize will fit it again. */
export function fitView(cy: Core, options: { eles?: CollectionReturnValue; animate?: boolean } = {}): void {
  const target = fittedViewport(cy, options.eles);
  if (!target) return;
  cy.stop(true, true);
  if (options.animate) cy.animate(target, { duration: 250 });
  else cy.viewport(target);
  cy.scratch(FITTED, true);
}

/**
 * After the canvas changed size (a bottom sheet opened, the window turned): a fitted view is fitted
 * again; a view a person moved keeps what was at the middle of the screen in the middle.
 */
export function keepViewOnResize(cy: Core, before: { width: number; height: number }): void {
  const width = cy.width();
  const height = cy.height();
  if (width === before.width && height === before.height) return;
  if (cy.scratch(FITTED)) {
    fitView(cy);
    return;
  }
  const pan = cy.pan();
  cy.pan({ x: pan.x + (width - before.width) / 2, y: pan.y + (height - before.height) / 2 });
}

/** A person panned or zoomed: the view is theirs, and a resize no longer fits it. */
export function watchHandMoves(cy: Core): () => void {
  const mine = () => cy.scratch(FITTED, false);
  cy.on('dragpan scrollzoom pinchzoom', mine);
  return () => cy.off('dragpan scrollzoom pinchzoom', mine);
}
