import type { CollectionReturnValue } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { LayoutName } from '../../../lib/view/view-state.ts';
import {
  ensureDagre,
  fitView,
  fullLayoutOptions,
  localLayoutOptions,
  runLayout,
} from '../../layouts/run-layout.ts';
import { useCy } from '../cy-context.tsx';
import { PATCHED_EVENT } from '../GraphCanvas.tsx';
import type { PatchResult } from '../patch-elements.ts';

/** First layouts of up to this many nodes move smoothly from the first placement. */
const ANIMATED_FIRST_LAYOUT = 150;

interface LayoutControllerProps {
  layout: LayoutName;
  focus: string | null;
  onBusy: (busy: boolean) => void;
}

/**
 * Runs layouts only on what changed: the whole view when it is first drawn or the layout is changed,
 * otherwise just the nodes a patch added (fcose), or the chosen deterministic layout again.
 */
export function LayoutController({ layout, focus, onBusy }: LayoutControllerProps) {
  const cy = useCy();
  const settings = useRef({ layout, focus, onBusy });
  settings.current = { layout, focus, onBusy };
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (!cy) return;
    const enqueue = (job: () => Promise<void>) => {
      queue.current = queue.current
        .then(async () => {
          if (cy.destroyed()) return;
          settings.current.onBusy(true);
          await job();
        })
        .catch((error: unknown) => console.error('layout failed', error))
        .finally(() => {
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
    const onPatched = (_event: unknown, result: PatchResult) => {
      if (result.added.length === 0) return;
      if (result.wasEmpty) {
        // Draw what arrived at once (placed around the node it came from), then lay it out: the
        // first frame does not wait for the layout.
        fitView(cy);
        const nodes = result.added.length;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => enqueue(() => full(nodes <= ANIMATED_FIRST_LAYOUT))),
        );
        return;
      }
      if (settings.current.layout !== 'fcose') {
        enqueue(() => full(true));
        return;
      }
      enqueue(async () => {
        const ids = new Set(result.added);
        const added = cy
          .nodes()
          .filter((n) => ids.has(n.id()) && !n.hasClass('hidden')) as CollectionReturnValue;
        if (added.empty()) return;
        const { eles, options } = localLayoutOptions(added);
        await runLayout(eles, options);
        if (!cy.destroyed()) {
          cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 40 } }, { duration: 250 });
        }
      });
    };
    cy.on(PATCHED_EVENT, onPatched);
    return () => {
      cy.off(PATCHED_EVENT, onPatched);
    };
  }, [cy]);

  const laidOutWith = useRef(layout);
  useEffect(() => {
    if (!cy || laidOutWith.current === layout) return;
    laidOutWith.current = layout;
    queue.current = queue.current.then(async () => {
      if (cy.destroyed() || cy.nodes().empty()) return;
      settings.current.onBusy(true);
      try {
        if (layout === 'dagre') await ensureDagre();
        const eles = cy.elements().not('.hidden') as CollectionReturnValue;
        await runLayout(
          eles,
          fullLayoutOptions(eles, layout, { focus: settings.current.focus, animate: true }),
        );
      } finally {
        settings.current.onBusy(false);
      }
    });
  }, [cy, layout]);

  return null;
}
