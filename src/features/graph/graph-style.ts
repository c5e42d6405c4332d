import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES, TYPE_LOOK } from '../../lib/entity-look.ts';

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const typeRules = NODE_TYPES.map((type) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': TYPE_LOOK[type].color, shape: TYPE_LOOK[type].shape },
}));

/**
 * Labels come from element data and are drawn on the canvas as text, never parsed as markup.
 * Level of detail: labels vanish below a readable zoom; edges are hidden while panning.
 */
export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': FONT,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'min-zoomed-font-size': 7,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1.5,
      'border-color': '#ffffff',
      color: '#1f2933',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  ...typeRules,
  {
    selector: 'node[icon]',
    style: {
      'background-image': 'data(icon)',
      'background-width': '62%',
      'background-height': '62%',
      'background-clip': 'none',
      'background-image-containment': 'over',
    },
  },
  {
    selector: 'node.focus',
    style: { 'border-width': 3.5, 'border-color': '#1f2933', 'font-weight': 'bold' },
  },
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
  { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ff7f0e' } },
  { selector: 'node.path-end', style: { 'border-width': 5, 'border-color': '#d62728' } },
  {
    selector: 'node:selected',
    style: { 'border-color': '#ffbf00', 'border-width': 5, 'border-style': 'solid' },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'font-family': FONT,
      color: '#3e4c59',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      width: 'mapData(weight, 1, 8, 1.2, 7)',
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
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
  { selector: 'node[icon]', style: { 'background-image': 'none' } },
  { selector: 'edge', style: { label: '', 'curve-style': 'haystack', 'target-arrow-shape': 'none' } },
  { selector: 'edge:selected, edge.path', style: { label: 'data(label)' } },
];
