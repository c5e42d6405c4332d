import type { NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context.tsx';

/** Screen direction of each arrow key, in degrees (y grows downwards). */
const ARROWS: Record<string, number> = { ArrowRight: 0, ArrowDown: 90, ArrowLeft: 180, ArrowUp: 270 };
/** A neighbour counts as lying in the arrow's direction within this many degrees of it. */
const CONE = 80;

/** The neighbour of `from` that lies best in `direction`: small angle first, then near. */
export function neighbourToward(from: NodeSingular, direction: number): NodeSingular | null {
  const p = from.renderedPosition();
  let best: { node: NodeSingular; score: number } | null = null;
  from
    .neighborhood('node')
    .filter((n) => n.visible() && !(n as NodeSingular).isParent())
    .forEach((n) => {
      const q = (n as NodeSingular).renderedPosition();
      const angle = (Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI;
      const diff = Math.abs(((((angle - direction) % 360) + 540) % 360) - 180);
      if (diff > CONE) return;
      const score = diff + Math.hypot(q.x - p.x, q.y - p.y) / 20;
      if (!best || score < best.score || (score === best.score && n.id() < best.node.id()))
        best = { node: n as NodeSingular, score };
    });
  return (best as { node: NodeSingular } | null)?.node ?? null;
}

/**
 * The canvas walked with the keyboard: the arrows move the selection to the neighbour lying that way
 * (from the focus when nothing is selected), Enter expands the selected node (folds or unfolds a
 * community), Escape clears. The canvas scrolls to keep the selected node in sight.
 */
export function KeyboardController({
  focus,
  onEnter,
}: {
  focus: string | null;
  onEnter: (id: string) => void;
}) {
  const cy = useCy();
  const settings = useRef({ focus, onEnter });
  settings.current = { focus, onEnter };
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const selected = cy.$('node:selected').last() as NodeSingular;
      const current = selected.nonempty()
        ? selected
        : (cy.getElementById(settings.current.focus ?? '') as NodeSingular);
      if (event.key === 'Enter') {
        if (selected.nonempty()) settings.current.onEnter(selected.id());
      } else if (event.key === 'Escape') {
        cy.elements().unselect();
      } else if (event.key in ARROWS && Object.hasOwn(ARROWS, event.key)) {
        const start = current.nonempty() && current.visible() ? current : null;
        const next = start
          ? selected.nonempty()
            ? neighbourToward(start, ARROWS[event.key] as number)
            : start
          : (cy
              .nodes(':visible')
              .filter((n) => !(n as NodeSingular).isParent())
              .first() as NodeSingular);
        if (next?.nonempty()) {
          cy.elements().unselect();
          next.select();
          const ext = cy.extent();
          const p = next.position();
          if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) {
            cy.animate({ center: { eles: next } }, { duration: 200 });
          }
        }
      } else return;
      event.preventDefault();
      event.stopPropagation();
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [cy]);
  return null;
}
