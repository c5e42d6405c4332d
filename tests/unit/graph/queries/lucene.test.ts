import { describe, expect, it } from 'vitest';
import { escapeLucene, searchQuery } from '../../../../graph/queries/lucene.ts';

describe('lucene', () => {
  it('escapes every operator so input is matched as text', () => {
    expect(escapeLucene('a+b-c && d || !e (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p')).toBe(
      'a\\+b\\-c \\&\\& d \\|\\| \\!e \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o \\/p',
    );
  });

  it('asks for the phrase, then the words, then joined pinyin and its prefix', () => {
    expect(searchQuery('li hongzhen')).toBe(
      '"li hongzhen"^4 OR (li AND hongzhen)^2 OR (li AND (hongzhen OR pinyin:"hong zhen" OR hongzhen*)) OR lihongzhen^3 OR lihongzhen*',
    );
    expect(searchQuery('李红珍')).toBe('"李红珍"^4 OR 李红珍');
    expect(searchQuery('李 红珍')).toBe('"李 红珍"^4 OR (李 AND 红珍)^2');
    expect(searchQuery('   ')).toBe('');
  });

  it('asks for pinyin words as words or as syllables anywhere, the last one as far as it is typed', () => {
    expect(searchQuery('putuoqu')).toBe(
      '"putuoqu"^4 OR putuoqu OR pinyin:"pu tuo qu" OR putuoqu^3 OR putuoqu*',
    );
    expect(searchQuery('fengxiang zhengx')).toBe(
      '"fengxiang zhengx"^4 OR (fengxiang AND zhengx)^2 OR ((fengxiang OR pinyin:"feng xiang") AND (zhengx OR zhengx*)) OR fengxiangzhengx^3 OR fengxiangzhengx*',
    );
    // Never a one-letter prefix; initials and English are no syllables.
    expect(searchQuery('fengxiang z')).not.toContain(' z*');
    expect(searchQuery('lhz')).toBe('"lhz"^4 OR lhz OR lhz^3 OR lhz*');
  });

  it('reads one Chinese character as the prefix of the bigrams the cjk analyzer indexed', () => {
    expect(searchQuery('珍')).toBe('"珍"^4 OR 珍 OR 珍*');
    expect(searchQuery('x')).toBe('"x"^4 OR x');
  });

  it('never lets a query break out of its clause', () => {
    expect(searchQuery('name:"x" OR *')).toBe(
      '"name\\:\\"x\\" or \\*"^4 OR (name\\:\\"x\\" AND or AND \\*)^2',
    );
  });
});
