import { describe, expect, it } from 'vitest';
import { articleTextQuery } from '../../../../graph/queries/lucene.ts';
import { snippetOf } from '../../../../graph/queries/snippet.ts';

const TEXT =
  '新民晚报讯 4月23日下午,“数智炬生”未来岛亿数街党建联盟在普陀区桃浦镇未来岛园区宣告成立。联盟将推动园区企业数字化转型,未来岛园区党委书记钱世嵘介绍了情况。';

const marked = (s: { text: string; marks: [number, number][] }) =>
  s.marks.map(([a, b]) => s.text.slice(a, b));

describe('article snippets', () => {
  it('shows the text around the first hit with every hit in it marked', () => {
    const s = snippetOf(TEXT, '未来岛园区', 10);
    expect(s.text).toContain('未来岛园区');
    expect(s.before).toBe(true);
    expect(s.after).toBe(true);
    expect(marked(s).every((m) => m === '未来岛园区')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(10 + 5 + 10);
  });

  it('marks each word of a query of several words', () => {
    const s = snippetOf(TEXT, '桃浦镇 宣告成立', 20);
    expect(marked(s)).toEqual(['桃浦镇', '宣告成立']);
  });

  it('finds simplified words in traditional text and shows the text as written', () => {
    const s = snippetOf('聯盟在桃浦鎮宣告成立。', '桃浦镇', 5);
    expect(marked(s)).toEqual(['桃浦鎮']);
  });

  it('falls back to the beginning of the text when the words are only in the title', () => {
    const s = snippetOf(TEXT, '党建火红', 8);
    expect(s).toEqual({ text: TEXT.slice(0, 16), marks: [], before: false, after: true });
  });
});

describe('the article text query', () => {
  it('requires each word as a phrase, so one shared bigram is not a hit', () => {
    expect(articleTextQuery('党建火红')).toBe('"党建火红"');
    expect(articleTextQuery('桃浦镇  宣告成立')).toBe('"桃浦镇" AND "宣告成立"');
    expect(articleTextQuery('a"b')).toBe('"a\\"b"');
  });
});
