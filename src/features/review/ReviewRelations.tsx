import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionInput, ReviewArticle, TextSpan } from '../../../contract/api/corrections.ts';
import { QUALIFIER, RELATION_TYPES, type RelationType } from '../../../contract/model.ts';

interface ReviewRelationsProps {
  review: ReviewArticle;
  selection: TextSpan | null;
  busy: boolean;
  send: (input: CorrectionInput) => void;
}

/** The relationships the article states after corrections: remove one, or add one with its sentence. */
export function ReviewRelations({ review, selection, busy, send }: ReviewRelationsProps) {
  const { t } = useTranslation();
  const names = new Map(review.corrected.entities.map((e) => [e.id, e.name]));
  const article = review.article.id;
  return (
    <section aria-labelledby="review-relations">
      <h2 id="review-relations">
        {t('review.relations')} ({review.corrected.relations.length})
      </h2>
      <AddRelation review={review} selection={selection} busy={busy} send={send} />
      <ul className="review-relations" data-testid="review-relations">
        {review.corrected.relations.map((r) => (
          <li key={r.id} data-relation={r.id}>
            <span lang="zh">
              {names.get(r.from) ?? r.from} · {t(`relation.${r.type}` as 'relation.HOLDS_POSITION')}
              {r.qualifier ? ` ${r.qualifier}` : ''} · {names.get(r.to) ?? r.to}
            </span>{' '}
            <button
              type="button"
              disabled={busy}
              onClick={() => send({ op: 'removeRelation', relation: r.id, article })}
            >
              {t('review.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddRelation({ review, selection, busy, send }: ReviewRelationsProps) {
  const { t } = useTranslation();
  const entities = review.corrected.entities;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState<RelationType>('MEMBER_OF');
  const [qualifier, setQualifier] = useState('');
  const ids = { from: useId(), to: useId(), type: useId(), qualifier: useId() };
  const pick = (id: string, value: string, onChange: (v: string) => void, testId: string) => (
    <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
      <option value="">—</option>
      {entities.map((e) => (
        <option key={e.id} value={e.id}>
          {e.name}
        </option>
      ))}
    </select>
  );
  return (
    <div className="add-relation" data-testid="add-relation">
      <label htmlFor={ids.from}>{t('review.from')}</label>
      {pick(ids.from, from, setFrom, 'relation-from')}
      <label htmlFor={ids.type}>{t('review.relationType')}</label>
      <select
        id={ids.type}
        value={type}
        data-testid="relation-type"
        onChange={(e) => setType(e.target.value as RelationType)}
      >
        {RELATION_TYPES.map((r) => (
          <option key={r} value={r}>
            {t(`relation.${r}` as 'relation.HOLDS_POSITION')}
          </option>
        ))}
      </select>
      <label htmlFor={ids.to}>{t('review.to')}</label>
      {pick(ids.to, to, setTo, 'relation-to')}
      {QUALIFIER[type] && (
        <>
          <label htmlFor={ids.qualifier}>{t('review.qualifier')}</label>
          <input
            id={ids.qualifier}
            value={qualifier}
            maxLength={100}
            onChange={(e) => setQualifier(e.target.value)}
          />
        </>
      )}
      <button
        type="button"
        data-testid="add-relation-button"
        disabled={busy || !selection || !from || !to || from === to}
        onClick={() =>
          selection &&
          send({
            op: 'addRelation',
            article: review.article.id,
            type,
            from,
            to,
            ...(QUALIFIER[type] && qualifier.trim() ? { qualifier: qualifier.trim() } : {}),
            evidence: selection,
          })
        }
      >
        {t('review.addRelation')}
      </button>
      <p className="muted">{t('review.evidenceHint')}</p>
    </div>
  );
}
