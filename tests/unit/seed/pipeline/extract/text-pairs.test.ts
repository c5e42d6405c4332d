import { describe, expect, it } from 'vitest';
import { mayOccur } from '../../../../../seed/pipeline/extract/text-pairs.ts';

/** Every substring of `text` (each offset, each length), the words a reader may ask about. */
function substrings(text: string): string[] {
  const words: string[] = [];
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length; end++) words.push(text.slice(start, end));
  }
  return words;
}

describe('mayOccur: a quick "surely not here" before a search of the text', () => {
  const text = '上海市普陀区桃浦镇与法国巴黎市签署合作协议，𠀀𠀁村代表出席。';

  it('never says no to a word the text holds (every substring of it)', () => {
    for (const word of substrings(text)) expect(mayOccur(text, word), word).toBe(true);
  });

  it('reads the empty word as written everywhere, and a one-character word by a search', () => {
    expect(mayOccur(text, '')).toBe(true);
    expect(mayOccur('', '')).toBe(true);
    expect(mayOccur(text, '镇')).toBe(true);
    expect(mayOccur(text, '京')).toBe(false);
    expect(mayOccur('', '京')).toBe(false);
  });

  it('says no when the first two characters never stand together in the text', () => {
    expect(mayOccur('上海', '北京')).toBe(false);
    expect(mayOccur('', '北京')).toBe(false);
    expect(mayOccur('上', '上海')).toBe(false);
  });

  it('reads a character outside the BMP (a surrogate pair) as its two code units', () => {
    expect(mayOccur(text, '𠀀')).toBe(true);
    expect(mayOccur(text, '𠀀𠀁村')).toBe(true);
    expect(mayOccur(text, '𠀁村代表')).toBe(true);
    // The high surrogate alone, as a slice may cut it.
    expect(mayOccur(text, '𠀀'.slice(0, 1))).toBe(true);
    expect(mayOccur('上海𠀀', '海𠀀')).toBe(true);
    expect(mayOccur('上海', '𠀂')).toBe(false);
  });

  it('refills its table for a new text: nothing of the last text is kept', () => {
    const first = '北京市朝阳区';
    const second = '广州市天河区';
    expect(mayOccur(first, '朝阳')).toBe(true);
    expect(mayOccur(second, '天河区')).toBe(true);
    expect(mayOccur(second, '朝阳')).toBe(false);
    expect(mayOccur(second, '北京')).toBe(false);
    // And back: the first text's words again, the second's gone.
    expect(mayOccur(first, '北京市')).toBe(true);
    expect(mayOccur(first, '天河')).toBe(false);
    for (const word of substrings(second)) expect(mayOccur(second, word), word).toBe(true);
  });

  it('compares texts by content: an equal text built anew gives the same answers', () => {
    const built = ['北京', '市朝', '阳区'].join('');
    expect(mayOccur('北京市朝阳区', '朝阳')).toBe(true);
    expect(mayOccur(built, '朝阳')).toBe(true);
    expect(mayOccur(built, '天河')).toBe(false);
  });
});
