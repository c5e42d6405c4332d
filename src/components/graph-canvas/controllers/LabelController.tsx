import { useEffect } from 'react';
import { LABEL_SCALE, LABELS_PENDING, labelScaleFor, refreshLabels } from '../../../lib/cy-labels.ts';
import { useCy } from '../cy-context.tsx';
import { CHANGED_EVENT } from '../GraphCanvas.tsx';
import { applyCanvasStyle } from '../graph-style.ts';

/** Wait after the last zoom or pan step before labels are redone (a wheel turn is many steps). */
const AFTER_ZOOM_MS = 150;

/**
 * Keeps labels readable and apart (cy-labels.ts): after a zoom, labels are rescaled to keep their size
 * on screen; after any change of what is drawn or where (a pan too), the labels that would overlap a more
 * important one go to another side of their node or are hidden. Exports draw what the screen shows.
 */
export function LabelController() {
  const cy = useCy();
  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const run = () => {
      frame = 0;
      if (cy.destroyed()) return;
      const scale = labelScaleFor(cy.zoom());
      if (scale !== ((cy.scratch(LABEL_SCALE) as number | undefined) ?? 1)) {
        cy.scratch(LABEL_SCALE, scale);
        applyCanvasStyle(cy, Boolean(cy.scratch('guanxiLarge')));
      }
      refreshLabels(cy);
      cy.scratch(LABELS_PENDING, false);
    };
    const schedule = (delay: number) => {
      cy.scratch(LABELS_PENDING, true);
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      timer = setTimeout(() => {
        frame = requestAnimationFrame(run);
      }, delay);
    };
    const soon = () => schedule(0);
    const afterMove = () => schedule(AFTER_ZOOM_MS);
    // A pan moves nodes to and from the canvas's edges, where labels change sides (cy-labels.ts).
    cy.on('zoom pan', afterMove);
    cy.on(`${CHANGED_EVENT} layoutstop dragfree select unselect`, soon);
    soon();
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      cy.off('zoom pan', afterMove);
      cy.off(`${CHANGED_EVENT} layoutstop dragfree select unselect`, soon);
      if (!cy.destroyed()) cy.scratch(LABELS_PENDING, false);
    };
  }, [cy]);
  return null;
}
