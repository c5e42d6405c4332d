import { useTranslation } from 'react-i18next';
import { isGroupId } from '../../components/graph-canvas/group-elements.ts';
import type { DetailsContext } from './details-context.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import { EntityDetails } from './EntityDetails.tsx';
import { GroupDetails } from './GroupDetails.tsx';

/** Details of what is selected: one node, one edge, or a summary of a multi-selection. */
export function DetailsPanel({
  selection,
  context,
}: {
  selection: readonly string[];
  context: DetailsContext;
}) {
  const { t } = useTranslation();
  const last = selection.at(-1);
  if (!last) return <p className="muted">{t('details.empty')}</p>;
  const nodeCount = selection.filter((id) => context.nodes.has(id)).length;
  return (
    <>
      {selection.length > 1 && (
        <p className="muted multi-selection">
          {t('details.multi', { count: selection.length })} · {t('common.nodes', { count: nodeCount })},{' '}
          {t('common.edges', { count: selection.length - nodeCount })}
        </p>
      )}
      {isGroupId(last) ? (
        <GroupDetails id={last} context={context} />
      ) : last.startsWith('meta:') ? (
        <p className="muted">{t('details.groupedEdge')}</p>
      ) : context.edges.has(last) ? (
        <EdgeDetails id={last} context={context} />
      ) : (
        <EntityDetails id={last} context={context} />
      )}
    </>
  );
}
