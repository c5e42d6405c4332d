import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { edgeLabel } from '../../lib/edge-label.ts';
import { chinaDay } from '../../lib/names.ts';
import { useEdgeEvidence } from './api/get-edge-evidence.ts';
import type { DetailsContext } from './details-context.ts';
import { EvidenceList } from './EvidenceList.tsx';

/** An edge and every article that supports it, each sentence marked, each opening the article there. */
export function EdgeDetails({ id, context }: { id: string; context: DetailsContext }) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useEdgeEvidence(id);
  const known = context.edges.get(id);
  const nameOf = (nodeId: string) => context.nodes.get(nodeId)?.name ?? nodeId;
  const terms = (nodeId: string) => {
    const node = context.nodes.get(nodeId);
    return node ? [node.name, ...node.aliases] : [];
  };
  return (
    <section className="edge-details" data-testid="edge-details" aria-labelledby="edge-details-title">
      {known && (
        <h2 id="edge-details-title">
          {t('details.edgeTitle', {
            from: nameOf(known.source),
            label: edgeLabel(known, t),
            to: nameOf(known.target),
          })}
        </h2>
      )}
      <QueryState isPending={isPending} error={error} retry={() => void refetch()}>
        {data && (
          <>
            {!known && (
              <h2 id="edge-details-title">
                {t('details.edgeTitle', {
                  from: nameOf(data.edge.source),
                  label: edgeLabel(data.edge, t),
                  to: nameOf(data.edge.target),
                })}
              </h2>
            )}
            <p className="muted">
              {t(`relation.${data.edge.type}` as 'relation.HOLDS_POSITION', { defaultValue: data.edge.type })}{' '}
              · {t('details.supportedBy', { count: data.total })}
              {typeof data.edge.properties.firstReported === 'string' &&
                ` · ${t('details.firstReported', { date: chinaDay(data.edge.properties.firstReported) })}`}
            </p>
            <EvidenceList evidence={data} terms={[...terms(data.edge.source), ...terms(data.edge.target)]} />
          </>
        )}
      </QueryState>
    </section>
  );
}
