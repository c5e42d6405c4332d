import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES, TYPE_LOOK } from './entity-look.ts';

/** The widest a node's label is drawn at zoom 1, in model pixels: longer text wraps. */
export const LABEL_MAX_WIDTH = 130;

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The look the explorer and the embeds share: nodes coloured and shaped by type, icons, labelled and
 * weighted edges. Labels come from element data and are drawn on the canvas as text, never parsed as markup.
 */
export const BASE_NODE_RULES: StylesheetJson = [
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
      'text-max-width': `${LABEL_MAX_WIDTH}px`,
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
  ...NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_LOOK[type].color, shape: TYPE_LOOK[type].shape },
  })),
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
];

export const BASE_EDGE_RULE: StylesheetJson[number] = {
  selector: 'edge',
  style: {
    label: 'data(label)',
    'font-size': 9,
    'font-family': FONT,
    color: '#3e4c59',
    // Upright labels: along a steep edge an autorotated label is read sideways (or upside down on a phone).
    'text-rotation': 'none',
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
};

/** For large views: no icons, straight edges without arrows or labels (they cost most per frame). */
export const LEAN_RULES: StylesheetJson = [
  { selector: 'node[icon]', style: { 'background-image': 'none' } },
  { selector: 'edge', style: { label: '', 'curve-style': 'haystack', 'target-arrow-shape': 'none' } },
];
