import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context.tsx';
import { isGroupId } from '../group-elements.ts';

const withModifier = (event: EventObject) => {
  const input = event.originalEvent as MouseEvent | undefined;
  return Boolean(input && (input.ctrlKey || input.metaKey || input.shiftKey));
};

/**
 * Double-click (or double-tap) on a node expands it; on a community, folds or unfolds it. Cytoscape
 * reports any two quick taps as a double tap on the second, even on two nodes: a click on one node and a
 * quick Ctrl-click on another (adding it to the selection) must not expand the other. Only two taps on the
 * same node, without a selection modifier, count.
 */
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
    // What the last two taps hit (the canvas itself as null); a double tap follows its second tap.
    let before: string | null = null;
    let last: string | null = null;
    const onTap = (event: EventObject) => {
      before = last;
      last = event.target === cy ? null : String(event.target.id());
    };
    const onDoubleTap = (event: EventObject) => {
      const id = String(event.target.id());
      if (before !== id || withModifier(event)) return;
      if (isGroupId(id)) handlers.current.onFold?.(id.slice('group:'.length));
      else handlers.current.onExpand(id);
    };
    cy.on('tap', onTap);
    cy.on('dbltap', 'node', onDoubleTap);
    return () => {
      cy.off('tap', onTap);
      cy.off('dbltap', 'node', onDoubleTap);
    };
  }, [cy]);
  return null;
}
