import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../../../contract/api/corrections.ts';
import type { ArticleRef, EntityTypeName, SearchHit } from '../../../contract/api/payloads.ts';
import { ENTITY_TYPES } from '../../../contract/model.ts';
import { errorText } from '../../lib/error-text.ts';
import { readToken, storeToken } from '../../lib/token-store.ts';
import { EntityCombobox } from '../entity-combobox/EntityCombobox.tsx';
import { useCorrect, useEntityCorrections } from './api.ts';
import { CorrectionHistory } from './CorrectionHistory.tsx';
import { SplitForm } from './SplitForm.tsx';
import { TokenField } from './TokenField.tsx';
import './corrections.css';

interface EntityCorrectionsProps {
  id: string;
  type: EntityTypeName;
  name: string;
  /** The articles that mention it: a split moves some of them to a new entity. */
  articles: readonly ArticleRef[];
  /** After a merge the entity is gone: the view moves to the survivor (after a split, to the new entity). */
  onMerged: (survivor: string) => void;
}

/** In the entity's details: "corrected" and its history (with undo), merging it into another entity, splitting it. */
export function EntityCorrections({ id, type, name, articles, onMerged }: EntityCorrectionsProps) {
  const { t } = useTranslation();
  const { data } = useEntityCorrections(id);
  const correct = useCorrect();
  const [token, setToken] = useState(readToken);
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState<SearchHit | null>(null);
  const [mergedType, setMergedType] = useState<EntityTypeName | ''>('');
  const [note, setNote] = useState('');
  const noteId = useId();
  const typeId = useId();
  const history = data?.corrections ?? [];
  const corrected = history.some((c) => c.status !== 'undone' && c.change.op !== 'undo');
  const keepToken = (value: string) => {
    setToken(value);
    storeToken(value);
  };
  const undo = (c: Correction) => correct.mutate({ input: { op: 'undo', correction: c.id }, token });
  const merge = () => {
    if (!into) return;
    correct.mutate(
      {
        input: {
          op: 'merge',
          entity: id,
          into: into.id,
          ...(into.type !== type && mergedType ? { type: mergedType } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
        token,
      },
      { onSuccess: (result) => result.redirect && onMerged(result.redirect.to) },
    );
  };
  return (
    <div className="entity-corrections" data-testid="entity-corrections">
      {corrected && (
        <p className="checked-badge" data-testid="corrected-badge">
          {t('corrections.corrected')}
        </p>
      )}
      {history.length > 0 && (
        <>
          <h3>{t('corrections.history')}</h3>
          <CorrectionHistory
            corrections={history}
            onUndo={token ? undo : undefined}
            busy={correct.isPending}
          />
        </>
      )}
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('corrections.correctThis')}
      </button>
      {open && (
        <div className="merge-form" data-testid="merge-form">
          <TokenField token={token} onToken={keepToken} />
          <EntityCombobox
            label={t('corrections.mergeInto')}
            keepChoice
            testId="merge-into"
            onChoose={(hit) => setInto(hit.id === id ? null : hit)}
          />
          {into && into.type !== type && (
            <div>
              <label htmlFor={typeId}>{t('corrections.mergedType')}</label>
              <select
                id={typeId}
                value={mergedType}
                onChange={(e) => setMergedType(e.target.value as EntityTypeName)}
              >
                <option value="">—</option>
                {ENTITY_TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`type.${ty}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <label htmlFor={noteId}>{t('corrections.note')}</label>
          <input id={noteId} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          <button
            type="button"
            disabled={!into || !token || correct.isPending}
            onClick={merge}
            data-testid="merge-button"
          >
            {into ? t('corrections.mergeButton', { name: into.name }) : t('corrections.mergeInto')}
          </button>
          {articles.length > 1 && (
            <SplitForm
              key={id}
              id={id}
              name={name}
              articles={articles}
              token={token}
              correct={correct}
              onSplit={onMerged}
            />
          )}
        </div>
      )}
      {correct.error && (
        <p role="alert" className="error">
          {errorText(correct.error, t)}
        </p>
      )}
    </div>
  );
}
