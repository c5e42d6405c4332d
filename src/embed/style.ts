import type { StylesheetJson } from 'cytoscape';
import { BASE_EDGE_RULE, BASE_NODE_RULES, LEAN_RULES } from '../lib/cy-base-style.ts';

/** Views with more nodes than this drop icons and edge labels and draw straight edges. */
export const LARGE_VIEW = 400;

/**
 * The embed's canvas look: the explorer's colours and shapes (shared `entity-look`), without its
 * editing marks (pinned, expanded). Labels are element data drawn as text, never parsed as markup.
 */
export function embedStyle(large: boolean): StylesheetJson {
  const style: StylesheetJson = [
    ...BASE_NODE_RULES,
    BASE_EDGE_RULE,
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.25 } },
    { selector: 'node.lit', style: { 'border-width': 4, 'border-color': '#ff7f0e' } },
    {
      selector: 'edge.lit',
      style: { 'line-color': '#ff7f0e', 'target-arrow-color': '#ff7f0e', 'z-index': 10 },
    },
    { selector: 'node:selected', style: { 'border-color': '#ffbf00', 'border-width': 5 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', width: 5 },
    },
  ];
  if (!large) return style;
  return [...style, ...LEAN_RULES];
}
