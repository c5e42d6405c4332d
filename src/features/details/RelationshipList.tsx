import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, EntitySummary, RelationshipRow } from '../../../contract/api/payloads.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { edgeLabel } from '../../lib/edge-label.ts';
import { useEdgeEvidence } from './api/get-edge-evidence.ts';
import { useEntitySummary, useRelationPages } from './api/get-entity-summary.ts';
import type { DetailsContext } from './details-context.ts';
import { EvidenceList } from './EvidenceList.tsx';

/**
 * An entity's relationships by type, one row each with the other end and the title or role
 * (`郁芳 · 政府事务总监`), each opening its evidence; the counts come from the server's degree counts, so
 * a hub of thousands shows its numbers and pages through its strongest relationships.
 */
export function RelationshipList({ id, context }: { id: string; context: DetailsContext }) {
  const { t } = useTranslation();
  const summary = useEntitySummary(id);
  return (
    <QueryState isPending={summary.isPending} error={summary.error} retry={() => void summary.refetch()}>
      {summary.data && <Groups summary={summary.data} context={context} />}
      {summary.data && summary.data.relations.length === 0 && (
        <p className="muted">{t('details.noRelations')}</p>
      )}
    </QueryState>
  );
}

function Groups({ summary, context }: { summary: EntitySummary; context: DetailsContext }) {
  const { t } = useTranslation();
  const groups = [...summary.relations].sort((a, b) => b.count - a.count);
  const types = summary.neighbourTypes;
  return (
    <div className="relationships" data-testid="relationships">
      {types.length > 0 && (
        <p className="muted neighbour-types">
          {t('details.neighbours')} {types.map((n) => `${t(`type.${n.type}`)} ${n.count}`).join(' · ')}
          {!summary.neighbourTypesExact && ` ${t('details.partialCount')}`}
        </p>
      )}
      {groups.map((g) => (
        <Group
          key={`${g.type}|${g.direction}`}
          entity={summary.entity.id}
          type={g.type}
          direction={g.direction}
          count={g.count}
          first={summary.rows.filter((r) => r.edge.type === g.type && r.direction === g.direction)}
          context={context}
        />
      ))}
    </div>
  );
}

function Group(props: {
  entity: string;
  type: string;
  direction: Direction;
  count: number;
  first: RelationshipRow[];
  context: DetailsContext;
}) {
  const { t } = useTranslation();
  const [wantMore, setWantMore] = useState(false);
  const more = useRelationPages(props.entity, props.type, props.direction, props.first.length, wantMore);
  const rows = [...props.first, ...(more.data?.pages.flatMap((p) => p.rows) ?? [])];
  const left = props.count - rows.length;
  const key = props.direction === 'out' ? 'relation' : 'relationIn';
  return (
    <section className="relation-group">
      <h4>
        {t(`${key}.${props.type}` as 'relation.HOLDS_POSITION', { defaultValue: props.type })}{' '}
        <span className="muted">{props.count}</span>
      </h4>
      <ul className="relation-rows">
        {rows.map((row) => (
          <Row key={row.edge.id} row={row} context={props.context} />
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="link-button"
          disabled={more.isFetching}
          onClick={() => (wantMore ? void more.fetchNextPage() : setWantMore(true))}
        >
          {more.isFetching ? t('common.loading') : t('details.moreRelations', { count: left })}
        </button>
      )}
    </section>
  );
}

function Row({ row, context }: { row: RelationshipRow; context: DetailsContext }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const qualifier = row.edge.properties.title ?? row.edge.properties.role;
  const label = qualifier ? `${row.other.name} · ${edgeLabel(row.edge, t)}` : row.other.name;
  const weight = Number(row.edge.properties.weight ?? 1);
  return (
    <li>
      <div className="relation-row">
        <button type="button" className="row-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span lang="zh">{label}</span>
        </button>
        <span className="muted">{t('common.articles', { count: weight })}</span>
        {!context.nodes.has(row.other.id) && (
          <button
            type="button"
            className="chip"
            aria-label={t('details.addNamed', { name: row.other.name })}
            onClick={() => context.onAction({ type: 'add', ids: [row.other.id] })}
          >
            +
          </button>
        )}
      </div>
      {open && <RowEvidence row={row} />}
    </li>
  );
}

function RowEvidence({ row }: { row: RelationshipRow }) {
  const evidence = useEdgeEvidence(row.edge.id);
  const ends = [row.other.name, ...row.other.aliases];
  return (
    <QueryState isPending={evidence.isPending} error={evidence.error} retry={() => void evidence.refetch()}>
      {evidence.data && <EvidenceList evidence={evidence.data} terms={ends} />}
    </QueryState>
  );
}
