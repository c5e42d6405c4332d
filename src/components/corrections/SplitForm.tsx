import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../contract/api/payloads.ts';
import { chinaDay } from '../../lib/names.ts';
import type { useCorrect } from './api.ts';

interface SplitFormProps {
  id: string;
  name: string;
  articles: readonly ArticleRef[];
  token: string;
  correct: ReturnType<typeof useCorrect>;
  /** After the split: the new entity's id. */
  onSplit: (created: string) => void;
}

/**
 * One name, two entities (two people called 王伟 in different districts): the articles ticked here, with the
 * relationships they state, move to a new entity; the others stay.
 */
export function SplitForm({ id, name, articles, token, correct, onSplit }: SplitFormProps) {
  const { t } = useTranslation();
  const [newName, setNewName] = useState(name);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const nameId = useId();
  const toggle = (article: string) => {
    const next = new Set(picked);
    if (!next.delete(article)) next.add(article);
    setPicked(next);
  };
  const split = () =>
    correct.mutate(
      {
        input: { op: 'split', entity: id, name: newName.trim(), relations: [], articles: [...picked] },
        token,
      },
      {
        onSuccess: (result) => {
          setPicked(new Set());
          if (result.correction.change.op === 'split') onSplit(result.correction.change.created.id);
        },
      },
    );
  const all = picked.size === articles.length;
  return (
    <fieldset className="split-form" data-testid="split-form">
      <legend>{t('corrections.split')}</legend>
      <p className="muted">{t('corrections.splitHint')}</p>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <label>
              <input type="checkbox" checked={picked.has(a.id)} onChange={() => toggle(a.id)} />{' '}
              <span lang="zh">{a.title}</span> <span className="muted">{chinaDay(a.publishedAt) ?? ''}</span>
            </label>
          </li>
        ))}
      </ul>
      <label htmlFor={nameId}>{t('corrections.splitName')}</label>
      <input id={nameId} value={newName} maxLength={200} onChange={(e) => setNewName(e.target.value)} />
      <button
        type="button"
        data-testid="split-button"
        disabled={!token || correct.isPending || picked.size === 0 || all || !newName.trim()}
        onClick={split}
      >
        {t('corrections.splitButton', { count: picked.size })}
      </button>
    </fieldset>
  );
}
