import { describe, expect, it } from 'vitest';
import { wordsAt } from '../../../../../seed/pipeline/extract/words-at.ts';

/** The answer wordsAt stands for: the first word of the list, in its order, written at `at`. */
function reference(words: readonly string[], text: string, at: number): string | undefined {
  return words.find((w) => text.startsWith(w, at));
}

/** Every offset of `text`, and some before its start and past its end. */
function offsets(text: string): number[] {
  const all: number[] = [];
  for (let at = -3; at <= text.length + 3; at++) all.push(at);
  return all;
}

function expectSameAsFind(words: readonly string[], texts: readonly string[]): void {
  const list = wordsAt(words);
  for (const text of texts) {
    for (const at of offsets(text)) {
      const expected = reference(words, text, at);
      expect(list.find(text, at), `${text} @${at}`).toBe(expected);
      expect(list.some(text, at), `${text} @${at}`).toBe(expected !== undefined);
    }
  }
}

describe('wordsAt: a word list asked what is written at an offset', () => {
  const words = [
    '委员会',
    '委员',
    '常委会',
    '常委',
    '党委',
    '主任',
    '主任委员',
    '市长',
    '𠀀村',
    '𠀁村',
    '𠀀',
  ];
  const texts = [
    '市人大常委会主任委员会议，党委书记、市长出席。',
    '委员会委员常委常委会主任主任委员',
    '𠀀村与𠀁村、𠀀𠀁',
    '',
    '委',
  ];

  it('answers as words.find(startsWith) at every offset, before the start and past the end too', () => {
    expectSameAsFind(words, texts);
  });

  it('finds every word of the list where it is written (no word is missed)', () => {
    const list = wordsAt(words);
    for (const word of words) {
      const text = `前文${word}后文`;
      expect(list.some(text, 2), word).toBe(true);
      expect(text.startsWith(list.find(text, 2) ?? '\u0000', 2), word).toBe(true);
    }
  });

  it('keeps the order of the list: the first word written there wins, not the longest', () => {
    expect(wordsAt(['委员', '委员会']).find('委员会议', 0)).toBe('委员');
    expect(wordsAt(['委员会', '委员']).find('委员会议', 0)).toBe('委员会');
    expect(wordsAt(['主任', '委员会', '主任委员']).find('主任委员会', 0)).toBe('主任');
    expectSameAsFind(['委员', '委员会', '常委', '常委会'], texts);
    expectSameAsFind([...words].reverse(), texts);
  });

  it('reads an offset before the text as its start, and one at or past its end as nothing', () => {
    const list = wordsAt(['市长', '长']);
    expect(list.find('市长出席', -1)).toBe('市长');
    expect(list.find('市长出席', -100)).toBe('市长');
    expect(list.find('市长出席', 4)).toBeUndefined();
    expect(list.find('市长出席', 99)).toBeUndefined();
    expect(list.some('市长出席', 4)).toBe(false);
    expect(list.find('', 0)).toBeUndefined();
  });

  it('reads a character outside the BMP (a surrogate pair) whole, and apart where a word is cut in it', () => {
    const list = wordsAt(['𠀀村', '𠀁村', '𠀀']);
    expect(list.find('𠀀村', 0)).toBe('𠀀村');
    expect(list.find('𠀁村', 0)).toBe('𠀁村');
    expect(list.find('𠀀𠀁村', 0)).toBe('𠀀');
    expect(list.find('𠀀𠀁村', 2)).toBe('𠀁村');
    // Between the two halves of a pair nothing of the list is written.
    expect(list.find('𠀀村', 1)).toBeUndefined();
    // A word of a lone high surrogate (as a slice may cut it).
    const high = '𠀀'.slice(0, 1);
    expectSameAsFind([high, '𠀁村'], ['𠀀𠀁村', `${high}村`]);
  });

  it('reads a list holding the empty word as written everywhere, in the list order', () => {
    expect(wordsAt(['', '市长']).find('市长', 0)).toBe('');
    expect(wordsAt(['市长', '']).find('市长', 0)).toBe('市长');
    expect(wordsAt(['市长', '']).find('市长', 1)).toBe('');
    expect(wordsAt(['']).some('', 0)).toBe(true);
    expectSameAsFind(['市长', '', '长'], texts);
  });

  it('answers nothing from an empty list', () => {
    expect(wordsAt([]).find('市长', 0)).toBeUndefined();
    expect(wordsAt([]).some('市长', 0)).toBe(false);
  });
});
