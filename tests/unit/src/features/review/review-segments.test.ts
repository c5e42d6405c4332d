import { describe, expect, it } from 'vitest';
import type { ReviewEntity } from '../../../../../contract/api/corrections.ts';
import { reviewSegments } from '../../../../../src/features/review/review-segments.ts';

const entity = (id: string, mentions: [number, number][]): ReviewEntity => ({
  id,
  type: 'Organization',
  kind: null,
  name: id,
  mentions: mentions.map(([start, end]) => ({ start, end })),
});

const TEXT = '普陀区科委与桃浦镇签约。';

describe('reviewSegments', () => {
  it('covers the whole text once, cut at mentions and at the selection', () => {
    const segments = reviewSegments(TEXT, [entity('a', [[0, 5]]), entity('b', [[6, 9]])], {
      start: 3,
      end: 7,
    });
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.map((s) => [s.text, s.entity?.id ?? null, s.selected])).toEqual([
      ['普陀区', 'a', false],
      ['科委', 'a', true],
      ['与', null, true],
      ['桃', 'b', true],
      ['浦镇', 'b', false],
      ['签约。', null, false],
    ]);
  });

  it('keeps the first of overlapping mentions and drops spans outside the text', () => {
    const segments = reviewSegments(
      TEXT,
      [entity('long', [[0, 5]]), entity('inner', [[3, 5]]), entity('outside', [[10, 40]])],
      null,
    );
    expect(segments.filter((s) => s.entity).map((s) => [s.text, s.entity?.id])).toEqual([
      ['普陀区科委', 'long'],
    ]);
  });
});
