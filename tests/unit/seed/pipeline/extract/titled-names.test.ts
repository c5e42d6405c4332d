import { beforeAll, describe, expect, it } from 'vitest';
import { makeDoc } from '../../../../../seed/pipeline/extract/doc.ts';
import { findTitledNames } from '../../../../../seed/pipeline/extract/titled-names.ts';
import { article, WARM_UP_TIMEOUT, warmUp } from './article.ts';

const titled = (text: string) => findTitledNames(makeDoc(article(text))).map((t) => t.name);

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('person names after titles', () => {
  it.each([
    ['普陀区委常委、组织部部长李红珍在讲话中表示', ['李红珍']],
    ['普陀区副区长肖立,区委组织部副部长卢礼卿', ['肖立', '卢礼卿']],
    [
      '施耐德电气(中国)有限公司政府事务总监郁芳,上海航天科工电器研究院有限公司副总经理匡秀娟,共同',
      ['郁芳', '匡秀娟'],
    ],
    ['桃浦镇党委副书记龚燕凌,镇党委委员、组织委员徐琳,向成员单位授牌', ['龚燕凌', '徐琳']],
    ['瀚澜智能董事长兼首席执行官林屹等出席', ['林屹']],
    ['钱塘区委常委、副区长时雨陪同走访', ['时雨']],
    ['南山区委常委、组织部部长欧阳蕾出席', ['欧阳蕾']],
    ['区委书记覃振宇、副区长冼嘉仪介绍', ['覃振宇', '冼嘉仪']],
  ])('%s', (text, names) => {
    expect(titled(text)).toEqual(names);
  });

  it('reads Latin names and keeps the family name as another surface', () => {
    const [name] = findTitledNames(
      makeDoc(article('克劳森集团首席执行官Matthias Krüger,苏州市商务局副局长任晓岚')),
    );
    expect(name?.name).toBe('Matthias Krüger');
    expect(name?.surfaces).toEqual(['Krüger']);
  });

  it('uses the original of a transliterated name as the canonical name', () => {
    const [name] = findTitledNames(
      makeDoc(article('法瑞德集团全球首席执行官朱利安·莫罗(Julien Moreau),嘉定区副区长邱慕华')),
    );
    expect(name?.name).toBe('Julien Moreau');
    expect(name?.surfaces).toContain('朱利安·莫罗');
    expect(name?.surfaces).toContain('莫罗');
  });

  it.each([
    '主任应邀出席会议',
    '书记高度重视安全工作',
    '主任委员会议召开',
    '董事会秘书处发布公告',
    '局长们全面部署',
  ])('takes no common words for names: %s', (text) => {
    expect(titled(text)).toEqual([]);
  });
});
