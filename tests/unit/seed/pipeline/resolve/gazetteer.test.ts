import { beforeAll, describe, expect, it } from 'vitest';
import { type Division, gazetteer, shortForm } from '../../../../../seed/pipeline/gazetteer/gazetteer.ts';
import { annotate, ids, WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('gazetteer', () => {
  const gaz = gazetteer();

  it('knows both 普陀区 and where 桃浦镇 is', () => {
    expect(gaz.byName('普陀区').map((d) => d.code)).toEqual(['310107', '330903']);
    const [taopu] = gaz.byName('桃浦镇');
    expect(taopu?.code).toBe('310107103');
    expect(taopu && gaz.qualifiedName(taopu)).toBe('上海市普陀区桃浦镇');
  });

  it('qualifies names with their parents, leaving placeholders out', () => {
    const [yuhang] = gaz.byName('余杭区');
    expect(yuhang && gaz.qualifiedName(yuhang)).toBe('浙江省杭州市余杭区');
    const [shanghai] = gaz.byName('上海市');
    expect(shanghai && gaz.qualifiedName(shanghai)).toBe('上海市');
  });

  it.each([
    ['上海市', '上海'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['浦东新区', '浦东'],
    ['桃浦镇', '桃浦'],
    ['粤海街道', '粤海'],
  ])('short form of %s is %s', (name, short) => {
    expect(shortForm(name)).toBe(short);
  });

  it('ships no economic zones or nameless units as divisions', () => {
    expect(gaz.byName('街道')).toEqual([]);
    expect(gaz.byName('苏州工业园区')).toEqual([]);
  });
});

describe('choosing between units of the same name', () => {
  it('puts 普陀区 in Shanghai when the article names 桃浦镇', () => {
    expect(ids(annotate('联盟在普陀区桃浦镇未来岛园区成立。'))).toContain('place:上海市普陀区');
  });

  it('puts 普陀区 in Zhoushan when the article names 舟山市 or 六横镇', () => {
    expect(ids(annotate('舟山市普陀区召开大会。'))).toContain('place:浙江省舟山市普陀区');
    expect(ids(annotate('普陀区六横镇的企业获奖。'))).toContain('place:浙江省舟山市普陀区');
  });

  it("uses the outlet's home and then prominence when nothing else decides", () => {
    expect(ids(annotate('普陀区召开大会。', { source: '舟山日报' }))).toContain('place:浙江省舟山市普陀区');
    expect(ids(annotate('普陀区召开大会。'))).toContain('place:上海市普陀区');
    expect(ids(annotate('南山区召开大会。'))).toContain('place:广东省深圳市南山区');
  });
});

describe('city short forms that are everyday words', () => {
  it('read 来宾 (guests), 白银 (silver) and 日照 (sunshine) as words', () => {
    const a = annotate('5月6日，区长顾青山会见来宾并座谈，介绍白银价格和日照时间。');
    expect(ids(a).filter((id) => id.startsWith('place:'))).toEqual([]);
  });

  it('read them as the city once the full name is written', () => {
    const a = annotate('5月6日，来宾市委书记顾青山会见客商，来宾副市长林望舒陪同。');
    expect(a.relations.map((r) => `${r.from}>${r.to}`)).toContain('person:林望舒>place:广西壮族自治区来宾市');
  });
});

describe('the gazetteer quick name tests', () => {
  const gaz = gazetteer();

  it('lets every full name and short form through mayBeName / mayBeShortName (no false negative)', () => {
    // (The name tables are private: read here to ask the quick test about every one of their keys.)
    const tables = gaz as unknown as { full: Map<string, Division[]>; short: Map<string, Division[]> };
    expect(tables.full.size).toBeGreaterThan(1000);
    expect(tables.short.size).toBeGreaterThan(1000);
    for (const name of tables.full.keys()) {
      expect(gaz.byName(name).length, name).toBeGreaterThan(0);
      if (!gaz.mayBeName(name, 0, name.length)) expect.fail(`mayBeName misses ${name}`);
      const text = `据报道，${name}召开会议`;
      if (!gaz.mayBeName(text, 4, 4 + name.length)) expect.fail(`mayBeName misses ${name} in a sentence`);
    }
    for (const short of tables.short.keys()) {
      expect(gaz.byShortName(short).length, short).toBeGreaterThan(0);
      if (!gaz.mayBeShortName(short, 0, short.length)) expect.fail(`mayBeShortName misses ${short}`);
      const text = `据报道，${short}召开会议`;
      if (!gaz.mayBeShortName(text, 4, 4 + short.length))
        expect.fail(`mayBeShortName misses ${short} in a sentence`);
    }
    // Including the names read as full names besides the units' own (黔东南州 for 黔东南苗族侗族自治州).
    expect(gaz.mayBeName('黔东南州', 0, 4)).toBe(true);
    expect(gaz.mayBeShortName('浦东', 0, 2)).toBe(true);
  });
});
