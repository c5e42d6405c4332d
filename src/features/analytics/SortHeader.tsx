import { useTranslation } from 'react-i18next';
import type { SortState } from './sort-rows.ts';

interface SortHeaderProps<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (column: K) => void;
  numeric?: boolean;
}

/** A column header that sorts (aria-sort tells screen readers which way). */
export function SortHeader<K extends string>({ column, label, sort, onSort, numeric }: SortHeaderProps<K>) {
  const { t } = useTranslation();
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? 'num' : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        title={t('table.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
