import type { Selection } from '../graph/GraphCanvas.tsx';
import { EdgeDetails } from './EdgeDetails.tsx';
import { EntityDetails } from './EntityDetails.tsx';

export function DetailsPanel({
  selection,
  nameOf,
}: {
  selection: Selection;
  nameOf: (id: string) => string;
}) {
  return (
    <aside className="details" aria-label="Details 详情" aria-live="polite">
      {!selection && (
        <p className="muted">
          点击节点或连线查看详情。Click a node or an edge to see its details; double-click a node to expand
          it.
        </p>
      )}
      {selection?.kind === 'node' && <EntityDetails id={selection.id} />}
      {selection?.kind === 'edge' && <EdgeDetails id={selection.id} nameOf={nameOf} />}
    </aside>
  );
}
