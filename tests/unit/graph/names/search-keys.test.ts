import { describe, expect, it } from 'vitest';
import { normalizeQueryText, searchKeys } from '../../../../graph/names/search-keys.ts';

describe('searchKeys', () => {
  it('gives full pinyin, joined pinyin and initials, reading surnames as surnames', () => {
    const { pinyin, pinyinInitials } = searchKeys(['李红珍'], { person: true });
    expect(pinyin.slice(0, 2)).toEqual(['li hong zhen', 'lihongzhen']);
    expect(pinyinInitials).toEqual(['lhz']);
    expect(searchKeys(['曾乐'], { person: true }).pinyin[0]).toBe('zeng le');
  });

  it('reads a name by its words too, as jieba cuts it and finer, each word joined', () => {
    expect(searchKeys(['凤翔县政协']).pinyin).toEqual([
      'feng xiang xian zheng xie',
      'fengxiangxianzhengxie',
      'fengxiangxian zhengxie',
      'fengxiang xian zhengxie',
    ]);
    const bureau = searchKeys(['中国人民政治协商会议浙江省委员会']).pinyin;
    expect(bureau).toContain('zhongguorenminzhengzhixieshanghuiyi zhejiangsheng weiyuanhui');
    expect(bureau).toContain('zhongguo renmin zhengzhi xieshang huiyi zhejiang sheng weiyuan hui');
    // Brackets divide words.
    expect(searchKeys(['蓝湾科技(青岛)有限公司']).pinyin).toContain('lanwan keji qingdao youxiangongsi');
    // Words jieba's dictionary lacks are its guesses (蓝湾); letters and digits stay whole.
    expect(searchKeys(['ABC蓝湾2025年会']).pinyin).toEqual([
      'abc lan wan 2025 nian hui',
      'abclanwan2025nianhui',
      'abc lanwan 2025 nianhui',
    ]);
    // Traditional characters are cut as their simplified form is.
    expect(searchKeys(['嘉禾社區黨委']).pinyin).toContain('jiahe shequ dangwei');
  });

  it('reads a person as surname and given name, both ways for four characters, by pieces when dotted', () => {
    expect(searchKeys(['李红珍'], { person: true }).pinyin).toEqual([
      'li hong zhen',
      'lihongzhen',
      'li hongzhen',
    ]);
    expect(searchKeys(['欧阳明华'], { person: true }).pinyin).toEqual(
      expect.arrayContaining(['ou yangminghua', 'ouyang minghua']),
    );
    expect(searchKeys(['伊万·彼得罗夫'], { person: true }).pinyin).toContain('yiwan bideluofu');
    expect(searchKeys(['曾乐'], { person: true }).pinyin).toEqual(['zeng le', 'zengle']);
  });

  it('writes ü also as v, as keyboards type it', () => {
    expect(searchKeys(['吕绿华'], { person: true }).pinyin).toEqual(
      expect.arrayContaining(['lü lü hua', 'lv lv hua', 'lvlvhua', 'lv lvhua']),
    );
  });

  it('keeps every reading a reading of the whole name', () => {
    for (const name of ['上海市普陀区委组织部', '未来岛园区数字经济座谈会', '银行业协会']) {
      const { pinyin } = searchKeys([name]);
      expect(new Set(pinyin.map((p) => p.replace(/ /g, '')))).toEqual(new Set([pinyin[1]]));
    }
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
