import { describe, expect, it } from 'vitest';
import { gazetteer, shortForm } from '../../../../../seed/pipeline/gazetteer/gazetteer.ts';
import { divisionForLevel, divisionForTitle } from '../../../../../seed/pipeline/resolve/context.ts';

/** Autonomous prefectures: their short forms, the X州 form news writes, and a bare 州委 or 州长. */
describe('autonomous prefectures', () => {
  const gaz = gazetteer();

  it.each([
    ['黔东南苗族侗族自治州', '黔东南'],
    ['黔西南布依族苗族自治州', '黔西南'],
    ['西双版纳傣族自治州', '西双版纳'],
    ['甘孜藏族自治州', '甘孜'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
  ])('short form of %s is %s', (name, short) => {
    expect(shortForm(name)).toBe(short);
  });

  it('reads X州 as the prefecture, by its full name', () => {
    expect(gaz.byName('黔东南州').map((d) => d.name)).toEqual(['黔东南苗族侗族自治州']);
    expect(gaz.byName('甘孜州').map((d) => d.name)).toEqual(['甘孜藏族自治州']);
  });

  it('places a bare 州 level at the prefecture named, not at a prefecture-level city', () => {
    const [prefecture] = gaz.byName('迪庆藏族自治州');
    const [city] = gaz.byName('昭通市');
    if (!prefecture || !city) throw new Error('gazetteer');
    const hits = [
      { start: 0, end: 3, division: city },
      { start: 10, end: 17, division: prefecture },
    ];
    expect(divisionForLevel(hits, '州', 30)?.name).toBe('迪庆藏族自治州');
    expect(divisionForTitle(hits, '副州长', 30)?.name).toBe('迪庆藏族自治州');
    expect(divisionForLevel([{ start: 0, end: 3, division: city }], '州', 30)).toBeUndefined();
  });
});
