import { useDeferredValue, useId, useState } from 'react';
import type { SearchHit } from '../../../graph/contract/payloads.ts';
import { TYPE_LOOK } from '../graph/node-types.ts';
import { useSearchEntities } from './api/search-entities.ts';

interface SearchBoxProps {
  onChoose: (hit: SearchHit) => void;
}

/** A combobox: suggestions as you type, arrow keys to move, Enter to open. */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text.trim());
  const { data, isFetching, isError, error } = useSearchEntities(query);
  const hits = data?.hits ?? [];
  const listId = useId();

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setOpen(false);
    setText(hit.name);
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search people, organisations, places 搜索人物、机构、地点"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="搜索 Search: 李红珍, lihongzhen, Schneider…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') choose(hits[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {isFetching && (
        <span className="search-status" role="status">
          搜索中 Searching…
        </span>
      )}
      {open && query && (
        <div id={listId} role="listbox" className="search-results">
          {isError && <div className="error">{error.message}</div>}
          {!isError && data && hits.length === 0 && (
            <div className="muted">无结果 No matches for “{query}”</div>
          )}
          {hits.map((hit, i) => (
            <div
              key={hit.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span className="dot" style={{ background: TYPE_LOOK[hit.type].color }} />
              <span className="hit-name">{hit.name}</span>
              {hit.matched && <span className="muted"> ({hit.matched})</span>}
              <span className="hit-meta">
                {TYPE_LOOK[hit.type].labelZh} · {hit.articleCount} 篇
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
