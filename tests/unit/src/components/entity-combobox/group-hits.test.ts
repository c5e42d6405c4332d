import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../../contract/api/payloads.ts';
import { groupHits } from '../../../../../src/components/entity-combobox/group-hits.ts';

const hit = (id: string, type: SearchHit['type'], score: number): SearchHit => ({
  id,
  type,
  kind: null,
  name: id,
  matched: null,
  articleCount: 1,
  score,
});

describe('grouping search hits', () => {
  it('groups by type, orders groups by their best hit and keeps the server’s counts', () => {
    const { groups, options } = groupHits({
      query: '普陀',
      hits: [
        hit('place:a', 'Place', 9),
        hit('org:b', 'Organization', 5),
        hit('place:c', 'Place', 3),
        hit('org:d', 'Organization', 8),
      ],
      groups: [
        { type: 'Place', count: 2 },
        { type: 'Organization', count: 14 },
      ],
    });
    expect(groups.map((g) => [g.type, g.count])).toEqual([
      ['Place', 2],
      ['Organization', 14],
    ]);
    expect(options.map((o) => o.id)).toEqual(['place:a', 'place:c', 'org:b', 'org:d']);
  });

  it('has nothing to show before an answer', () => {
    expect(groupHits(undefined)).toEqual({ groups: [], options: [] });
  });
});
