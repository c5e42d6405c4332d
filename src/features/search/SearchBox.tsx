import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../contract/api/payloads.ts';
import { EntityCombobox } from '../../components/entity-combobox/EntityCombobox.tsx';
import { useSearchShortcut } from './use-search-shortcut.ts';

/** The search box in the top bar, always at hand: `/` or Ctrl+K focuses it. */
export function SearchBox({
  onOpen,
  onAdd,
  onSearchText,
}: {
  onOpen: (hit: SearchHit) => void;
  onAdd: (hit: SearchHit) => void;
  /** Look for the words in the articles' text. */
  onSearchText: (query: string) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  useSearchShortcut(input);
  return (
    <search className="search">
      <EntityCombobox
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        inputRef={input}
        describedBy={hintId}
        testId="search"
        onChoose={(hit, { add }) => (add ? onAdd(hit) : onOpen(hit))}
        onSearchText={onSearchText}
      />
      <kbd id={hintId} className="search-key" title={t('search.shortcut')}>
        <span className="visually-hidden">{t('search.shortcut')}</span>
        <span aria-hidden="true">/</span>
      </kbd>
    </search>
  );
}
