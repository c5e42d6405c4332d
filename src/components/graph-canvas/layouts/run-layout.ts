import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import type { LayoutName } from '../../../lib/view/view-state.ts';

/** Above this many nodes fcose runs in 'draft' quality (spectral only): about 0.7 s for 1k nodes instead of 9 s. */
export const DRAFT_THRESHOLD = 250;
/** cy.scratch key: how many layouts are waiting or running (tests and benchmarks wait for calm). */
export const LAYOUTS_PENDING = 'guanxiLayoutsPending';
/** Small views should not fill the screen with giant labels. */
export const MAX_FIT_ZOOM = 1.4;

let dagreReady: Promise<void> | null = null;

/** cytoscape-dagre is loaded the first time the hierarchy layout is asked for. */
export function ensureDagre(): Promise<void> {
  dagreReady ??= import('cytoscape-dagre').then((m) => {
    cytoscape.use(m.default);
  });
  return dagreReady;
}

export interface LayoutContext {
  focus: string | null;
  animate: boolean;
}

/** Hop distance from the roots inside the given elements (unreachable nodes: -1). */
function depths(eles: CollectionReturnValue, roots: CollectionReturnValue): Map<string, number> {
  const depth = new Map<string, number>();
  if (roots.empty()) return depth;
  eles.breadthFirstSearch({
    roots,
    directed: false,
    visit: (v, _e, _u, _i, d) => {
      depth.set(v.id(), d);
    },
  });
  return depth;
}

function fixedPositions(eles: CollectionReturnValue) {
  return eles
    .nodes()
    .filter((n) => n.locked())
    .map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } }));
}

/** Options for laying out all visible elements with the chosen layout. */
export function fullLayoutOptions(
  eles: CollectionReturnValue,
  name: LayoutName,
  context: LayoutContext,
): LayoutOptions {
  const nodeCount = eles.nodes().length;
  const animate = context.animate && nodeCount <= DRAFT_THRESHOLD;
  const common = { animate, animationDuration: 350, fit: true, padding: 40 };
  if (name === 'concentric') {
    const focus = context.focus ? eles.nodes().filter((n) => n.id() === context.focus) : null;
    const hub = eles
      .nodes()
      .sort((a, b) => b.degree(false) - a.degree(false))
      .slice(0, 1);
    const depth = depths(eles, (focus?.nonempty() ? focus : hub) as CollectionReturnValue);
    const maxDepth = Math.max(0, ...depth.values());
    return {
      ...common,
      name: 'concentric',
      concentric: (n: NodeSingular) => maxDepth + 1 - (depth.get(n.id()) ?? maxDepth + 1),
      levelWidth: () => 1,
      minNodeSpacing: 36,
      spacingFactor: 1.15,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
    } as LayoutOptions;
  }
  if (name === 'dagre') {
    return {
      ...common,
      name: 'dagre',
      rankDir: 'BT',
      nodeSep: 30,
      rankSep: 90,
      edgeSep: 10,
      nodeDimensionsIncludeLabels: true,
    } as LayoutOptions;
  }
  return {
    ...common,
    name: 'fcose',
    quality: nodeCount > DRAFT_THRESHOLD ? 'draft' : 'default',
    randomize: true,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 15000,
    idealEdgeLength: () => 140,
    nodeSeparation: 110,
    fixedNodeConstraint: fixedPositions(eles),
  } as LayoutOptions;
}

const LOCAL_CONTEXT_LIMIT = 150;

/**
 * Lays out only what was just added: the new nodes move and the rest holds still (every shown node in
 * views up to LOCAL_CONTEXT_LIMIT, else the node they came from and its neighbours), so the view is not
 * scrambled.
 */
export function localLayoutOptions(added: CollectionReturnValue): {
  eles: CollectionReturnValue;
  options: LayoutOptions;
} {
  const shown = added
    .cy()
    .nodes()
    .difference(added)
    .filter((n) => !n.hasClass('hidden'));
  // Holding every shown node keeps new nodes clear of all of them; in large views that is too slow.
  const anchors = added.neighborhood().nodes().intersection(shown);
  const context =
    shown.length <= LOCAL_CONTEXT_LIMIT
      ? shown
      : anchors.union(anchors.neighborhood().nodes().intersection(shown));
  const nodes = added.union(context);
  const eles = nodes.union(nodes.edgesWith(nodes)) as CollectionReturnValue;
  return {
    eles,
    options: {
      name: 'fcose',
      quality: 'default',
      randomize: false,
      animate: added.length <= DRAFT_THRESHOLD,
      animationDuration: 300,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 120,
      initialEnergyOnIncremental: 0.5,
      fixedNodeConstraint: context.map((n) => ({
        nodeId: n.id(),
        position: { ...(n as NodeSingular).position() },
      })),
    } as LayoutOptions,
  };
}

/** Fits the view, without zooming small graphs in past a readable size. */
export function fitView(cy: Core, eles?: CollectionReturnValue): void {
  const target = eles ?? (cy.elements().not('.hidden') as CollectionReturnValue);
  if (target.empty()) return;
  cy.fit(target, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(target);
  }
}

/** Runs a layout and resolves when it stops. */
export function runLayout(eles: CollectionReturnValue, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = eles.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
