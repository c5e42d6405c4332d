import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context.tsx';
import { PATCHED_EVENT } from '../GraphCanvas.tsx';

interface SelectionControllerProps {
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
}

/**
 * Selection both ways: taps, Ctrl/Shift-taps and Shift-drag boxes report the selected ids (once per
 * frame, so a box does not report a hundred times); a selection made elsewhere (the table) is shown.
 *
 * The canvas is ahead of React for a frame after a click. While its report is on the way, `selected`
 * is stale: applying it would unselect the node just clicked. So a stale `selected` only adds, and a
 * patch (elements arriving) only selects what was waiting for its element, never unselects.
 */
export function SelectionController({ selected, onSelect }: SelectionControllerProps) {
  const cy = useCy();
  const report = useRef(onSelect);
  report.current = onSelect;
  const reportPending = useRef(false);
  const applying = useRef(false);

  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const changed = () => {
      if (applying.current) return;
      reportPending.current = true;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        reportPending.current = false;
        if (!cy.destroyed()) report.current(cy.$(':selected').map((e) => e.id()));
      });
    };
    cy.on('select unselect', changed);
    return () => {
      cancelAnimationFrame(frame);
      reportPending.current = false;
      cy.off('select unselect', changed);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    const apply = (unselectOthers: boolean) => {
      const ids = new Set(selected);
      applying.current = true;
      try {
        cy.batch(() => {
          if (unselectOthers) {
            cy.$(':selected').forEach((e) => {
              if (!ids.has(e.id())) e.unselect();
            });
          }
          for (const id of ids) {
            const el = cy.getElementById(id);
            if (el.nonempty() && !el.selected()) el.select();
          }
        });
      } finally {
        applying.current = false;
      }
    };
    apply(!reportPending.current);
    // Elements selected before they were drawn are selected when they arrive.
    const onPatched = () => apply(false);
    cy.on(PATCHED_EVENT, onPatched);
    return () => {
      cy.off(PATCHED_EVENT, onPatched);
    };
  }, [cy, selected]);

  return null;
}
