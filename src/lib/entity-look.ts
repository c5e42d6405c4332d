import type { NodeTypeName } from '../../contract/api/payloads.ts';

export const NODE_TYPES: readonly NodeTypeName[] = [
  'Person',
  'Organization',
  'Place',
  'Event',
  'Topic',
  'Article',
];

export interface TypeLook {
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'tag' | 'rectangle';
}

/** Colour and shape by type, shared by the canvas, the legend and every list (colour-blind-safe Tableau 10 hues). */
export const TYPE_LOOK: Record<NodeTypeName, TypeLook> = {
  Person: { color: '#e15759', shape: 'ellipse' },
  Organization: { color: '#4e79a7', shape: 'round-rectangle' },
  Place: { color: '#59a14f', shape: 'hexagon' },
  Event: { color: '#f28e2b', shape: 'diamond' },
  Topic: { color: '#b07aa1', shape: 'tag' },
  Article: { color: '#9c755f', shape: 'rectangle' },
};

/** Darker tints of the type colours for text on white (WCAG AA contrast). */
export const TYPE_INK: Record<NodeTypeName, string> = {
  Person: '#b3262a',
  Organization: '#2f5a85',
  Place: '#2f6b29',
  Event: '#a4520a',
  Topic: '#7d4b70',
  Article: '#6b4c3a',
};

export function isNodeType(value: string): value is NodeTypeName {
  return (NODE_TYPES as readonly string[]).includes(value);
}
