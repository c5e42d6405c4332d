import { describe, expect, it } from 'vitest';
import { citationOf, citationsOf } from '../../../../contract/api/citations.ts';
import type { ArticleRef } from '../../../../contract/api/payloads.ts';

const ref = (id: string): ArticleRef => ({
  id,
  title: `title ${id}`,
  source: '新民晚报',
  publishedAt: '2023-04-24T09:00:00+08:00',
});

describe('the citation model', () => {
  it('cites an article by id, title, source and date only', () => {
    expect(citationOf({ ...ref('a'), extra: 1 } as ArticleRef)).toEqual({
      id: 'a',
      title: 'title a',
      source: '新民晚报',
      publishedAt: '2023-04-24T09:00:00+08:00',
    });
  });

  it('cites each article once, in the order given, up to the limit', () => {
    const cited = citationsOf([ref('b'), ref('a'), ref('b'), ref('c')], 2);
    expect(cited.map((c) => c.id)).toEqual(['b', 'a']);
    expect(citationsOf([ref('x'), ref('x')]).map((c) => c.id)).toEqual(['x']);
  });
});
