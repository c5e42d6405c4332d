import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context.tsx';
import { isGroupId } from '../group-elements.ts';

/**
 * Dragging pins: a node put somewhere stays there (its position joins the view, so the link and undo
 * know it). Nodes dragged together are reported once, a frame after the drop.
 */
export function DragController({
  onPin,
}: {
  onPin: (nodes: { id: string; x: number; y: number }[]) => void;
}) {
  const cy = useCy();
  const pin = useRef(onPin);
  pin.current = onPin;
  useEffect(() => {
    if (!cy) return;
    const dropped = new Map<string, NodeSingular>();
    const grabbedAt = new Map<string, { x: number; y: number }>();
    let frame = 0;
    const onGrab = (event: EventObject) => {
      const node = event.target as NodeSingular;
      grabbedAt.set(node.id(), { ...node.position() });
    };
    const onDrop = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.isParent() || isGroupId(node.id())) return;
      // A press and release in place is a click, not a move: nothing to pin.
      const from = grabbedAt.get(node.id());
      grabbedAt.delete(node.id());
      const to = node.position();
      if (from && Math.hypot(to.x - from.x, to.y - from.y) < 1) return;
      dropped.set(node.id(), node);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const nodes = [...dropped.values()]
          .filter((n) => !n.removed())
          .map((n) => ({ id: n.id(), ...n.position() }));
        dropped.clear();
        if (nodes.length) pin.current(nodes);
      });
    };
    cy.on('grab', 'node', onGrab);
    cy.on('dragfree', 'node', onDrop);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('grab', 'node', onGrab);
      cy.off('dragfree', 'node', onDrop);
    };
  }, [cy]);
  return null;
}
