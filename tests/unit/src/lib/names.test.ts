import { describe, expect, it } from 'vitest';
import {
  displayAliases,
  englishName,
  englishNames,
  isEnglishName,
  isRomanisation,
  secondaryName,
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
