import type { ElementDefinition } from 'cytoscape';
import type { TFunction } from 'i18next';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import { edgeLabel } from '../../lib/edge-label.ts';
import { iconUri } from '../../lib/entity-icons.ts';
import { englishName, secondaryName, wrappableName } from '../../lib/names.ts';

export const BASE_NODE_SIZE = 28;
const MAX_READING = 26;
const MIN_SIZE = 22;
const MAX_SIZE = 70;

/**
 * The name in its own script; in the English UI the English name where one is known (Schneider Electric),
 * else the name with its pinyin beneath.
 */
export function nodeLabel(node: GraphNode, english: boolean): string {
  if (!english) return wrappableName(node.name);
  const name = englishName(node);
  if (name) return name;
  const reading = secondaryName(node);
  if (!reading) return wrappableName(node.name);
  return `${wrappableName(node.name)}\n${reading.length > MAX_READING ? `${reading.slice(0, MAX_READING - 1)}…` : reading}`;
}

export interface ElementOptions {
  t: TFunction;
  /** English UI: English names where known, else pinyin under the name. */
  readings: boolean;
  /** Draw type/kind icons (off for very large views). */
  icons: boolean;
  focus: string | null;
  expanded: ReadonlySet<string>;
  truncated: ReadonlySet<string>;
  pinned: ReadonlyMap<string, { x: number; y: number }>;
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** A path in view: its nodes and edges stand out, the rest fades. */
  path: {
    nodes: ReadonlySet<string>;
    edges: ReadonlySet<string>;
    active: ReadonlySet<string>;
    ends: ReadonlySet<string>;
  } | null;
  /** 0..1 per node, when nodes are sized by a measure. */
  sizes: ReadonlyMap<string, number> | null;
}

/** Pure: graph data + view decorations → Cytoscape element definitions (data and classes only). */
export function toElements(
  nodes: Iterable<GraphNode>,
  edges: Iterable<GraphEdge>,
  o: ElementOptions,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const node of nodes) {
    const classes: string[] = [];
    if (node.id === o.focus) classes.push('focus');
    if (o.expanded.has(node.id)) classes.push('expanded');
    if (o.truncated.has(node.id)) classes.push('truncated');
    if (o.pinned.has(node.id)) classes.push('pinned');
    if (o.hiddenNodes.has(node.id)) classes.push('hidden');
    if (o.path) {
      if (o.path.ends.has(node.id)) classes.push('path-end');
      else if (o.path.nodes.has(node.id)) classes.push('path');
      else classes.push('faded');
    }
    const share = o.sizes?.get(node.id);
    const size =
      share === undefined ? BASE_NODE_SIZE : Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(share));
    const data: Record<string, unknown> = {
      id: node.id,
      label: nodeLabel(node, o.readings),
      type: node.type,
      kind: node.kind ?? '',
      size: node.id === o.focus && share === undefined ? BASE_NODE_SIZE + 10 : size,
    };
    if (o.icons) data.icon = iconUri(node.type, node.kind);
    const pin = o.pinned.get(node.id);
    out.push({ group: 'nodes', data, classes: classes.join(' '), ...(pin ? { position: { ...pin } } : {}) });
  }
  for (const edge of edges) {
    const classes: string[] = [];
    if (o.hiddenEdges.has(edge.id)) classes.push('hidden');
    if (o.path) {
      if (o.path.active.has(edge.id)) classes.push('path', 'path-active');
      else if (o.path.edges.has(edge.id)) classes.push('path');
      else classes.push('faded');
    }
    out.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edgeLabel(edge, o.t),
        weight: Number(edge.properties.weight ?? 1),
      },
      classes: classes.join(' '),
    });
  }
  return out;
}
