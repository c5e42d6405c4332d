import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { iconUri } from '../lib/entity-icons.ts';
import { plainLabel } from '../lib/names.ts';
import { type EmbedModel, nodeLabel } from './model.ts';
import { embedStyle, LARGE_VIEW } from './style.ts';

declare global {
  interface Window {
    /** The live Cytoscape instance, for end-to-end tests, benchmarks and the browser console. */
    __guanxiCy?: Core;
  }
}

const NODE_SIZE = 28;
const FOCUS_SIZE = 38;
const PADDING = 24;
/** Small graphs are not blown up to fill the frame. */
const MAX_FIT_ZOOM = 1.3;

export type Selected = { id: string; group: 'node' | 'edge' } | null;

export interface CanvasOptions {
  /** Show readings (pinyin, English) under names. */
  readings: boolean;
  /** The person tapped a node, an edge or the background. */
  onSelect(selected: Selected): void;
  /** The pointer is over an element (its label and where it is drawn, in container pixels) or left it. */
  onHover(hover: { text: string; x: number; y: number } | null): void;
}

export interface EmbedCanvas {
  readonly cy: Core;
  /** Lights an element and its neighbours, fading the rest; null clears. False when the id is not shown. */
  highlight(id: string | null): boolean;
  /** Selects an element and brings it to the middle. False when the id is not shown. */
  focus(id: string): boolean;
  fit(): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  /** Resolves once the first frame has been drawn. */
  firstFrame: Promise<void>;
  destroy(): void;
}

export function toElements(model: EmbedModel, readings: boolean): ElementDefinition[] {
  const focus = new Set(model.focus);
  const icons = model.nodes.length <= LARGE_VIEW;
  const preset = model.layout === 'preset';
  const out: ElementDefinition[] = [];
  for (const n of model.nodes) {
    const data: Record<string, unknown> = {
      id: n.id,
      label: nodeLabel(n, readings),
      type: n.type,
      kind: n.kind ?? '',
      size: focus.has(n.id) ? FOCUS_SIZE : NODE_SIZE,
    };
    if (icons) data.icon = iconUri(n.type, n.kind);
    const position = preset && n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : undefined;
    out.push({
      group: 'nodes',
      data,
      classes: focus.has(n.id) ? 'focus' : '',
      ...(position ? { position } : {}),
    });
  }
  for (const e of model.edges) {
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, label: e.label, weight: e.weight },
    });
  }
  return out;
}

/** Room around node centres for the node and its label (drawn below it), in model units. */
const MARGIN = { x: 70, top: 25, bottom: 50 };

/**
 * Fits every node in view, but never closer than MAX_FIT_ZOOM. Computed from node positions plus a
 * margin for labels: Cytoscape's own fit measures every label first, which cost a 100-node embed a
 * few hundred milliseconds before its first frame.
 */
function fitAll(cy: Core): void {
  const width = cy.width();
  const height = cy.height();
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  if (!Number.isFinite(x1) || width <= 0 || height <= 0) return;
  x1 -= MARGIN.x;
  x2 += MARGIN.x;
  y1 -= MARGIN.top;
  y2 += MARGIN.bottom;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(MAX_FIT_ZOOM, (width - 2 * PADDING) / (x2 - x1), (height - 2 * PADDING) / (y2 - y1)),
  );
  cy.viewport({
    zoom,
    pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

function layoutOptions(model: EmbedModel): LayoutOptions {
  const common = { fit: false, animate: false } as const;
  switch (model.layout) {
    case 'preset':
      return { name: 'preset', ...common };
    case 'concentric': {
      const focus = new Set(model.focus);
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 28,
        avoidOverlap: true,
        concentric: (n: NodeSingular) => (focus.has(n.id()) ? 1_000 : n.degree(false)),
        levelWidth: () => 1,
      };
    }
    case 'cose':
      return {
        name: 'cose',
        ...common,
        randomize: true,
        idealEdgeLength: () => 60,
        nodeRepulsion: () => 8_000,
        nodeOverlap: 20,
        componentSpacing: 40,
      };
  }
}

/** The Cytoscape view of an embed: drawn once from the model, then only panned, zoomed and lit. */
export function createCanvas(container: HTMLElement, model: EmbedModel, options: CanvasOptions): EmbedCanvas {
  const cy = cytoscape({
    container,
    elements: toElements(model, options.readings),
    style: embedStyle(model.nodes.length > LARGE_VIEW),
    // Stored or computed positions as they are; other layouts run below, before the first frame.
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: model.nodes.length > 200,
    // Wheel zoom waits for a click inside the graph, so readers scrolling the host page are not caught.
    userZoomingEnabled: false,
  });
  if (model.layout !== 'preset') cy.layout(layoutOptions(model)).run();
  fitAll(cy);
  window.__guanxiCy = cy;

  const firstFrame = new Promise<void>((resolve) => cy.one('render', () => resolve()));

  const enableWheel = () => cy.userZoomingEnabled(true);
  const disableWheel = () => cy.userZoomingEnabled(false);
  container.addEventListener('pointerdown', enableWheel);
  container.addEventListener('pointerleave', disableWheel);

  const hoverText = (event: EventObject) => {
    const el = event.target;
    const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    return { text: plainLabel(String(el.data('label') ?? '')), x: p.x, y: p.y };
  };
  cy.on('mouseover', 'node, edge', (event) => options.onHover(hoverText(event)));
  cy.on('mouseout', 'node, edge', () => options.onHover(null));
  cy.on('viewport', () => options.onHover(null));
  cy.on('tap', (event) => {
    const target = event.target;
    if (target === cy) options.onSelect(null);
    else options.onSelect({ id: target.id(), group: target.isNode() ? 'node' : 'edge' });
  });

  const clearLight = () => cy.elements().removeClass('lit faded');

  return {
    cy,
    firstFrame,
    highlight(id) {
      if (id === null) {
        clearLight();
        return true;
      }
      const el = cy.getElementById(id);
      if (el.empty()) return false;
      const edge = cy.edges().getElementById(id);
      const lit = edge.nonempty() ? edge.union(edge.connectedNodes()) : el.closedNeighborhood();
      cy.batch(() => {
        clearLight();
        cy.elements().not(lit).addClass('faded');
        lit.addClass('lit');
      });
      return true;
    },
    focus(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return false;
      cy.elements().unselect();
      el.select();
      cy.stop(true, false);
      cy.animate({ center: { eles: el } }, { duration: 250 });
      return true;
    },
    fit() {
      cy.stop(true, false);
      fitAll(cy);
    },
    zoomBy(factor) {
      const { width, height } = { width: cy.width(), height: cy.height() };
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
    },
    panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
    destroy() {
      container.removeEventListener('pointerdown', enableWheel);
      container.removeEventListener('pointerleave', disableWheel);
      if (window.__guanxiCy === cy) window.__guanxiCy = undefined;
      if (!cy.destroyed()) cy.destroy();
    },
  };
}
