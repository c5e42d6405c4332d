import { type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../contract/api/payloads.ts';
import { errorText } from '../../lib/error-text.ts';
import { Unreachable } from '../QueryState.tsx';
import { nextActiveOption } from './active-option.ts';
import { groupHits } from './group-hits.ts';
import { HitGroupList } from './HitGroupList.tsx';
import { useSearchEntities } from './search-entities.ts';
import { useDebounced } from './use-debounced.ts';

interface EntityComboboxProps {
  label: string;
  placeholder?: string;
  /** `add`: Shift+Enter or Shift+click, to add to the view instead of opening. */
  onChoose: (hit: SearchHit, how: { add: boolean }) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Keep the chosen name in the box (pickers) or clear it (the main search). */
  keepChoice?: boolean;
  describedBy?: string;
  testId?: string;
  /** Offered as the last option: look for the words in the articles' text instead. */
  onSearchText?: (query: string) => void;
}

/**
 * A combobox (ARIA 1.2 pattern): suggestions as you type in Chinese, pinyin, initials, English or
 * traditional characters, grouped by type with counts; arrows move, Enter opens the first or active hit.
 */
export function EntityCombobox({
  label,
  placeholder,
  onChoose,
  inputRef,
  keepChoice = false,
  describedBy,
  testId,
  onSearchText,
}: EntityComboboxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 120);
  const { data, isFetching, error } = useSearchEntities(query);
  const current = data && data.query === query ? data : undefined;
  const { groups, options } = groupHits(current);
  const listId = useId();
  const optionId = (i: number) => `${listId}-o${i}`;
  const showList = open && text.trim().length > 0;

  const searchText = () => {
    onSearchText?.(text.trim());
    setOpen(false);
    setText('');
  };

  const choose = (hit: SearchHit | undefined, add: boolean) => {
    if (!hit) return;
    onChoose(hit, { add });
    setOpen(false);
    setPendingEnter(null);
    setText(keepChoice ? hit.name : '');
  };

  // Enter pressed before the suggestions arrived: open the first one when they do.
  const [pendingEnter, setPendingEnter] = useState<{ add: boolean } | null>(null);
  const first = current && current.query === text.trim() ? options[0] : undefined;
  const settled = Boolean(current && current.query === text.trim());
  // Once the hits for the text are in, the text search is one more option after them (arrows reach it,
  // Enter takes it).
  const textOption = onSearchText && settled ? options.length : -1;
  const lastOption = textOption >= 0 ? textOption : options.length - 1;
  useEffect(() => {
    if (!pendingEnter || !settled) return;
    if (first) choose(first, pendingEnter.add);
    else {
      // No entity by that name: look for the words in the articles.
      setPendingEnter(null);
      if (onSearchText) searchText();
    }
  });

  return (
    <div className="combobox" data-testid={testId}>
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-describedby={describedBy}
        aria-activedescendant={
          showList && (options[active] || active === textOption) ? optionId(active) : undefined
        }
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          const moved = nextActiveOption(e.key, active, lastOption, showList);
          if (moved !== null) {
            setOpen(true);
            setActive(moved);
          } else if (e.key === 'Enter') {
            if (active === textOption && settled && showList) {
              searchText();
              e.preventDefault();
              return;
            }
            const hit = settled ? (options[active] ?? options[0]) : undefined;
            if (hit) choose(hit, e.shiftKey);
            else if (text.trim()) setPendingEnter({ add: e.shiftKey });
          } else if (e.key === 'Escape') {
            if (!showList) setText('');
            setOpen(false);
          } else return;
          e.preventDefault();
        }}
      />
      {isFetching && showList && (
        <span className="combobox-status">
          {t('search.searching')} <Unreachable />
        </span>
      )}
      <div id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!showList}>
        {showList && error && (
          <div className="error">{t('search.failed', { message: errorText(error, t) })}</div>
        )}
        {showList && !error && current && options.length === 0 && (
          <div className="muted combobox-empty">{t('search.noMatches', { query })}</div>
        )}
        {showList && (
          <HitGroupList
            groups={groups}
            listId={listId}
            optionId={optionId}
            active={active}
            onHover={setActive}
            onPick={choose}
          />
        )}
        {showList && textOption >= 0 && (
          <div
            id={optionId(textOption)}
            role="option"
            tabIndex={-1}
            aria-selected={active === textOption}
            className={`combobox-text-search${active === textOption ? ' active' : ''}`}
            onMouseEnter={() => setActive(textOption)}
            onMouseDown={(e) => {
              e.preventDefault();
              searchText();
            }}
          >
            {t('articleSearch.inText', { query: text.trim() })}
          </div>
        )}
        {showList && options.length > 0 && <div className="combobox-help muted">{t('search.help')}</div>}
      </div>
    </div>
  );
}
