import { describe, expect, it } from 'vitest';
import { ARTICLE_CURSOR, decodeCursor, encodeCursor } from '../../../../contract/api/cursor.ts';

describe('article cursor', () => {
  it('gives back the time and id it was made of, Chinese and all', () => {
    const cursor = encodeCursor({ time: 1_682_233_320_000, id: '文章:f272be3deda32c55' });
    expect(cursor).toMatch(new RegExp(ARTICLE_CURSOR));
    expect(decodeCursor(cursor)).toEqual({ time: 1_682_233_320_000, id: '文章:f272be3deda32c55' });
    expect(decodeCursor(encodeCursor({ time: -1, id: '' }))).toEqual({ time: -1, id: '' });
  });

  it('refuses what does not have its shape, and reads every string that does', () => {
    for (const bad of ['', 'abc', '12', '12.abc', '12.a', 'eyJ0aW1lIjoxfQ', '1.2.3']) {
      expect(decodeCursor(bad), bad).toBeUndefined();
    }
    expect(decodeCursor('7.ff')).toEqual({ time: 7, id: '\uFFFD' });
  });
});
