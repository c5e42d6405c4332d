import type { ElementDefinition } from 'cytoscape';
import { type ReactNode, useEffect, useRef } from 'react';
import { createCy } from './create-cy.ts';
import { useCy, useSetCy } from './cy-context.tsx';
import { keepViewOnResize, watchHandMoves } from './fit-view.ts';
import { applyCanvasStyle } from './graph-style.ts';
import { patchElements } from './patch-elements.ts';
import type { RendererName } from './renderer.ts';

export const PATCHED_EVENT = 'guanxi:patched';
/** Emitted after any patch that changed what is drawn (classes, data, parents or positions too). */
export const CHANGED_EVENT = 'guanxi:changed';

interface GraphCanvasProps {
  elements: readonly ElementDefinition[];
  /** Where each node was reached from: new nodes start beside it. */
  parents: ReadonlyMap<string, string>;
  /** Lean style (no icons, no edge labels) for very large views. */
  large: boolean;
  renderer: RendererName;
  /** Text alternative for the canvas (with how to walk it with the keyboard). */
  label: string;
  /** What the canvas is, read by screen readers instead of "application". */
  roleDescription?: string;
  /** Renderless controllers; they mount once the instance exists, before the first patch. */
  children?: ReactNode;
}

/**
 * Owns the Cytoscape instance: created once on a ref, destroyed in the cleanup, patched by element
 * diff on every change and never rebuilt. Controllers react to `guanxi:patched` and cy events.
 */
export function GraphCanvas({
  elements,
  parents,
  large,
  renderer,
  label,
  roleDescription,
  children,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useCy();
  const setCy = useSetCy();

  useEffect(() => {
    if (!container.current) return;
    const instance = createCy(container.current, renderer);
    // Cytoscape cancels mousedown, so a field clicked before would keep the focus (and swallow the keys
    // meant for the canvas): a tap on the canvas gives the canvas the focus.
    const box = container.current;
    instance.on('tapstart', () => {
      if (document.activeElement !== box) box.focus({ preventScroll: true });
    });
    setCy(instance);
    window.__guanxiCy = instance;
    const unwatch = watchHandMoves(instance);
    // The status bar, the table toggle and a phone's bottom sheet change the container's size, not the
    // window's: Cytoscape learns the new size, and the graph stays in view (fit-view.ts).
    const observer = new ResizeObserver(() => {
      if (instance.destroyed()) return;
      const before = { width: instance.width(), height: instance.height() };
      instance.resize();
      keepViewOnResize(instance, before);
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      unwatch();
      setCy(null);
      if (window.__guanxiCy === instance) window.__guanxiCy = undefined;
      instance.destroy();
    };
  }, [renderer, setCy]);

  useEffect(() => {
    if (cy) applyCanvasStyle(cy, large);
  }, [cy, large]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const result = patchElements(cy, elements, parents);
    if (result.added.length > 0 || result.removed.length > 0) cy.emit(PATCHED_EVENT, [result]);
    if (result.changed) cy.emit(CHANGED_EVENT);
  }, [cy, elements, parents]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-renderer={renderer}
        data-nodes={elements.filter((e) => e.group === 'nodes').length}
        role="application"
        aria-roledescription={roleDescription}
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas is a widget walked with the keyboard (KeyboardController)
        tabIndex={0}
      />
      {cy && children}
    </>
  );
}
