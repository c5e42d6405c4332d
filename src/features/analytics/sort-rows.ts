export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator(['zh-Hans-CN-u-co-pinyin', 'en'], { numeric: true });

/** Stable sort by one column: numbers numerically, text by pinyin order; empty values last. */
export function sortRows<R, K extends string>(
  rows: readonly R[],
  sort: SortState<K>,
  value: (row: R, key: K) => string | number | null,
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || a.v === '') return b.v === null || b.v === '' ? a.index - b.index : 1;
      if (b.v === null || b.v === '') return -1;
      const c =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((x) => x.row);
}

/** Clicking the sorted column flips it; another column starts descending for numbers, ascending for text. */
export function nextSort<K extends string>(current: SortState<K>, key: K, numeric: boolean): SortState<K> {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: numeric ? 'descending' : 'ascending' };
}
