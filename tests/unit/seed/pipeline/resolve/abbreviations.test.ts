import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('bodies written with a bare level (区委, 镇党委, 市经信委)', () => {
  it('take the district the article names', () => {
    const a = annotate('普陀区举行活动。区委组织部副部长卢礼卿,区科委副主任陈先宏出席。');
    expect(ids(a)).toEqual(expect.arrayContaining(['org:上海市普陀区委组织部', 'org:上海市普陀区科委']));
    const body = a.entities.find((e) => e.id === 'org:上海市普陀区委组织部');
    expect(body?.name).toBe('普陀区委组织部');
    expect(body?.aliases).toContain('区委组织部');
  });

  it('take the district from the gazetteer when the article names only a town in it', () => {
    const a = annotate('桃浦镇举行活动。区科委副主任陈先宏出席。');
    expect(ids(a)).toContain('org:上海市普陀区科委');
    expect(ids(a)).not.toContain('place:上海市普陀区');
  });

  it('take the nearest town named before', () => {
    const a = annotate('桃浦镇党委副书记龚燕凌,镇党委委员徐琳授牌。');
    expect(ids(a)).toContain('org:上海市普陀区桃浦镇党委');
  });

  it('take the city of a named district for 市', () => {
    expect(ids(annotate('钱塘区委常委出席。市经信委主任甘露华表示。'))).toContain('org:浙江省杭州市经信委');
  });

  it('keep 人民政府 as written', () => {
    expect(ids(annotate('余杭区人民政府与企业签约。'))).toContain('org:浙江省杭州市余杭区人民政府');
  });

  it('do not read 园区党委 or 市场 as bodies', () => {
    const a = annotate('未来岛园区党委书记钱世嵘介绍,市场监管局也来了。');
    expect(ids(a)).toContain('org:未来岛园区党委');
    expect(ids(a).some((id) => id.includes('场监管'))).toBe(false);
  });
});

describe("a people's organisation written short after its full name", () => {
  it('is one body (市工商联 = 南通市工商业联合会)', () => {
    const a = annotate('南通市工商业联合会召开常委会议。市工商联主席顾青山主持会议。');
    const bodies = ids(a).filter((id) => id.startsWith('org:'));
    expect(bodies).toEqual(['org:江苏省南通市工商业联合会']);
    expect(a.entities.find((e) => e.id === bodies[0])?.aliases).toContain('市工商联');
  });
});
