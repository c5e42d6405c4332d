import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context.tsx';
import { isGroupId } from '../group-elements.ts';

/** Double-click (or double-tap) on a node expands it; on a community, folds or unfolds it. */
export function ExpandController({
  onExpand,
  onFold,
}: {
  onExpand: (id: string) => void;
  onFold?: (key: string) => void;
}) {
  const cy = useCy();
  const handlers = useRef({ onExpand, onFold });
  handlers.current = { onExpand, onFold };
  useEffect(() => {
    if (!cy) return;
    const handler = (event: EventObject) => {
      const id = String(event.target.id());
      if (isGroupId(id)) handlers.current.onFold?.(id.slice('group:'.length));
      else handlers.current.onExpand(id);
    };
    cy.on('dbltap', 'node', handler);
    return () => {
      cy.off('dbltap', 'node', handler);
    };
  }, [cy]);
  return null;
}
