import type { StylesheetJson } from 'cytoscape';
import type { NodeTypeName } from '../../../graph/contract/payloads.ts';
import { TYPE_LOOK } from './node-types.ts';

const typeRules = (Object.keys(TYPE_LOOK) as NodeTypeName[]).map((type) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': TYPE_LOOK[type].color, shape: TYPE_LOOK[type].shape },
}));

/** Labels come from element data and are drawn on the canvas as text. */
export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'min-zoomed-font-size': 7,
      width: 26,
      height: 26,
      'border-width': 1.5,
      'border-color': '#ffffff',
      color: '#1f2933',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  ...typeRules,
  { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#1f2933' } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'node:selected', style: { 'border-color': '#ffbf00', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 9,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      width: 'mapData(weight, 1, 10, 1.2, 6)',
      'line-color': '#b8c2cc',
      'target-arrow-color': '#b8c2cc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', width: 4 },
  },
];
