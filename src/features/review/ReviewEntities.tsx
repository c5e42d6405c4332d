import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CorrectionInput,
  ReviewArticle,
  ReviewEntity,
  TextSpan,
} from '../../../contract/api/corrections.ts';
import { ENTITY_TYPES, type EntityType, KINDS } from '../../../contract/model.ts';

interface ReviewEntitiesProps {
  review: ReviewArticle;
  selection: TextSpan | null;
  current: string | null;
  onCurrent: (id: string) => void;
  busy: boolean;
  send: (input: CorrectionInput) => void;
}

/** The entities of the article after corrections, each with what a reviewer can do to it, and adding one. */
export function ReviewEntities({ review, selection, current, onCurrent, busy, send }: ReviewEntitiesProps) {
  const { t } = useTranslation();
  const article = review.article.id;
  const kept = new Set(review.corrected.entities.map((e) => e.id));
  const rejected = review.extraction.entities.filter((e) => !kept.has(e.id));
  const accepted = new Set(
    review.corrections
      .filter((c) => c.change.op === 'accept' && c.status !== 'undone')
      .map((c) => (c.change.op === 'accept' ? c.change.entity.id : '')),
  );
  return (
    <section aria-labelledby="review-entities">
      <h2 id="review-entities">
        {t('review.entities')} ({review.corrected.entities.length})
      </h2>
      <AddEntity article={article} selection={selection} busy={busy} send={send} />
      <ul className="review-entities" data-testid="review-entities">
        {review.corrected.entities.map((e) => (
          <EntityRow
            key={e.id}
            entity={e}
            article={article}
            selection={selection}
            current={current === e.id}
            accepted={accepted.has(e.id)}
            onCurrent={() => onCurrent(e.id)}
            busy={busy}
            send={send}
          />
        ))}
      </ul>
      {rejected.length > 0 && (
        <>
          <h3>{t('review.rejected')}</h3>
          <ul className="review-rejected" data-testid="review-rejected">
            {rejected.map((e) => (
              <li key={e.id}>
                <s lang="zh">{e.name}</s> <span className="muted">{t(`type.${e.type}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EntityRow(props: {
  entity: ReviewEntity;
  article: string;
  selection: TextSpan | null;
  current: boolean;
  accepted: boolean;
  onCurrent: () => void;
  busy: boolean;
  send: (input: CorrectionInput) => void;
}) {
  const { entity, article, selection, busy, send } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState<EntityType>(entity.type);
  const [kind, setKind] = useState(entity.kind ?? '');
  const nameId = useId();
  const first = entity.mentions[0];
  return (
    <li className={props.current ? 'current' : undefined} data-entity={entity.id}>
      <button
        type="button"
        className={`link-button mention-name type-${entity.type}`}
        onClick={props.onCurrent}
      >
        <span lang="zh">{entity.name}</span>
      </button>{' '}
      <span className="muted">
        {t(`type.${entity.type}`)}
        {entity.kind ? ` · ${t(`kind.${entity.kind}` as 'kind.company', { defaultValue: entity.kind })}` : ''}
        {props.accepted ? ` · ${t('review.accepted')}` : ''}
      </span>
      <span className="row-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => send({ op: 'accept', entity: entity.id, article })}
        >
          {t('review.accept')}
        </button>
        <button
          type="button"
          disabled={busy}
          data-testid="reject"
          onClick={() => send({ op: 'reject', entity: entity.id, article })}
        >
          {t('review.reject')}
        </button>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('review.edit')}
        </button>
      </span>
      {editing && (
        <div className="row-edit">
          <label htmlFor={nameId}>{t('review.name')}</label>
          <input id={nameId} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          <button
            type="button"
            disabled={busy || !name.trim() || name.trim() === entity.name}
            onClick={() => send({ op: 'rename', entity: entity.id, name: name.trim() })}
          >
            {t('review.rename')}
          </button>
          <TypeAndKind
            type={type}
            kind={kind}
            kinds={kindChoices(type, type === entity.type ? entity.kind : null)}
            onType={setType}
            onKind={setKind}
          />
          <button
            type="button"
            disabled={busy || (type === entity.type && kind === (entity.kind ?? ''))}
            onClick={() => send({ op: 'retype', entity: entity.id, type, ...(kind ? { kind } : {}) })}
          >
            {t('review.retype')}
          </button>
          <button
            type="button"
            disabled={busy || !selection || !first}
            onClick={() =>
              first &&
              selection &&
              send({ op: 'respan', entity: entity.id, article, from: first, to: selection })
            }
          >
            {t('review.respan')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The kinds a type offers, and the entity's own kind when the vocabulary has no such kind. */
function kindChoices(type: EntityType, current: string | null): readonly string[] {
  const kinds: readonly string[] = KINDS[type];
  return current && !kinds.includes(current) ? [current, ...kinds] : kinds;
}

/** An entity's type and kind, chosen together: choosing another type clears the kind. */
function TypeAndKind(props: {
  type: EntityType;
  kind: string;
  kinds: readonly string[];
  onType: (type: EntityType) => void;
  onKind: (kind: string) => void;
  typeTestId?: string;
}) {
  const { t } = useTranslation();
  const typeId = useId();
  const kindId = useId();
  return (
    <>
      <label htmlFor={typeId}>{t('review.type')}</label>
      <select
        id={typeId}
        value={props.type}
        data-testid={props.typeTestId}
        onChange={(e) => {
          props.onType(e.target.value as EntityType);
          props.onKind('');
        }}
      >
        {ENTITY_TYPES.map((ty) => (
          <option key={ty} value={ty}>
            {t(`type.${ty}`)}
          </option>
        ))}
      </select>
      <label htmlFor={kindId}>{t('review.kind')}</label>
      <select id={kindId} value={props.kind} onChange={(e) => props.onKind(e.target.value)}>
        <option value="">—</option>
        {props.kinds.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}` as 'kind.company', { defaultValue: k })}
          </option>
        ))}
      </select>
    </>
  );
}

function AddEntity(props: {
  article: string;
  selection: TextSpan | null;
  busy: boolean;
  send: (input: CorrectionInput) => void;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<EntityType>('Organization');
  const [kind, setKind] = useState('');
  const { selection } = props;
  return (
    <div className="add-entity" data-testid="add-entity">
      <TypeAndKind
        type={type}
        kind={kind}
        kinds={KINDS[type]}
        onType={setType}
        onKind={setKind}
        typeTestId="add-entity-type"
      />
      <button
        type="button"
        data-testid="add-entity-button"
        disabled={props.busy || !selection}
        onClick={() =>
          selection &&
          props.send({
            op: 'addEntity',
            article: props.article,
            ...selection,
            type,
            ...(kind ? { kind } : {}),
          })
        }
      >
        {t('review.addEntity')}
      </button>
    </div>
  );
}
