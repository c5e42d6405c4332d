import type { Core, StylesheetJson } from 'cytoscape';
import { COMMUNITY_LOOK } from '../../lib/community-look.ts';
import { BASE_EDGE_RULE, BASE_NODE_RULES, LEAN_RULES } from '../../lib/cy-base-style.ts';
import { LABEL_RULES, LABEL_SCALE, labelScaleRules } from '../../lib/cy-labels.ts';

/** Above this many nodes the canvas draws edges straight, without arrows, labelled only when selected. */
export const LARGE_VIEW = 300;
/**
 * Icons cost more to draw than anything else on the canvas (≈5× the pan frame at 1k nodes in the
 * render bench); above this many nodes colour and shape alone tell the types apart.
 */
export const ICON_LIMIT = 200;

/** Communities: a tinted box around the members with the leader and size on top; folded, one round node. */
const COMMUNITY_RULES: StylesheetJson = [
  {
    selector: 'node.community',
    style: {
      shape: 'round-rectangle',
      'background-opacity': 0.55,
      'border-width': 2,
      'border-style': 'solid',
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 13,
      'font-weight': 'bold',
      padding: '14px',
      'text-outline-width': 3,
      // The box holds its members' bodies only: labels grow as the view zooms out (cy-labels.ts), and
      // boxes sized by them would swell into their neighbours.
      'compound-sizing-wrt-labels': 'exclude',
    },
  },
  {
    selector: 'node.community.folded',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-opacity': 0.9,
      'border-width': 4,
      'text-valign': 'bottom',
      'text-margin-y': 4,
    },
  },
  ...COMMUNITY_LOOK.map(([fill, line], i) => ({
    selector: `node.community.colour-${i}`,
    style: { 'background-color': fill, 'border-color': line, color: line },
  })),
  {
    selector: 'edge.meta',
    style: {
      'line-style': 'dashed',
      'target-arrow-shape': 'none',
      label: 'data(label)',
      'line-color': '#7b8794',
    },
  },
];

/** The explorer's look: the shared one plus its editing marks (expanded, pinned, paths, hidden). */
export const graphStyle: StylesheetJson = [
  ...BASE_NODE_RULES,
  ...COMMUNITY_RULES,
  {
    selector: 'node.expanded',
    style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#1f2933' },
  },
  {
    selector: 'node.truncated',
    style: { 'outline-width': 3, 'outline-color': '#f2c94c', 'outline-offset': 2 },
  },
  {
    selector: 'node.pinned',
    style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#7b2cbf' },
  },
  { selector: '.hidden', style: { display: 'none' } },
  ...LABEL_RULES,
  { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ff7f0e' } },
  { selector: 'node.path-end', style: { 'border-width': 5, 'border-color': '#d62728' } },
  {
    selector: 'node:selected',
    style: { 'border-color': '#ffbf00', 'border-width': 5, 'border-style': 'solid' },
  },
  BASE_EDGE_RULE,
  {
    selector: 'edge.path',
    style: { 'line-color': '#ff7f0e', 'target-arrow-color': '#ff7f0e', 'z-index': 10 },
  },
  {
    selector: 'edge.path-active',
    style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 6, 'z-index': 11 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', width: 5 },
  },
];

/**
 * A leaner stylesheet for large views (bezier edges with arrows and labels cost a third of the first
 * frame at 500 nodes in the render bench): straight haystack edges, and edge labels only on the
 * selected edge and on paths.
 */
export const largeGraphStyle: StylesheetJson = [
  ...graphStyle,
  ...LEAN_RULES,
  { selector: 'edge:selected, edge.path', style: { label: 'data(label)' } },
];

/** Sets the canvas's stylesheet: lean or full, with labels scaled for the zoom (see cy-labels.ts). */
export function applyCanvasStyle(cy: Core, large: boolean): void {
  cy.scratch('guanxiLarge', large);
  const scale = (cy.scratch(LABEL_SCALE) as number | undefined) ?? 1;
  cy.style([...(large ? largeGraphStyle : graphStyle), ...labelScaleRules(scale)]);
}
