import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import type { GraphEdge, GraphNode } from '../../../graph/contract/payloads.ts';
import { graphStyle } from './graph-style.ts';
import { edgeElement, nodeElement } from './to-elements.ts';

cytoscape.use(fcose);

/** A handful of nodes should not fill the screen with giant labels. */
const MAX_FIT_ZOOM = 1.3;

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

interface GraphCanvasProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  focusId: string | undefined;
  expanded: ReadonlySet<string>;
  /** Where a newly added node came from, so it is placed beside its parent. */
  parents: ReadonlyMap<string, string>;
  onSelect: (selection: Selection) => void;
  onExpand: (id: string) => void;
}

declare global {
  interface Window {
    /** The live Cytoscape instance, for end-to-end tests and the browser console. */
    __guanxiCy?: Core;
  }
}

/** Owns the Cytoscape instance: created once, patched by element diff, destroyed on unmount. */
export function GraphCanvas({
  nodes,
  edges,
  focusId,
  expanded,
  parents,
  onSelect,
  onExpand,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: graphStyle,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      hideEdgesOnViewport: true,
    });
    cy.on('tap', 'node', (e) => handlers.current.onSelect({ kind: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => handlers.current.onSelect({ kind: 'edge', id: e.target.id() }));
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand(e.target.id()));
    cyRef.current = cy;
    window.__guanxiCy = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.__guanxiCy === cy) window.__guanxiCy = undefined;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const added = patchElements(cy, [...nodes.map(nodeElement), ...edges.map(edgeElement)], parents);
    cy.nodes().forEach((n) => {
      n.toggleClass('focus', n.id() === focusId);
      n.toggleClass('expanded', expanded.has(n.id()));
    });
    if (added.length === 0) return;
    const wasEmpty = added.length === cy.nodes().length;
    if (wasEmpty) {
      cy.layout({
        name: 'fcose',
        animate: false,
        quality: 'default',
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
      } as cytoscape.LayoutOptions).run();
      cy.fit(undefined, 40);
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
    } else {
      cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });
    }
  }, [nodes, edges, focusId, expanded, parents]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      data-nodes={nodes.length}
      data-edges={edges.length}
    />
  );
}

/** Adds, removes and updates by id inside one batch; returns the ids of added nodes. */
function patchElements(
  cy: Core,
  wanted: ElementDefinition[],
  parents: ReadonlyMap<string, string>,
): string[] {
  const wantedIds = new Set(wanted.map((e) => String(e.data.id)));
  const addedNodes: string[] = [];
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (!wantedIds.has(el.id())) el.remove();
    });
    const toAdd: ElementDefinition[] = [];
    const fresh = wanted.filter((e) => e.group === 'nodes' && cy.getElementById(String(e.data.id)).empty());
    const siblings = new Map<string, number>();
    for (const el of wanted) {
      const id = String(el.data.id);
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        existing.data(el.data);
        continue;
      }
      if (el.group === 'nodes') {
        addedNodes.push(id);
        const parent = cy.getElementById(parents.get(id) ?? '');
        if (parent.nonempty()) {
          const i = siblings.get(parent.id()) ?? 0;
          siblings.set(parent.id(), i + 1);
          const count = fresh.filter((f) => parents.get(String(f.data.id)) === parent.id()).length || 1;
          const angle = (2 * Math.PI * i) / count;
          const radius = 90 + 6 * count;
          const p = parent.position();
          toAdd.push({
            ...el,
            position: { x: p.x + radius * Math.cos(angle), y: p.y + radius * Math.sin(angle) },
          });
          continue;
        }
      }
      toAdd.push(el);
    }
    cy.add(toAdd);
  });
  return addedNodes;
}
