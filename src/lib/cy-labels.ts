import type { Core, NodeSingular, SingularElementReturnValue, StylesheetJson } from 'cytoscape';
import { type BodyBox, chooseLabels, type LabelBox } from './label-lod.ts';

/**
 * Labels a person can read at every zoom, never on top of each other (Cytoscape side of label-lod.ts):
 * when zoomed out, labels keep their size on screen instead of shrinking into specks; then, most
 * important first, a label is drawn only where it touches no label already drawn and covers no other node.
 * The rest keep their text (hover, exports' data) but are not painted (`label-hidden`).
 */
export const LABEL_HIDDEN = 'label-hidden';
/** cy.scratch keys: the label scale in use, and whether a label pass is waiting (tests wait for calm). */
export const LABEL_SCALE = 'guanxiLabelScale';
export const LABELS_PENDING = 'guanxiLabelsPending';

export const LABEL_RULES: StylesheetJson = [
  { selector: `.${LABEL_HIDDEN}`, style: { 'text-opacity': 0, 'text-events': 'no' } },
];

/** Base label metrics (model pixels at zoom 1), as cy-base-style.ts draws them. */
const NODE_FONT = 11;
const EDGE_FONT = 9;
const TEXT_WIDTH = 130;
const MARGIN = 4;
const OUTLINE = 2;

/** How much larger labels are drawn in the model so that they keep their size on screen at this zoom. */
export function labelScaleFor(zoom: number): number {
  return zoom >= 1 ? 1 : Math.round((1 / zoom) * 20) / 20;
}

/** Rules that scale label metrics by `scale` (1: none). Appended after the base style. */
export function labelScaleRules(scale: number): StylesheetJson {
  if (scale === 1) return [];
  return [
    {
      selector: 'node',
      style: {
        'font-size': NODE_FONT * scale,
        'text-max-width': `${TEXT_WIDTH * scale}px`,
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

/** The label boxes of every drawn element with a label, in rendered pixels. */
export function renderedLabelBoxes(cy: Core, priority = labelPriority): LabelBox[] {
  const boxes: LabelBox[] = [];
  cy.elements(':visible').forEach((ele) => {
    if (!hasText(ele)) return;
    const b = ele.renderedBoundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    } as never);
    if (!(b.w > 0 && b.h > 0)) return;
    boxes.push({ id: ele.id(), priority: priority(ele), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
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
 * One label pass: hides the labels that would touch a more important one or cover another node. Returns how
 * many it hid.
 */
export function refreshLabels(cy: Core, priority = labelPriority): number {
  const boxes = renderedLabelBoxes(cy, priority);
  const shown = chooseLabels(boxes, undefined, {
    bodies: renderedBodyBoxes(cy),
    coverFrom: COVERS_NODES_FROM,
  });
  let hidden = 0;
  cy.batch(() => {
    for (const box of boxes) {
      const ele = cy.getElementById(box.id);
      const hide = !shown.has(box.id);
      if (hide) hidden += 1;
      if (hide !== ele.hasClass(LABEL_HIDDEN)) ele.toggleClass(LABEL_HIDDEN, hide);
    }
  });
  return hidden;
}
