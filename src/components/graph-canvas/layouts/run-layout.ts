import cytoscape, { type CollectionReturnValue, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { NodeTypeName } from '../../../../contract/api/payloads.ts';
import { withSeededRandom } from '../../../lib/seeded-random.ts';
import type { LayoutName } from '../../../lib/view/view-state.ts';
import { fitZoom } from '../fit-view.ts';
import { fitToBox } from './orient.ts';
import {
  concentricPositions,
  groupedPositions,
  type LayoutEdge,
  type LayoutNode,
  layeredPositions,
  type Point,
} from './positions.ts';
import { COMPACT_SPACING, ROOMY_SPACING, type Spacing, spacingAtZoom } from './spacing.ts';

/** Above this many nodes fcose runs in 'draft' quality (spectral only): about 0.7 s for 1k nodes instead of 9 s. */
export const DRAFT_THRESHOLD = 250;
/** Above this many nodes nothing is simulated in the browser: the view is drawn by computed positions. */
export const SIMULATION_LIMIT = 1500;
/**
 * fcose's draft quality (spectral only) leaves the members of compound nodes on top of each other, so
 * grouped views are simulated in full quality (≈0.5 s for 300 nodes) up to this size, computed beyond it.
 */
export const GROUPED_SIMULATION_LIMIT = 600;
/** Up to this many nodes the hierarchy follows the edges (dagre); above, it is a hierarchy by type and level. */
export const DAGRE_LIMIT = 80;
/** cy.scratch key: how many layouts are waiting or running (tests and benchmarks wait for calm). */
export const LAYOUTS_PENDING = 'guanxiLayoutsPending';

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
  /** Spacing for a small fixed box (the article's own graph), the same on every screen. */
  compact?: boolean;
  /**
   * The box drawn into: a simulated drawing is turned to lie along its long side and drawn out to fill it
   * (orient.ts), so a wide drawing on a phone's tall canvas is not fitted by its width alone.
   */
  box?: { width: number; height: number };
}

/** The seed of a view's layout: its drawn nodes, so the same view gets the same drawing. */
export function layoutSeed(eles: CollectionReturnValue): string {
  return eles
    .nodes()
    .map((n) => n.id())
    .sort()
    .join('|');
}

function layoutGraph(eles: CollectionReturnValue): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const leaves = eles.nodes().filter((n) => !n.isParent());
  const nodes = leaves.map((n) => ({
    id: n.id(),
    type: n.data('type') as NodeTypeName,
    kind: (n.data('kind') as string) || null,
  }));
  const edges = eles.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  return { nodes, edges };
}

/** Communities drawn as compound nodes, with their members in view. */
function groupsIn(eles: CollectionReturnValue) {
  return eles
    .nodes()
    .filter((n) => n.isParent())
    .map((p) => {
      const members = (p as NodeSingular)
        .children()
        .filter((c) => eles.contains(c))
        .map((c) => c.id())
        .sort();
      return { members };
    });
}

/** Computed positions for the view's leaves (pinned nodes stay where they are held). */
function presetPositions(
  eles: CollectionReturnValue,
  name: LayoutName,
  focus: string | null,
): Map<string, Point> {
  const { nodes, edges } = layoutGraph(eles);
  const groups = groupsIn(eles);
  if (groups.length > 0) return groupedPositions(groups, nodes, edges);
  if (name === 'dagre') return layeredPositions(nodes, edges);
  return concentricPositions(nodes, edges, focus);
}

function presetOptions(positions: Map<string, Point>, common: object): LayoutOptions {
  return {
    ...common,
    name: 'preset',
    positions: (n: NodeSingular) =>
      n.hasClass('pinned') ? n.position() : (positions.get(n.id()) ?? n.position()),
  } as LayoutOptions;
}

/**
 * Lays out all the given elements with the chosen layout, deterministically: fcose seeded by the view's
 * nodes, concentric by degree and the large hierarchy computed outright (positions.ts), dagre for small
 * hierarchies. Views beyond SIMULATION_LIMIT, and grouped views in the concentric layout, get computed
 * positions: nothing of that size is simulated in the browser.
 */
export async function fullLayout(
  eles: CollectionReturnValue,
  name: LayoutName,
  context: LayoutContext,
): Promise<void> {
  const leaves = eles.nodes().filter((n) => !n.isParent());
  const animate = context.animate && leaves.length <= DRAFT_THRESHOLD;
  // The caller fits the view afterwards (fit-view.ts): a layout's own fit measures labels and edges.
  const common = { animate, animationDuration: 350, fit: false };
  const grouped = eles.nodes().some((n) => (n as NodeSingular).isParent());
  if (name === 'dagre' && !grouped && leaves.length <= DAGRE_LIMIT) {
    await ensureDagre();
    if (eles.cy().destroyed()) return;
    const options = {
      ...common,
      name: 'dagre',
      rankDir: 'BT',
      nodeSep: 30,
      rankSep: 90,
      edgeSep: 10,
      nodeDimensionsIncludeLabels: true,
    } as LayoutOptions;
    return runLayout(eles, options, layoutSeed(eles));
  }
  if (name !== 'fcose' || leaves.length > (grouped ? GROUPED_SIMULATION_LIMIT : SIMULATION_LIMIT)) {
    return runLayout(
      leaves as CollectionReturnValue,
      presetOptions(presetPositions(eles, name, context.focus), common),
    );
  }
  // fcose refines from the positions it is given (compound members keep theirs): start every time from the
  // same computed positions, so neither the screen nor the order answers arrived in changes the result.
  const start = presetPositions(eles, 'concentric', context.focus);
  let final = simulate(
    eles,
    leaves as CollectionReturnValue,
    start,
    context.compact ? COMPACT_SPACING : ROOMY_SPACING,
  );
  const box = grouped ? undefined : context.box;
  if (box && context.compact) {
    // A small box shows the drawing below zoom 1, where labels keep their screen size: lay out again with their room.
    const zoom = expectedZoom(fitToBox(final, box), box);
    if (zoom < 1)
      final = simulate(eles, leaves as CollectionReturnValue, start, spacingAtZoom(COMPACT_SPACING, zoom));
  }
  const placed = box ? fitToBox(final, box) : final;
  return runLayout(leaves as CollectionReturnValue, presetOptions(placed, common));
}

/** The zoom fit-view.ts will show these positions at in the box (node bodies taken as a typical 28 pixels). */
function expectedZoom(positions: Map<string, Point>, box: { width: number; height: number }): number {
  if (positions.size === 0 || box.width <= 0 || box.height <= 0) return 1;
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const body = 28;
  return fitZoom(box, {
    w: Math.max(...xs) - Math.min(...xs) + body,
    h: Math.max(...ys) - Math.min(...ys) + body,
  });
}

/** Views above this many nodes are packed tighter: their labels are chosen by room anyway (cy-labels.ts). */
const DENSE_FROM = 150;

/**
 * Runs seeded fcose on a headless copy of the elements, built in id order from the given start, and
 * returns where it put each node: neither the screen, nor the order the answers arrived in (fcose samples
 * nodes by index), nor the labels' current zoom scale can change the result.
 */
function simulate(
  eles: CollectionReturnValue,
  leaves: CollectionReturnValue,
  start: Map<string, Point>,
  spacing: Spacing,
): Map<string, Point> {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const parents = eles
    .nodes()
    .filter((n) => (n as NodeSingular).isParent())
    .map((n) => ({ id: n.id() }))
    .sort(byId);
  const nodes = leaves
    .map((n) => {
      const parent = (n as NodeSingular).parent().first();
      const size = Number(n.data('size') ?? 28);
      const here = (n as NodeSingular).position();
      const pinned = n.hasClass('pinned');
      return {
        id: n.id(),
        parent: parent.nonempty() && eles.contains(parent) ? parent.id() : undefined,
        width: Math.max(size, spacing.labelWidth),
        height: size + spacing.labelHeight,
        position: pinned ? { x: here.x, y: here.y } : (start.get(n.id()) ?? { x: 0, y: 0 }),
        pinned,
      };
    })
    .sort(byId);
  const edges = eles
    .edges()
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }))
    .sort(byId);
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(width)', height: 'data(height)' } },
      { selector: ':parent', style: { padding: '14px' } },
    ],
    elements: [
      ...parents.map((p) => ({ group: 'nodes' as const, data: p })),
      ...nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, parent: n.parent, width: n.width, height: n.height },
        position: { ...n.position },
      })),
      ...edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  const grouped = parents.length > 0;
  const dense = nodes.length > DENSE_FROM;
  if (dense) {
    copy.nodes().forEach((n) => {
      if (!n.isParent()) n.data({ width: Number(n.data('height')), height: Number(n.data('height')) });
    });
  }
  const options = {
    name: 'fcose',
    animate: false,
    fit: false,
    quality: nodes.length > DRAFT_THRESHOLD && !grouped ? 'draft' : 'default',
    randomize: true,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => spacing.repulsion,
    idealEdgeLength: () => spacing.edgeLength,
    nodeSeparation: spacing.separation,
    gravity: spacing.gravity,
    gravityRange: spacing.gravityRange,
    fixedNodeConstraint: nodes
      .filter((n) => n.pinned)
      .map((n) => ({ nodeId: n.id, position: { ...n.position } })),
  } as LayoutOptions;
  try {
    withSeededRandom(layoutSeed(eles), () => copy.layout(options).run());
    const out = new Map<string, Point>();
    const pinned = nodes.some((n) => n.pinned);
    const box = copy
      .nodes()
      .filter((n) => !n.isParent())
      .boundingBox({});
    // Whole numbers, centred on the origin unless pins hold the drawing in place.
    const cx = pinned ? 0 : (box.x1 + box.x2) / 2;
    const cy = pinned ? 0 : (box.y1 + box.y2) / 2;
    copy.nodes().forEach((n) => {
      if (n.isParent()) return;
      const p = n.position();
      out.set(n.id(), { x: Math.round(p.x - cx), y: Math.round(p.y - cy) });
    });
    return out;
  } finally {
    copy.destroy();
  }
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
    .filter((n) => !n.hasClass('hidden') && !(n as NodeSingular).isParent());
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

/**
 * Runs a layout and resolves when it stops. With a seed, the layout's random draws (fcose's spectral
 * start, its sampling) come from a generator seeded by it, so the same elements get the same positions.
 */
export function runLayout(eles: CollectionReturnValue, options: LayoutOptions, seed?: string): Promise<void> {
  return new Promise((resolve) => {
    const layout = eles.layout(options);
    layout.one('layoutstop', () => resolve());
    if (seed === undefined) layout.run();
    else withSeededRandom(seed, () => layout.run());
  });
}
