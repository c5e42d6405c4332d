import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../../graph/contract/payloads.ts';
import { RELATION_LABEL, ROLE_LABEL } from './node-types.ts';

export function edgeLabel(edge: GraphEdge): string {
  const { title, role } = edge.properties;
  if (typeof title === 'string' && title) return title;
  if (typeof role === 'string' && role) return ROLE_LABEL[role] ?? role;
  return RELATION_LABEL[edge.type] ?? edge.type;
}

export function nodeElement(node: GraphNode): ElementDefinition {
  return { group: 'nodes', data: { id: node.id, label: node.name, type: node.type, kind: node.kind ?? '' } };
}

export function edgeElement(edge: GraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edgeLabel(edge),
      weight: Number(edge.properties.weight ?? 1),
    },
  };
}
