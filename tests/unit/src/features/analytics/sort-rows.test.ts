import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../../../src/features/analytics/sort-rows.ts';

const rows = [
  { name: '赵立明', n: 3 },
  { name: '孙立明', n: null },
  { name: '钱世嵘', n: 10 },
  { name: '李红珍', n: 3 },
];

describe('sorting table rows', () => {
  it('sorts numbers numerically, stable, empty values last in both directions', () => {
    const value = (r: (typeof rows)[number]) => r.n;
    expect(sortRows(rows, { key: 'n', direction: 'descending' }, value).map((r) => r.name)).toEqual([
      '钱世嵘',
      '赵立明',
      '李红珍',
      '孙立明',
    ]);
    expect(sortRows(rows, { key: 'n', direction: 'ascending' }, value).map((r) => r.name)).toEqual([
      '赵立明',
      '李红珍',
      '钱世嵘',
      '孙立明',
    ]);
  });

  it('sorts Chinese names in pinyin order', () => {
    const sorted = sortRows(rows, { key: 'name', direction: 'ascending' }, (r) => r.name).map((r) => r.name);
    expect(sorted).toEqual(['李红珍', '钱世嵘', '孙立明', '赵立明']);
  });

  it('flips the sorted column, starts numbers high and text low', () => {
    expect(nextSort({ key: 'n', direction: 'descending' }, 'n', true)).toEqual({
      key: 'n',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'n', direction: 'descending' }, 'name', false)).toEqual({
      key: 'name',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'n', true)).toEqual({
      key: 'n',
      direction: 'descending',
    });
  });
});
