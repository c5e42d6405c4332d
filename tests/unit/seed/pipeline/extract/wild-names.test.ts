import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, rolesIn, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules generalised from the wild train half (tests/fixtures/wild/train) and from the shapes of real pages: each
 * case is a sentence of its own with invented names, so a rule is tested apart from the page that asked for it.
 * These: names, bodies and places (seed/pipeline/extract/names.ts, named*.ts, bodies.ts, references.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('lists of people', () => {
  it('ends a list of names at a comma even when the next title ends like one (郜宇，秘书长)', () => {
    const a = annotate('临渭区政协副主席吕清扬、郜远，秘书长阮冬青出席会议。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:吕清扬', 'person:郜远', 'person:阮冬青']));
    expect(positionsOf(a, '郜远')).toEqual(positionsOf(a, '吕清扬'));
    expect(positionsOf(a, '阮冬青')).toEqual([positionsOf(a, '吕清扬')[0]?.replace('副主席', '秘书长')]);
  });
});

describe('villages and communities', () => {
  it('names a village written right after its town, whatever its first character reads as (曾塘村)', () => {
    const a = annotate(
      '在晋江市安海镇曾塘村，调研组察看了食品加工厂，听取曾塘村党支部书记、村委会主任曾立新关于村企共建的介绍。',
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['place:曾塘村', 'person:曾立新']));
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN place:曾塘村 -> place:福建省泉州市晋江市安海镇',
        'LOCATED_IN org:曾塘村党支部 -> place:曾塘村',
        'LOCATED_IN org:曾塘村村委会 -> place:曾塘村',
      ]),
    );
  });

  it('makes a place of a community named inside its body right after its subdistrict', () => {
    const a = annotate('7月3日，船山区嘉禾街道澄溪社区党委与遂宁瑞丰物流有限公司党支部签订结对共建协议。');
    expect(ids(a)).toEqual(expect.arrayContaining(['place:澄溪社区', 'org:澄溪社区党委']));
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN place:澄溪社区 -> place:四川省遂宁市船山区嘉禾街道',
        'LOCATED_IN org:澄溪社区党委 -> place:澄溪社区',
      ]),
    );
  });

  it('does not make a place of a village named only inside its body', () => {
    const a = annotate('会上，曾塘村党支部书记曾立新作交流发言。');
    expect(ids(a)).not.toContain('place:曾塘村');
  });
});

describe('parties of an agreement', () => {
  it('ends a company name at 与 after a kind of party (12家企业与) or before a name that starts at a division', () => {
    const a = annotate(
      '开园仪式上，绵阳岚山软件有限公司等首批8家企业与四川青衡园区运营有限公司签订入驻协议。',
    );
    expect(ids(a)).toContain('org:四川青衡园区运营有限公司');
    expect(relations(a)).toContain('PARTNERS_WITH org:绵阳岚山软件有限公司 -> org:四川青衡园区运营有限公司');
  });

  it('keeps 与 inside a name between two nouns (细胞与基因)', () => {
    expect(ids(annotate('中国科学院细胞与基因治疗研究所发布成果。'))).toContain(
      'org:中国科学院细胞与基因治疗研究所',
    );
  });
});

describe('names', () => {
  it('reads given names ending in 之 and with 月 (郝静之, 邢月), closed by a boundary', () => {
    const a = annotate('安塞区委书记温敬之，海南大学教授邢月出席。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:温敬之', 'person:邢月']));
  });

  it('reads a Mongolian name of two or more parts after a title (斯琴高娃, 巴特尔朝鲁)', () => {
    const a = annotate('赛罕区委书记斯琴高娃致辞，区长巴特尔朝鲁主持。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:斯琴高娃', 'person:巴特尔朝鲁']));
  });

  it('reads no name from a title followed by a month or by 之 and a noun', () => {
    const a = annotate('区长王强5月到任，董事长之职由他人接任。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual(['person:王强']);
  });
});

describe('what may follow a name', () => {
  it.each(['亲临', '督促', '检查', '叮嘱', '传达', '表态', '前往', '走进', '不时', '洽谈'])(
    'a titled name closed by %s is a person',
    (word) => {
      expect(
        ids(annotate(`2023年7月31日，云岩区召开安全生产推进会。副区长仲文博${word}会议有关事项。`)),
      ).toContain('person:仲文博');
    },
  );
});

describe('second mentions and closing credits', () => {
  it('reads a second mention by surname and title (祁书记表示) as the person who holds that title', () => {
    const text =
      '2023年5月8日，云岩区召开民营企业座谈会，区委书记祁望舒出席。黔中华远建材有限公司总经理闻达简要汇报了生产情况。\n祁书记表示，要当好企业的服务员。闻总介绍，公司将扩大产能。';
    expect(rolesIn(text, '座谈会')).toEqual(
      expect.arrayContaining(['person:祁望舒 speaker', 'person:闻达 speaker']),
    );
  });

  it('does not read a surname and title inside a longer word as a second mention', () => {
    const text =
      '2023年5月8日，云岩区召开民营企业座谈会，区委书记祁望舒出席。\n区直机关党委书记表示，要当好企业的服务员。';
    expect(rolesIn(text, '座谈会')).not.toContain('person:祁望舒 speaker');
  });

  it('names no entity after the writers\u2019 unit in the bracket that signs the body', () => {
    const annotation = annotate(
      '2023年5月8日，云岩区委书记祁望舒到东溪智造园调研。\n（黔中华远建材有限公司 林一舟、夏蔓）',
      { reporters: ['林一舟', '夏蔓'] },
    );
    expect(ids(annotation).filter((id) => id.includes('华远'))).toEqual([]);
  });
});

describe('a division’s people’s organisations', () => {
  it('places a division’s 工商联 in the division', () => {
    const a = annotate('6月2日，临渭区召开民营企业座谈会，临渭区工商联负责人出席。');
    expect(relations(a)).toContain('LOCATED_IN org:陕西省渭南市临渭区工商联 -> place:陕西省渭南市临渭区');
  });
});

describe('names and bodies as real pages write them', () => {
  it('reads a party body written again without its first words as the same body', () => {
    const a = annotate(
      '近日，云栖湾商圈联合党委成立授牌仪式在云栖湾广场举行。副区长祁文彬表示，商圈联合党委要整合驻区企业力量。',
    );
    const bodies = ids(a).filter((id) => id.endsWith('联合党委'));
    expect(bodies).toEqual(['org:云栖湾商圈联合党委']);
  });

  it('reads 区法院 and 区检察院 as the district’s 人民法院 and 人民检察院 the text names in full', () => {
    const a = annotate(
      '会议任命钱小禾为雨花台区人民法院审判员。区法院院长韦立新、区检察院检察长苗远列席会议，报雨花台区人民检察院备案。',
    );
    const courts = ids(a).filter((id) => /法院|检察院/.test(id));
    expect(courts.sort()).toEqual(['org:江苏省南京市雨花台区人民检察院', 'org:江苏省南京市雨花台区人民法院']);
  });

  it('gives who is a member of a bureau’s party group 成员 there and the next title at the bureau', () => {
    const a = annotate('宜昌市科技局党组成员、副局长乔远帆出席会议。');
    expect(positionsOf(a, '乔远帆')).toEqual([
      '成员 -> org:湖北省宜昌市科技局党组',
      '副局长 -> org:湖北省宜昌市科技局',
    ]);
  });
});

describe('words read as names on real pages', () => {
  it('reads a person named after a title again with a verb right after the name as that person (甲乙丙能)', () => {
    const a = annotate('新任鄉長林文照今日宣誓就職。縣長期許鄉長林文照能傾聽鄉民心聲。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual(['person:林文照']);
  });

  it('reads no person from roads or firms listed with others (<surname>禾路, <firm>、<three characters>、<firm>)', () => {
    const a = annotate(
      '调研组察看了辖区青石线、柯禾路、韦山路等农村公路。随后走访了青石汽配、柯中景、远帆景观等企业。',
    );
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('still reads people listed bare between separators (陪同人员：…)', () => {
    const a = annotate('陪同人员：柯立群、韦一山，邝文轩。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:柯立群', 'person:韦一山', 'person:邝文轩']));
    const b = annotate('會上，柯立宏、韋文遠分別介紹了年度會務。');
    expect(ids(b)).toContain('person:柯立宏');
  });

  it('reads 代表 after a title as no name (轮值主席代表、常务副会长X致辞)', () => {
    const a = annotate('青禾商会举行季度交接会，轮值主席代表、常务副会长柯光明致辞。');
    expect(ids(a)).not.toContain('person:代表');
    expect(ids(a)).toContain('person:柯光明');
  });
});

describe('lists after a title on Macau and Hong Kong pages', () => {
  it('goes on over a space after 、 and holds the title for the item before 等 and the others', () => {
    const a = annotate('澳門青禾同鄉會舉辦新春茶聚。該會副理事長柯文彬、韋國川、 邝立山等理監事出席。');
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'HOLDS_POSITION person:韦国川 -> org:澳门青禾同乡会 副理事長',
        'HOLDS_POSITION person:邝立山 -> org:澳门青禾同乡会 副理事長',
      ]),
    );
  });
});
