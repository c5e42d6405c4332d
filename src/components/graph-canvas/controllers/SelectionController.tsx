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
 */
export function SelectionController({ selected, onSelect }: SelectionControllerProps) {
  const cy = useCy();
  const report = useRef(onSelect);
  report.current = onSelect;

  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const changed = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!cy.destroyed()) report.current(cy.$(':selected').map((e) => e.id()));
      });
    };
    cy.on('select unselect', changed);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('select unselect', changed);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    const apply = () => {
      const ids = new Set(selected);
      cy.batch(() => {
        cy.$(':selected').forEach((e) => {
          if (!ids.has(e.id())) e.unselect();
        });
        for (const id of ids) {
          const el = cy.getElementById(id);
          if (el.nonempty() && !el.selected()) el.select();
        }
      });
    };
    apply();
    // Elements selected before they were drawn are selected when they arrive.
    cy.on(PATCHED_EVENT, apply);
    return () => {
      cy.off(PATCHED_EVENT, apply);
    };
  }, [cy, selected]);

  return null;
}
