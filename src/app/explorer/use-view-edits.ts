import type { Core, NodeSingular } from 'cytoscape';
import { fitView } from '../../components/graph-canvas/fit-view.ts';
import type { ViewAction } from '../../lib/view/view-actions.ts';
import type { View } from '../../lib/view/view-state.ts';

/**
 * What the toolbar and the keys do to the selected nodes. They act on what the canvas has selected at
 * that moment: the canvas reports a click to React a frame later, and a key pressed right after a click
 * must act on the node just clicked.
 */
export function viewEdits(options: {
  cy: Core | null;
  view: View;
  /** Pinned nodes in view, by id. */
  pinned: ReadonlyMap<string, unknown>;
  /** The selection as React knows it (used when the canvas is not there, e.g. in table mode). */
  selectedNodes: readonly string[];
  inGraph: (id: string) => boolean;
  act: (action: ViewAction) => void;
  clearSelection: () => void;
}) {
  const { cy, view, act } = options;
  const { pinned } = options;
  const selectedNow = () =>
    cy
      ? cy
          .$('node:selected')
          .map((n) => n.id())
          .filter(options.inGraph)
      : [...options.selectedNodes];
  return {
    expand: () => {
      for (const id of selectedNow())
        if (id !== view.focus && !view.expanded.includes(id)) act({ type: 'expand', id });
    },
    hide: () => {
      const ids = selectedNow();
      if (ids.length) act({ type: 'hide', ids });
      options.clearSelection();
    },
    pin: () => {
      const ids = selectedNow();
      if (ids.length === 0) return;
      if (ids.every((id) => pinned.has(id))) act({ type: 'unpin', ids });
      else {
        const nodes = ids.flatMap((id) => {
          const n = cy?.getElementById(id);
          return n?.nonempty() ? [{ id, ...(n as NodeSingular).position() }] : [];
        });
        act({ type: 'pin', nodes });
      }
    },
    remove: () => {
      const ids = selectedNow();
      if (ids.length) act({ type: 'remove', ids });
      options.clearSelection();
    },
    fit: () => {
      if (cy) fitView(cy);
    },
  };
}
