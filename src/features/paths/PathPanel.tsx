import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityCombobox } from '../../components/entity-combobox/EntityCombobox.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import type { PathQuery } from '../../lib/view/view-state.ts';
import { usePaths } from './api/get-paths.ts';
import { PathList } from './PathList.tsx';

export interface PathEnd {
  id: string;
  name: string;
}

interface PathPanelProps {
  draft: { from: PathEnd | null; to: PathEnd | null; maxLength: number };
  onDraft: (draft: { from: PathEnd | null; to: PathEnd | null; maxLength: number }) => void;
  /** The node selected on the canvas, offered as an end. */
  selected: PathEnd | null;
  query: PathQuery | null;
  onFind: (query: PathQuery) => void;
  onClear: () => void;
  active: number;
  onActive: (index: number) => void;
}

/** Pick two entities (search or canvas); the shortest paths are drawn on the graph and written out here. */
export function PathPanel({
  draft,
  onDraft,
  selected,
  query,
  onFind,
  onClear,
  active,
  onActive,
}: PathPanelProps) {
  const { t } = useTranslation();
  const lengthId = useId();
  const result = usePaths(query);
  const end = (which: 'from' | 'to') => {
    const current = draft[which];
    return (
      <div className="path-end">
        <span className="path-end-label">{t(`paths.${which}`)}</span>
        {current ? (
          <span className="chip chip-static" data-testid={`path-${which}`} lang="zh">
            {current.name}
            <button
              type="button"
              className="chip-x"
              aria-label={`${t('common.close')} ${current.name}`}
              onClick={() => onDraft({ ...draft, [which]: null })}
            >
              ×
            </button>
          </span>
        ) : (
          <EntityCombobox
            label={`${t(`paths.${which}`)}: ${t('paths.pick')}`}
            placeholder={t('paths.pick')}
            keepChoice
            testId={`path-${which}-search`}
            onChoose={(hit) => onDraft({ ...draft, [which]: { id: hit.id, name: hit.name } })}
          />
        )}
        {!current && selected && (
          <button
            type="button"
            className="link-button"
            onClick={() => onDraft({ ...draft, [which]: selected })}
          >
            {t('paths.useSelected')}: {selected.name}
          </button>
        )}
      </div>
    );
  };
  return (
    <div className="path-panel">
      <p className="muted">{t('paths.intro')}</p>
      {end('from')}
      {end('to')}
      <div className="path-controls">
        <label htmlFor={lengthId}>{t('paths.maxLength', { count: draft.maxLength })}</label>
        <input
          id={lengthId}
          type="range"
          min={1}
          max={6}
          value={draft.maxLength}
          onChange={(e) => onDraft({ ...draft, maxLength: Number(e.target.value) })}
        />
        <button type="button" onClick={() => onDraft({ ...draft, from: draft.to, to: draft.from })}>
          {t('paths.swap')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!draft.from || !draft.to || draft.from.id === draft.to.id}
          onClick={() =>
            draft.from &&
            draft.to &&
            onFind({ from: draft.from.id, to: draft.to.id, maxLength: draft.maxLength })
          }
        >
          {t('paths.find')}
        </button>
        {query && (
          <button type="button" onClick={onClear}>
            {t('paths.clear')}
          </button>
        )}
      </div>
      {query && (
        <QueryState
          isPending={result.isPending}
          error={result.error}
          retry={() => void result.refetch()}
          loadingLabel={t('paths.searching')}
        >
          {result.data && (
            <PathList result={result.data} maxLength={query.maxLength} active={active} onActive={onActive} />
          )}
        </QueryState>
      )}
    </div>
  );
}
