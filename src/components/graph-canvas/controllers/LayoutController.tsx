import type { CollectionReturnValue, Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { LayoutName } from '../../../lib/view/view-state.ts';
import { useCy } from '../cy-context.tsx';
import { PATCHED_EVENT } from '../GraphCanvas.tsx';
import {
  ensureDagre,
  fitView,
  fullLayoutOptions,
  LAYOUTS_PENDING,
  localLayoutOptions,
  runLayout,
} from '../layouts/run-layout.ts';
import type { PatchResult } from '../patch-elements.ts';

/** First layouts of up to this many nodes move smoothly from the first placement. */
const ANIMATED_FIRST_LAYOUT = 150;

/** Emitted on cy when the person picks another layout. */
const LAYOUT_CHOSEN = 'guanxi:layout-chosen';

interface LayoutControllerProps {
  layout: LayoutName;
  focus: string | null;
  onBusy: (busy: boolean) => void;
}

function countPending(cy: Core, delta: number): void {
  if (!cy.destroyed()) cy.scratch(LAYOUTS_PENDING, ((cy.scratch(LAYOUTS_PENDING) as number) || 0) + delta);
}

/**
 * Runs layouts only on what changed: the whole view when it is first drawn (after a first frame of
 * the nodes where they were placed) or when the layout is changed; otherwise just the nodes a patch
 * added (fcose, the rest held still), or the chosen deterministic layout again. One at a time.
 */
export function LayoutController({ layout, focus, onBusy }: LayoutControllerProps) {
  const cy = useCy();
  const settings = useRef({ layout, focus, onBusy });
  settings.current = { layout, focus, onBusy };
  const queue = useRef<Promise<void>>(Promise.resolve());

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
      const { layout: name, focus: f } = settings.current;
      if (name === 'dagre') await ensureDagre();
      if (cy.destroyed()) return;
      const eles = cy.elements().not('.hidden') as CollectionReturnValue;
      if (eles.nodes().empty()) return;
      await runLayout(eles, fullLayoutOptions(eles, name, { focus: f, animate }));
      if (!cy.destroyed()) fitView(cy);
    };
    const local = async (ids: string[]) => {
      const wanted = new Set(ids);
      const added = cy
        .nodes()
        .filter((n) => wanted.has(n.id()) && !n.hasClass('hidden')) as CollectionReturnValue;
      if (added.empty()) return;
      const { eles, options } = localLayoutOptions(added);
      await runLayout(eles, options);
      if (!cy.destroyed()) {
        cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 40 } }, { duration: 250 });
      }
    };
    const onPatched = (_event: unknown, result: PatchResult) => {
      if (result.added.length === 0) return;
      if (result.wasEmpty) {
        // Draw what arrived at once, placed around the node it came from; lay it out a frame later.
        fitView(cy);
        const animate = result.added.length <= ANIMATED_FIRST_LAYOUT;
        countPending(cy, 1);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            enqueue(() => full(animate));
            countPending(cy, -1);
          }),
        );
      } else if (settings.current.layout === 'fcose') {
        enqueue(() => local(result.added));
      } else {
        enqueue(() => full(true));
      }
    };
    const onLayoutChosen = () => enqueue(() => full(true));
    cy.on(PATCHED_EVENT, onPatched);
    cy.on(LAYOUT_CHOSEN, onLayoutChosen);
    return () => {
      cy.off(PATCHED_EVENT, onPatched);
      cy.off(LAYOUT_CHOSEN, onLayoutChosen);
    };
  }, [cy]);

  const laidOutWith = useRef(layout);
  useEffect(() => {
    if (!cy || laidOutWith.current === layout) return;
    laidOutWith.current = layout;
    cy.emit(LAYOUT_CHOSEN);
  }, [cy, layout]);

  return null;
}
