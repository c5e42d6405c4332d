import type { CollectionReturnValue, Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { LABEL_SCALE } from '../../../lib/cy-labels.ts';
import type { LayoutName } from '../../../lib/view/view-state.ts';
import { useCy } from '../cy-context.tsx';
import { drawableArea, fitView } from '../fit-view.ts';
import { PATCHED_EVENT } from '../GraphCanvas.tsx';
import { applyCanvasStyle } from '../graph-style.ts';
import { fullLayout, LAYOUTS_PENDING, localLayoutOptions, runLayout } from '../layouts/run-layout.ts';
import type { PatchResult } from '../patch-elements.ts';

/** First layouts of up to this many nodes move smoothly from the first placement. */
const ANIMATED_FIRST_LAYOUT = 150;

/** Emitted on cy when the person picks another layout or asks to lay the view out again. */
export const LAYOUT_CHOSEN = 'guanxi:layout-chosen';

interface LayoutControllerProps {
  layout: LayoutName;
  focus: string | null;
  /** Every request of the view has answered: the first full layout waits for this. */
  ready: boolean;
  onBusy: (busy: boolean) => void;
  /** Tighter spacing for a small fixed box (run-layout.ts). */
  compact?: boolean;
}

function countPending(cy: Core, delta: number): void {
  if (!cy.destroyed()) cy.scratch(LAYOUTS_PENDING, ((cy.scratch(LAYOUTS_PENDING) as number) || 0) + delta);
}

/**
 * Lays the view out so that the same address gives the same drawing: a view opened from a link is laid
 * out once, whole, when everything it asks for has arrived, with a layout that is deterministic (seeded
 * by the view's own nodes; pinned nodes held). After that only what changes moves: nodes a person adds
 * are laid out among the others held still. Picking a layout lays the whole view out again. One at a time.
 */
export function LayoutController({ layout, focus, ready, onBusy, compact = false }: LayoutControllerProps) {
  const cy = useCy();
  const settings = useRef({ layout, focus, onBusy, ready, compact });
  settings.current = { layout, focus, onBusy, ready, compact };
  const queue = useRef<Promise<void>>(Promise.resolve());
  /** The canvas was empty and is filling from a link: lay it out whole once the view is complete. */
  const awaitingFull = useRef(false);
  const startFullRef = useRef<() => void>(() => {});

  useEffect(() => {
    if (!cy) return;
    const enqueue = (job: () => Promise<void>) => {
      countPending(cy, 1);
      queue.current = queue.current
        .then(async () => {
          if (cy.destroyed()) return;
          settings.current.onBusy(true);
          await job();
        })
        .catch((error: unknown) => console.error('layout failed', error))
        .finally(() => {
          countPending(cy, -1);
          if (!cy.destroyed()) settings.current.onBusy(false);
        });
    };
    const full = async (animate: boolean) => {
      if (cy.destroyed()) return;
      // Labels scaled for a zoomed-out screen would space the layout differently on another screen.
      if (((cy.scratch(LABEL_SCALE) as number | undefined) ?? 1) !== 1) {
        cy.scratch(LABEL_SCALE, 1);
        applyCanvasStyle(cy, Boolean(cy.scratch('guanxiLarge')));
      }
      const { layout: name, focus: f, compact: tight } = settings.current;
      const eles = cy.elements().not('.hidden') as CollectionReturnValue;
      if (eles.nodes().empty()) return;
      await fullLayout(eles, name, {
        focus: f,
        animate,
        compact: tight,
        box: drawableArea(cy.width(), cy.height()),
      });
      if (!cy.destroyed()) fitView(cy, { animate });
    };
    const local = async (ids: string[]) => {
      const wanted = new Set(ids);
      const added = cy
        .nodes()
        .filter((n) => wanted.has(n.id()) && !n.hasClass('hidden') && !n.isParent()) as CollectionReturnValue;
      if (added.empty()) return;
      const { eles, options } = localLayoutOptions(added);
      await runLayout(eles, options, added.map((n) => n.id()).join('|'));
      if (!cy.destroyed()) fitView(cy, { animate: true });
    };
    const startFull = () => {
      if (awaitingFull.current) countPending(cy, -1);
      awaitingFull.current = false;
      const count = cy.nodes().not('.hidden').length;
      fitView(cy);
      countPending(cy, 1);
      // Draw what arrived at once, placed around the node it came from; lay it out a frame later.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          enqueue(() => full(count <= ANIMATED_FIRST_LAYOUT));
          countPending(cy, -1);
        }),
      );
    };
    startFullRef.current = startFull;
    const onPatched = (_event: unknown, result: PatchResult) => {
      if (result.added.length === 0) return;
      if (result.wasEmpty || awaitingFull.current) {
        if (!awaitingFull.current) countPending(cy, 1);
        awaitingFull.current = true;
        if (settings.current.ready) startFull();
        else fitView(cy);
      } else if (settings.current.layout === 'fcose') {
        enqueue(() => local(result.added));
      } else {
        enqueue(() => full(true));
      }
    };
    const onLayoutChosen = () => {
      if (awaitingFull.current) countPending(cy, -1);
      awaitingFull.current = false;
      enqueue(() => full(true));
    };
    cy.on(PATCHED_EVENT, onPatched);
    cy.on(LAYOUT_CHOSEN, onLayoutChosen);
    return () => {
      cy.off(PATCHED_EVENT, onPatched);
      cy.off(LAYOUT_CHOSEN, onLayoutChosen);
    };
  }, [cy]);

  // The view became complete while a first layout was waiting for it, without anything new to draw (the
  // last answer added nothing, or failed). A frame later, so a patch of the same render goes first.
  useEffect(() => {
    if (!cy || !ready) return;
    const frame = requestAnimationFrame(() => {
      if (awaitingFull.current && !cy.destroyed()) startFullRef.current();
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, ready]);

  const laidOutWith = useRef(layout);
  useEffect(() => {
    if (!cy || laidOutWith.current === layout) return;
    laidOutWith.current = layout;
    cy.emit(LAYOUT_CHOSEN);
  }, [cy, layout]);

  return null;
}
