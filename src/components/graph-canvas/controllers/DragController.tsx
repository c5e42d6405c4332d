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
    let frame = 0;
    const onDrop = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.isParent() || isGroupId(node.id())) return;
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
    cy.on('dragfree', 'node', onDrop);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('dragfree', 'node', onDrop);
    };
  }, [cy]);
  return null;
}
