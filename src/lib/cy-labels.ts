import type { Core, NodeSingular, SingularElementReturnValue, StylesheetJson } from 'cytoscape';
import { LABEL_MAX_WIDTH } from './cy-base-style.ts';
import {
  type BodyBox,
  type LabelBox,
  PLACEMENTS,
  type PlacedBox,
  type Placement,
  placeLabels,
  type Rect,
} from './label-lod.ts';

/**
 * Labels a person can read at every zoom, never on top of each other (Cytoscape side of label-lod.ts):
 * when zoomed out, labels keep their size on screen instead of shrinking into specks; then, most
 * important first, a label is drawn only where it touches no label already drawn and covers no other node:
 * under its node, else above it, to its right or left, else at one of its corners. The rest keep their text
 * (hover, exports' data) but are not painted (`label-hidden`).
 */
export const LABEL_HIDDEN = 'label-hidden';
/** The classes that move a node's label from under the node (the style's default) to another side. */
const PLACEMENT_CLASS = Object.fromEntries(
  PLACEMENTS.filter((p) => p !== 'below').map((p) => [p, `label-${p}`]),
) as Record<Exclude<Placement, 'below'>, string>;
const PLACEMENT_CLASSES = Object.values(PLACEMENT_CLASS).join(' ');
/** cy.scratch keys: the label scale in use, and whether a label pass is waiting (tests wait for calm). */
export const LABEL_SCALE = 'guanxiLabelScale';
export const LABELS_PENDING = 'guanxiLabelsPending';

export const LABEL_RULES: StylesheetJson = [
  { selector: `.${LABEL_HIDDEN}`, style: { 'text-opacity': 0, 'text-events': 'no' } },
];

/** Base label metrics (model pixels at zoom 1), as cy-base-style.ts draws them. */
const NODE_FONT = 11;
const EDGE_FONT = 9;
const MARGIN = 4;
const OUTLINE = 2;

/** How much larger labels are drawn in the model so that they keep their size on screen at this zoom. */
export function labelScaleFor(zoom: number): number {
  return zoom >= 1 ? 1 : Math.round((1 / zoom) * 20) / 20;
}

/** Rules that scale label metrics by `scale` and place labels on their side. Appended after the base style. */
export function labelScaleRules(scale: number): StylesheetJson {
  return [...(scale === 1 ? [] : scaledMetrics(scale)), ...placementRules(scale)];
}

function placementRules(scale: number): StylesheetJson {
  const margin = MARGIN * scale;
  const rule = (placement: Exclude<Placement, 'below'>) => {
    const vertical = placement.startsWith('above')
      ? 'top'
      : placement.startsWith('below')
        ? 'bottom'
        : 'center';
    const horizontal = placement.endsWith('right') ? 'right' : placement.endsWith('left') ? 'left' : 'center';
    return {
      selector: `node.${PLACEMENT_CLASS[placement]}`,
      style: {
        'text-valign': vertical,
        'text-halign': horizontal,
        'text-justify': horizontal === 'right' ? 'left' : horizontal === 'left' ? 'right' : 'center',
        'text-margin-y': vertical === 'top' ? -margin : vertical === 'bottom' ? margin : 0,
        'text-margin-x': horizontal === 'right' ? margin : horizontal === 'left' ? -margin : 0,
      },
    };
  };
  return PLACEMENTS.filter((p) => p !== 'below').map(rule) as StylesheetJson;
}

function scaledMetrics(scale: number): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'font-size': NODE_FONT * scale,
        'text-max-width': `${LABEL_MAX_WIDTH * scale}px`,
        'text-margin-y': MARGIN * scale,
        'text-outline-width': OUTLINE * scale,
      },
    },
    { selector: 'node.community', style: { 'font-size': 13 * scale } },
    {
      selector: 'edge',
      style: { 'font-size': EDGE_FONT * scale, 'text-background-padding': `${scale}px` },
    },
  ];
}

/** What goes first when labels compete for room: the selection, the focus, path ends, groups, hubs. */
export function labelPriority(ele: SingularElementReturnValue): number {
  const has = (c: string) => ele.hasClass(c);
  const selected = ele.selected();
  if (ele.isEdge()) return (selected ? 2e6 : has('path') ? 1e6 : -1e6) + Number(ele.data('weight') ?? 0);
  const node = ele as NodeSingular;
  let p = 0;
  if (selected) p += 1e7;
  if (has('focus')) p += 5e6;
  if (has('path-end')) p += 4e6;
  if (has('community')) p += 3e6;
  if (has('pinned')) p += 2e6;
  if (has('expanded')) p += 1e6;
  return p + 100 * node.connectedEdges(':visible').length + Number(node.data('size') ?? 0);
}

function hasText(ele: SingularElementReturnValue): boolean {
  const label = ele.style('label');
  return typeof label === 'string' && label.trim() !== '';
}

function placementOf(node: NodeSingular): Placement {
  for (const [placement, cls] of Object.entries(PLACEMENT_CLASS))
    if (node.hasClass(cls)) return placement as Placement;
  return 'below';
}

/**
 * The boxes a node's label would take on each side of its body, from the box it takes now: the same size, and the
 * same distance from the body (margin and halo) as on the side where it is drawn.
 */
export function labelPlaces(label: Rect, body: Rect, now: Placement): Record<Placement, Rect> {
  const w = label.x2 - label.x1;
  const h = label.y2 - label.y1;
  const vertical = now.startsWith('above') || now.startsWith('below');
  const gap = vertical
    ? now.startsWith('below')
      ? label.y1 - body.y2
      : body.y1 - label.y2
    : now === 'right'
      ? label.x1 - body.x2
      : body.x1 - label.x2;
  const midX = (body.x1 + body.x2) / 2;
  const midY = (body.y1 + body.y2) / 2;
  const rect = (x1: number, y1: number) => ({ x1, x2: x1 + w, y1, y2: y1 + h });
  const below = body.y2 + gap;
  const above = body.y1 - gap - h;
  const right = body.x2 + gap;
  const left = body.x1 - gap - w;
  const places: Record<Placement, Rect> = {
    below: rect(midX - w / 2, below),
    above: rect(midX - w / 2, above),
    right: rect(right, midY - h / 2),
    left: rect(left, midY - h / 2),
    'below-right': rect(right, below),
    'below-left': rect(left, below),
    'above-right': rect(right, above),
    'above-left': rect(left, above),
  };
  return { ...places, [now]: label };
}

const box = (b: Rect): Rect => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
/** A label must be readable: wholly on the canvas. */
const within = (b: Rect, screen: Rect) =>
  b.x1 >= screen.x1 && b.y1 >= screen.y1 && b.x2 <= screen.x2 && b.y2 <= screen.y2;

/**
 * The label boxes of every drawn element with a label, in rendered pixels: a node's label goes under its body, else
 * above it, to its right or left, else at a corner, on the first of these places wholly on the canvas and free (a
 * label on no side wholly on the canvas keeps the place under its body); groups and edges keep their one place.
 */
export function renderedLabelBoxes(cy: Core, priority = labelPriority): LabelBox[] {
  const boxes: LabelBox[] = [];
  const screen = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  cy.elements(':visible').forEach((ele) => {
    if (!hasText(ele)) return;
    const b = ele.renderedBoundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    } as never);
    if (!(b.w > 0 && b.h > 0)) return;
    const id = ele.id();
    if (!ele.isNode() || ele.isParent() || ele.hasClass('community')) {
      boxes.push({ id, priority: priority(ele), ...box(b) });
      return;
    }
    const node = ele as NodeSingular;
    const body = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never);
    const places = labelPlaces(box(b), box(body), placementOf(node));
    const sides: PlacedBox[] = PLACEMENTS.map((placement) => ({
      placement,
      ...places[placement],
    }));
    const onCanvas = sides.filter((place) => within(place, screen));
    const [first, ...alternatives] = onCanvas.length > 0 ? onCanvas : sides.slice(0, 1);
    if (first) boxes.push({ id, priority: priority(ele), ...first, alternatives });
  });
  return boxes;
}

/** The selection, the focus, the ends of a path and the names of groups keep their labels over other nodes. */
const COVERS_NODES_FROM = 3e6;

/** Where each drawn node's body is, in rendered pixels (groups that hold other nodes are not bodies). */
export function renderedBodyBoxes(cy: Core): BodyBox[] {
  const bodies: BodyBox[] = [];
  cy.nodes(':visible').forEach((node) => {
    if (node.isParent()) return;
    const b = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never);
    if (b.w > 0 && b.h > 0) bodies.push({ id: node.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
  });
  return bodies;
}

/**
 * One label pass: moves a label to another side of its node where its own place is taken, and hides the labels
 * that find no side where they would touch no more important one and cover no other node. Returns how many it hid.
 */
export function refreshLabels(cy: Core, priority = labelPriority): number {
  const boxes = renderedLabelBoxes(cy, priority);
  const placed = placeLabels(boxes, undefined, {
    bodies: renderedBodyBoxes(cy),
    coverFrom: COVERS_NODES_FROM,
  });
  let hidden = 0;
  cy.batch(() => {
    for (const { id, alternatives } of boxes) {
      const ele = cy.getElementById(id);
      const placement = placed.get(id);
      const hide = placement === undefined;
      if (hide) hidden += 1;
      if (hide !== ele.hasClass(LABEL_HIDDEN)) ele.toggleClass(LABEL_HIDDEN, hide);
      if (!alternatives || hide) continue;
      const wanted = placement === 'below' ? undefined : PLACEMENT_CLASS[placement];
      if (wanted && ele.hasClass(wanted)) continue;
      ele.removeClass(PLACEMENT_CLASSES);
      if (wanted) ele.addClass(wanted);
    }
  });
  return hidden;
}
