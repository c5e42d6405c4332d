import { describe, expect, it } from 'vitest';
import { markTerms } from '../../../../src/lib/mark-terms.ts';

describe('marking terms in a sentence', () => {
  it('marks every occurrence, longest first, without overlaps', () => {
    const segments = markTerms('普陀区委常委、组织部部长李红珍在讲话中', [
      '组织部',
      '普陀区委组织部',
      '李红珍',
      '普陀区委',
    ]);
    expect(segments.map((s) => [s.text, s.term])).toEqual([
      ['普陀区委', 3],
      ['常委、', -1],
      ['组织部', 0],
      ['部长', -1],
      ['李红珍', 2],
      ['在讲话中', -1],
    ]);
  });

  it('returns the text as one plain segment when nothing matches, and ignores empty terms', () => {
    expect(markTerms('<img src=x>', ['', '李红珍'])).toEqual([{ text: '<img src=x>', term: -1 }]);
  });
});
