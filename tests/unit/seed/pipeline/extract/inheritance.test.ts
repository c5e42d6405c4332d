import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('titles without an organisation of their own', () => {
  it('inherit in a list: 镇党委委员、组织委员 after 桃浦镇党委副书记', () => {
    const a = annotate('桃浦镇党委副书记龚燕凌,镇党委委员、组织委员徐琳,向成员单位代表授牌。');
    expect(positionsOf(a, '龚燕凌')).toEqual(['副书记 -> org:上海市普陀区桃浦镇党委']);
    expect(positionsOf(a, '徐琳')).toEqual([
      '委员 -> org:上海市普陀区桃浦镇党委',
      '组织委员 -> org:上海市普陀区桃浦镇党委',
    ]);
  });

  it('go to what a party committee leads: 区委副书记、区长 → the district', () => {
    const a = annotate('余杭区委书记邵景行,区委副书记、区长贺知远出席。');
    expect(positionsOf(a, '贺知远')).toEqual([
      '副书记 -> org:浙江省杭州市余杭区委',
      '区长 -> place:浙江省杭州市余杭区',
    ]);
  });

  it('go to the park a park committee belongs to: 园区党委书记、董事长', () => {
    const a = annotate('据未来岛园区党委书记、董事长钱世嵘介绍,园区发展很快。');
    expect(positionsOf(a, '钱世嵘')).toEqual(['书记 -> org:未来岛园区党委', '董事长 -> place:未来岛园区']);
  });

  it('go to the commission a commission committee belongs to: 市国资委党委书记、主任', () => {
    const a = annotate('济南市委召开会议。市国资委党委书记、主任柯文博出席会议并讲话。');
    expect(positionsOf(a, '柯文博')).toEqual([
      '书记 -> org:山东省济南市国资委党委',
      '主任 -> org:山东省济南市国资委',
    ]);
  });

  it('take the company from the previous person: A公司董事长张三、总经理李四', () => {
    const a = annotate('上海明远数据科技有限公司董事长张建国、总经理李慧敏出席。');
    expect(positionsOf(a, '李慧敏')).toEqual(['总经理 -> org:上海明远数据科技有限公司']);
  });

  it('name a unit body after the committee: 街道党工委副书记、办事处主任', () => {
    const a = annotate('粤海街道党工委书记杜承泽,街道党工委副书记、办事处主任欧阳蕾参加活动。');
    expect(positionsOf(a, '欧阳蕾')).toEqual([
      '副书记 -> org:广东省深圳市南山区粤海街道党工委',
      '主任 -> org:广东省深圳市南山区粤海街道办事处',
    ]);
  });

  it('resolve 公司 to the company named before', () => {
    const a = annotate('随后来到山东泉晟新能源装备有限公司。公司总经理李培元介绍了生产线。');
    expect(positionsOf(a, '李培元')).toEqual(['总经理 -> org:山东泉晟新能源装备有限公司']);
  });
});
