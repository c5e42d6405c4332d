import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

const located = (text: string) =>
  relations(annotate(text)).filter((r) => r.startsWith('LOCATED_IN') || r.startsWith('PART_OF'));

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('structure', () => {
  it('nests places written together and places a park after its town', () => {
    expect(located('联盟在普陀区桃浦镇未来岛园区宣告成立。')).toEqual([
      'LOCATED_IN place:上海市普陀区桃浦镇 -> place:上海市普陀区',
      'LOCATED_IN place:未来岛园区 -> place:上海市普陀区桃浦镇',
    ]);
  });

  it('places a body in its division and a department in its committee', () => {
    expect(located('普陀区委常委、组织部部长李红珍来到普陀区。')).toEqual([
      'LOCATED_IN org:上海市普陀区委 -> place:上海市普陀区',
      'PART_OF org:上海市普陀区委组织部 -> org:上海市普陀区委',
    ]);
  });

  it('reads 位于X的Y, 总部位于 and 地处', () => {
    expect(located('来到位于港沟街道的山东泉晟新能源装备有限公司。历城区地处济南东部。')).toEqual(
      expect.arrayContaining([
        'LOCATED_IN org:山东泉晟新能源装备有限公司 -> place:山东省济南市历城区港沟街道',
        'LOCATED_IN place:山东省济南市历城区 -> place:山东省济南市',
      ]),
    );
    expect(located('克劳森集团总部位于德国斯图加特,已有近百年历史。').sort()).toEqual([
      'LOCATED_IN org:克劳森集团 -> place:斯图加特',
      'LOCATED_IN place:斯图加特 -> place:德国',
    ]);
  });

  it('makes a subsidiary part of its group and a company committee part of its company', () => {
    expect(located('德国克劳森集团在华全资子公司克劳森传动技术(太仓)有限公司新工厂投产。')).toContain(
      'PART_OF org:克劳森传动技术(太仓)有限公司 -> org:克劳森集团',
    );
    expect(located('深圳芯澜微电子有限公司党支部书记、总经理聂远航发言。')).toContain(
      'PART_OF org:深圳芯澜微电子有限公司党支部 -> org:深圳芯澜微电子有限公司',
    );
  });

  it('lists the members of an alliance and the companies settled in a park', () => {
    const a = annotate(
      '张江细胞治疗产业创新联盟揭牌成立。联盟首批成员单位包括上海臻源细胞科技股份有限公司、上海启衡生物技术有限公司等42家企业。',
    );
    expect(relations(a).filter((r) => r.startsWith('MEMBER_OF'))).toEqual([
      'MEMBER_OF org:上海臻源细胞科技股份有限公司 -> org:张江细胞治疗产业创新联盟',
      'MEMBER_OF org:上海启衡生物技术有限公司 -> org:张江细胞治疗产业创新联盟',
    ]);
  });
});
