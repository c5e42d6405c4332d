import type { ElementDefinition } from 'cytoscape';
import { type ReactNode, useEffect, useRef } from 'react';
import { createCy } from './create-cy.ts';
import { useCy, useSetCy } from './cy-context.tsx';
import { graphStyle, largeGraphStyle } from './graph-style.ts';
import { patchElements } from './patch-elements.ts';
import type { RendererName } from './renderer.ts';

export const PATCHED_EVENT = 'guanxi:patched';

interface GraphCanvasProps {
  elements: readonly ElementDefinition[];
  /** Where each node was reached from: new nodes start beside it. */
  parents: ReadonlyMap<string, string>;
  /** Lean style (no icons, no edge labels) for very large views. */
  large: boolean;
  renderer: RendererName;
  /** Text alternative for the canvas. */
  label: string;
  /** Renderless controllers; they mount once the instance exists, before the first patch. */
  children?: ReactNode;
}

/**
 * Owns the Cytoscape instance: created once on a ref, destroyed in the cleanup, patched by element
 * diff on every change and never rebuilt. Controllers react to `guanxi:patched` and cy events.
 */
export function GraphCanvas({ elements, parents, large, renderer, label, children }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useCy();
  const setCy = useSetCy();

  useEffect(() => {
    if (!container.current) return;
    const instance = createCy(container.current, renderer);
    // Cytoscape cancels mousedown, so a field clicked before keeps the focus and would swallow the
    // keyboard shortcuts meant for the canvas: let it go.
    instance.on('tapstart', () => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body) active.blur();
    });
    setCy(instance);
    window.__guanxiCy = instance;
    // The status bar and the table toggle change the container's size, not the window's.
    const observer = new ResizeObserver(() => {
      if (!instance.destroyed()) instance.resize();
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      setCy(null);
      if (window.__guanxiCy === instance) window.__guanxiCy = undefined;
      instance.destroy();
    };
  }, [renderer, setCy]);

  useEffect(() => {
    cy?.style(large ? largeGraphStyle : graphStyle);
  }, [cy, large]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const result = patchElements(cy, elements, parents);
    if (result.added.length > 0 || result.removed.length > 0) cy.emit(PATCHED_EVENT, [result]);
  }, [cy, elements, parents]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-renderer={renderer}
        data-nodes={elements.filter((e) => e.group === 'nodes').length}
        role="img"
        aria-label={label}
      />
      {cy && children}
    </>
  );
}
