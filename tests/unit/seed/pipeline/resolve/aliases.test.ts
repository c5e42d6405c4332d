import { beforeAll, describe, expect, it } from 'vitest';
import { pinyinAliases, traditionalAlias } from '../../../../../seed/pipeline/resolve/aliases.ts';
import { brandShortForms, englishNames } from '../../../../../seed/pipeline/resolve/english-names.ts';
import { annotate, WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('aliases', () => {
  it('gives full pinyin, spaced pinyin and initials, reading surnames as surnames', () => {
    expect(pinyinAliases('李红珍')).toEqual(['lihongzhen', 'li hongzhen', 'lhz']);
    expect(pinyinAliases('曾乐')).toEqual(['zengle', 'zeng le', 'zl']);
    expect(pinyinAliases('欧阳蕾')).toEqual(['ouyanglei', 'ouyang lei', 'oyl']);
    expect(pinyinAliases('Julien Moreau')).toEqual([]);
  });

  it('gives the traditional form', () => {
    expect(traditionalAlias('普陀区委组织部')).toBe('普陀區委組織部');
    expect(traditionalAlias('Schneider')).toBeUndefined();
  });

  it('knows English names of well-known companies and their brand short forms', () => {
    expect(englishNames('施耐德电气(中国)有限公司')).toEqual([
      'Schneider Electric (China) Co., Ltd.',
      'Schneider Electric',
    ]);
    expect(englishNames('西门子(中国)有限公司')).toContain('Siemens');
    expect(englishNames('大众点评')).toEqual([]);
    expect(brandShortForms('施耐德电气(中国)有限公司')).toEqual(['施耐德电气', '施耐德']);
  });

  it('puts them on the entities', () => {
    const a = annotate('施耐德电气(中国)有限公司政府事务总监郁芳出席。');
    const company = a.entities.find((e) => e.id === 'org:施耐德电气(中国)有限公司');
    expect(company?.aliases).toEqual(
      expect.arrayContaining(['Schneider Electric', '施耐德', '施耐德電氣(中國)有限公司']),
    );
    expect(a.entities.find((e) => e.id === 'person:郁芳')?.aliases).toEqual([
      'yufang',
      'yu fang',
      'yf',
      '鬱芳',
    ]);
  });
});
