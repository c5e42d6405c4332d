import { describe, expect, it } from 'vitest';
import { normalizeQueryText, searchKeys } from '../../../../graph/names/search-keys.ts';

describe('searchKeys', () => {
  it('gives full pinyin, joined pinyin and initials, reading surnames as surnames', () => {
    expect(searchKeys(['李红珍'], { person: true })).toMatchObject({
      pinyin: ['li hong zhen', 'lihongzhen'],
      pinyinInitials: ['lhz'],
    });
    expect(searchKeys(['曾乐'], { person: true }).pinyin[0]).toBe('zeng le');
  });

  it('adds traditional forms and skips Latin names', () => {
    expect(searchKeys(['施耐德电气']).variants).toEqual(['施耐德電氣']);
    expect(searchKeys(['Schneider Electric'])).toEqual({ pinyin: [], pinyinInitials: [], variants: [] });
  });

  it('normalises queries to simplified characters and half-width forms', () => {
    expect(normalizeQueryText('施耐德電氣')).toBe('施耐德电气');
    expect(normalizeQueryText(' ＡＢＣ（中國） ')).toBe('ABC(中国)');
  });
});
