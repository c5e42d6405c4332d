import { describe, expect, it } from 'vitest';
import { computeFacets, daysBetween, monthBuckets } from '../../../../../src/features/filters/facets.ts';
import { edge, node } from '../../lib/view/graph-fixtures.ts';

describe('facets', () => {
  it('counts types, kinds and relations, and the days first reported (China time)', () => {
    const facets = computeFacets(
      [node('a', 'Person'), node('b', 'Organization', 'company'), node('c', 'Organization', 'party')],
      [
        edge('a', 'b', 'MEMBER_OF', '2023-04-23T16:30:00.000Z'),
        edge('a', 'c', 'HOLDS_POSITION', '2023-06-12T01:30:00.000Z'),
      ],
    );
    expect([...facets.types]).toEqual([
      ['Person', 1],
      ['Organization', 2],
    ]);
    expect(facets.kinds.get('company')).toBe(1);
    expect(facets.relations.get('HOLDS_POSITION')).toBe(1);
    expect(facets.dateRange).toEqual({ min: '2023-04-24', max: '2023-06-12' });
  });

  it('lists the days of a range', () => {
    expect(daysBetween('2023-02-27', '2023-03-02')).toEqual([
      '2023-02-27',
      '2023-02-28',
      '2023-03-01',
      '2023-03-02',
    ]);
  });

  it('buckets articles by month, with empty months in between', () => {
    expect(monthBuckets(['2023-04-24T07:02:00Z', '2023-06-30T17:00:00Z', null, 'nonsense'])).toEqual([
      { month: '2023-04', count: 1, lastDay: '2023-04-30' },
      { month: '2023-05', count: 0, lastDay: '2023-05-31' },
      { month: '2023-06', count: 0, lastDay: '2023-06-30' },
      { month: '2023-07', count: 1, lastDay: '2023-07-31' },
    ]);
    expect(monthBuckets([])).toEqual([]);
  });
});
