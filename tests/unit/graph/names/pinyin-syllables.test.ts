import { describe, expect, it } from 'vitest';
import { syllableSplits } from '../../../../graph/names/pinyin-syllables.ts';

describe('syllableSplits', () => {
  it('reads typed pinyin as the fewest syllables, every way that takes', () => {
    expect(syllableSplits('putuoqu')).toEqual([['pu', 'tuo', 'qu']]);
    expect(syllableSplits('xian')).toEqual([['xian']]);
    expect(syllableSplits('zhuangshuang')).toEqual([['zhuang', 'shuang']]);
    expect(syllableSplits('fangan')).toEqual(
      expect.arrayContaining([
        ['fang', 'an'],
        ['fan', 'gan'],
      ]),
    );
    expect(syllableSplits('lvxiao')).toEqual([['lv', 'xiao']]);
  });

  it('reads nothing into initials or English', () => {
    expect(syllableSplits('lhz')).toEqual([]);
    expect(syllableSplits('schneider')).toEqual([]);
  });
});
