import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context.tsx';

/** Double-click (or double-tap) on a node expands it. */
export function ExpandController({ onExpand }: { onExpand: (id: string) => void }) {
  const cy = useCy();
  const expand = useRef(onExpand);
  expand.current = onExpand;
  useEffect(() => {
    if (!cy) return;
    const handler = (event: EventObject) => expand.current(event.target.id());
    cy.on('dbltap', 'node', handler);
    return () => {
      cy.off('dbltap', 'node', handler);
    };
  }, [cy]);
  return null;
}
