import type { GraphEdge, GraphNode, NodeTypeName } from '../../../contract/api/payloads.ts';
import type { ViewAction } from '../../lib/view/view-actions.ts';

/** What the details views read from the explorer and the actions they may take on the view. */
export interface DetailsContext {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  omitted: ReadonlyMap<string, Partial<Record<NodeTypeName, number>>>;
  expanded: (id: string) => boolean;
  pinned: (id: string) => boolean;
  onAction: (action: ViewAction) => void;
  onPathEnd: (end: 'from' | 'to', id: string) => void;
  /** Communities drawn as groups, by their key: leader and members. */
  groups: ReadonlyMap<string, { leader: string; members: readonly string[] }>;
  folded: (key: string) => boolean;
}
