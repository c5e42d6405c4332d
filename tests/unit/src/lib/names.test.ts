import { describe, expect, it } from 'vitest';
import {
  displayAliases,
  englishName,
  englishNames,
  isEnglishName,
  isRomanisation,
  plainLabel,
  secondaryName,
  wrappableName,
} from '../../../../src/lib/names.ts';

const li = {
  name: '李红珍',
  nameEn: null,
  pinyin: 'li hong zhen',
  aliases: ['lihongzhen', 'li hongzhen', 'lhz', '李紅珍', '红珍'],
};
const schneider = {
  name: '施耐德电气(中国)有限公司',
  nameEn: null,
  pinyin: 'shi nai de dian qi',
  aliases: [
    '施耐德电气',
    '施耐德',
    'Schneider Electric (China) Co., Ltd.',
    'Schneider Electric',
    '施耐德電氣(中國)有限公司',
  ],
};

describe('names in several scripts', () => {
  it('tells romanisations from English names', () => {
    expect(isRomanisation('li hong zhen')).toBe(true);
    expect(isRomanisation('lhz')).toBe(true);
    expect(isRomanisation('Schneider Electric')).toBe(false);
    expect(isEnglishName('Schneider Electric (China) Co., Ltd.')).toBe(true);
    expect(isEnglishName('ABB')).toBe(true);
    expect(isEnglishName('lihongzhen')).toBe(false);
    expect(isEnglishName('施耐德 Schneider')).toBe(false);
  });

  it('names an entity in English by its own English name, else its shortest English alias', () => {
    expect(englishNames(schneider)).toEqual(['Schneider Electric', 'Schneider Electric (China) Co., Ltd.']);
    expect(englishName(schneider)).toBe('Schneider Electric');
    expect(englishName({ ...schneider, nameEn: 'Schneider Electric (China)' })).toBe(
      'Schneider Electric (China)',
    );
    expect(englishName(li)).toBeNull();
    expect(secondaryName(li)).toBe('li hong zhen');
    expect(secondaryName(schneider)).toBe('Schneider Electric');
  });

  it('lists as aliases only other writings: no romanisations, English names or traditional forms', () => {
    expect(displayAliases(li, ['李紅珍'])).toEqual(['红珍']);
    expect(displayAliases(schneider, ['施耐德電氣(中國)有限公司'])).toEqual(['施耐德电气', '施耐德']);
  });
});

describe('names that wrap on the canvas', () => {
  const ceremony = '青川区人民政府与禾川建设集团有限公司战略合作签约仪式';

  it('gives a long Chinese name a wrap point beside each character, and plainLabel takes them out again', () => {
    const wrapped = wrappableName(ceremony);
    expect(wrapped.split('\u200b')).toHaveLength([...ceremony].length);
    expect(plainLabel(wrapped)).toBe(ceremony);
    expect(wrappableName(wrapped)).toBe(wrapped);
  });

  it('leaves short names, Latin words and spaces as they are', () => {
    expect(wrappableName('李红珍')).toBe('李红珍');
    expect(wrappableName('施耐德电气(中国)有限公司')).toBe('施耐德电气(中国)有限公司');
    expect(wrappableName('青川禾川施耐德电气(中国)有限公司').split('\u200b')).toEqual([
      ...'青川禾川施耐德电气',
      '(中',
      '国)',
      ...'有限公司',
    ]);
    expect(
      wrappableName('青禾集团与宁湖县人民政府“产业协作”框架协议签约仪式（第二批）').split('\u200b'),
    ).toEqual(expect.arrayContaining(['“产', '作”', '（第', '批）']));
    expect(wrappableName('Schneider Electric China Co Ltd')).toBe('Schneider Electric China Co Ltd');
    expect(wrappableName('禾川 Tech 大厦 A 座 东 区 二 层')).toBe(
      '禾川 Tech 大厦 A 座 东 区 二 层'.replace('禾川', '禾\u200b川').replace('大厦', '大\u200b厦'),
    );
  });
});
