import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../../graph/names/search-keys.ts';
import { matchRank } from '../../../../graph/queries/search-rank.ts';

/** A hit as the loader would have written it. */
function hit(name: string, person = false, names: string[] = []) {
  const keys = searchKeys([name, ...names], { person });
  return { name, names: [...names, ...keys.variants], pinyin: keys.pinyin, initials: keys.pinyinInitials };
}

describe('matchRank', () => {
  const council = hit('凤翔县政协');
  const person = hit('李红珍', true);

  it('puts the whole name first, in any script or reading', () => {
    for (const q of [
      '凤翔县政协',
      '鳳翔縣政協',
      'fengxiangxianzhengxie',
      'feng xiang xian zheng xie',
      'fxxzx',
    ])
      expect(matchRank(council, q), q).toBe(3);
    expect(matchRank(hit('施耐德电气', false, ['Schneider Electric']), 'schneider electric')).toBe(3);
  });

  it('then the start of the name', () => {
    for (const q of ['凤翔', 'fengxiang', 'feng xiang', 'fengxiangxian zheng', 'fxx'])
      expect(matchRank(council, q), q).toBe(2);
  });

  it('then words or syllables of it in order, the ones between left out, the last as far as typed', () => {
    for (const q of [
      '政协',
      'zhengxie',
      'zheng xie',
      'fengxiang zhengxie',
      'fengxiang zhengx',
      'xian zhengxie',
      'xiangxian',
    ])
      expect(matchRank(council, q), q).toBe(1);
    for (const q of ['hongzhen', 'hong zhen', '红珍']) expect(matchRank(person, q), q).toBe(1);
  });

  it('leaves the rest of what the index found last', () => {
    for (const q of ['zhengxie fengxiang', '政协 凤翔']) expect(matchRank(council, q), q).toBe(0);
  });
});
