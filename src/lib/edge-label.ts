import type { TFunction } from 'i18next';
import type { GraphEdge } from '../../contract/api/payloads.ts';

/** Position titles are data (shown as written); roles and relation names are translated. */
export function edgeLabel(edge: Pick<GraphEdge, 'type' | 'properties'>, t: TFunction): string {
  const { title, role } = edge.properties;
  if (typeof title === 'string' && title) return title;
  if (typeof role === 'string' && role) return t(`role.${role}` as 'role.speaker', { defaultValue: role });
  return t(`relation.${edge.type}` as 'relation.HOLDS_POSITION', { defaultValue: edge.type });
}
