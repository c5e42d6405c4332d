import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, relations, rolesIn, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules generalised from the wild train half (tests/fixtures/wild/train) and from the shapes of real pages: each
 * case is a sentence of its own with invented names, so a rule is tested apart from the page that asked for it.
 * These: who takes part, and how (seed/pipeline/extract/participation/).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('meetings and who takes part', () => {
  it('reads a 协商会 a body convenes, its host who also speaks, and who came to hear', () => {
    const roles = rolesIn(
      '4月9日，临渭区政协召开“民营经济发展”专题协商会，区政协主席焦远航主持会议并讲话，副区长祁文彬到会听取意见建议。',
      '协商会',
    );
    expect(roles).toEqual(
      expect.arrayContaining(['person:焦远航 speaker', 'person:焦远航 attendee', 'person:祁文彬 attendee']),
    );
  });

  it('makes companies whose heads put forward suggestions on a subject speakers', () => {
    const roles = rolesIn(
      '3月2日，临渭区召开民营企业座谈会。渭南柏瑞食品有限公司、陕西禾丰新材料有限公司负责人和部分人大代表围绕融资、用工等方面提出意见建议。',
      '座谈会',
    );
    expect(roles).toEqual(
      expect.arrayContaining(['org:渭南柏瑞食品有限公司 speaker', 'org:陕西禾丰新材料有限公司 speaker']),
    );
  });

  it('does not take 来到会场 for attending', () => {
    const roles = rolesIn(
      '5月6日，临渭区召开安全生产推进会。记者来到会场外的广场，居民司马青正在散步。',
      '推进会',
    );
    expect(roles).not.toContain('person:司马青 attendee');
  });
});

describe('speech as real pages write it', () => {
  it('hears a speech 在致祝酒词中 and one 代表…对…表示', () => {
    const roles = rolesIn(
      '1月9日，临渭区召开乡贤恳谈会。区委书记焦远航在致祝酒词中向各位来宾致以问候。区长祁文彬代表区委、区政府对各位乡贤的到来表示欢迎。',
      '恳谈会',
    );
    expect(roles).toEqual(expect.arrayContaining(['person:焦远航 speaker', 'person:祁文彬 speaker']));
  });

  it('makes bodies that report in turn on a subject speakers (依次结合…做了介绍交流)', () => {
    const roles = rolesIn(
      '9月25日，临渭区召开民营经济座谈会。会上，区发改局、区商务局相关负责人依次结合自身工作实际就课题做了介绍交流。',
      '座谈会',
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'org:陕西省渭南市临渭区发改局 speaker',
        'org:陕西省渭南市临渭区商务局 speaker',
      ]),
    );
  });
});

describe('attendees as pages list them', () => {
  it('reads bodies listed in a clause of their own before who attends (区发改局、区商务局，各街道负责同志参加)', () => {
    const roles = rolesIn(
      '4月7日，临渭区召开招商引资调度会。区发改局、区商务局，各街道主要负责同志参加会议。',
      '调度会',
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'org:陕西省渭南市临渭区发改局 attendee',
        'org:陕西省渭南市临渭区商务局 attendee',
      ]),
    );
  });

  it('reads people listed one per line above a line that says they attended', () => {
    const roles = rolesIn(
      '9月2日下午，临渭区人民政府与渭南云帆物流有限公司签署战略合作协议。\n渭南云帆物流有限公司董事长焦远航\n临渭区副区长祁文彬\n出席签约仪式\n',
      '签署',
    );
    expect(roles).toEqual(expect.arrayContaining(['person:焦远航 attendee', 'person:祁文彬 attendee']));
  });

  it('does not take people of an ordinary sentence above for attendees', () => {
    const roles = rolesIn(
      '9月2日下午，临渭区人民政府与渭南云帆物流有限公司签署战略合作协议。董事长焦远航介绍了公司情况。\n出席签约仪式的还有区直部门负责人。\n',
      '签署',
    );
    expect(roles).not.toContain('person:焦远航 attendee');
  });
});

describe('who leads a touring group', () => {
  it('does not make who will lead a team or the members an attendee', () => {
    const roles = rolesIn(
      '5月6日，临渭区召开安全生产推进会。会上，董事长焦远航表示，将团结带领班子成员推动集团发展。',
      '推进会',
    );
    expect(roles).not.toContain('person:焦远航 attendee');
  });
});

describe('accounts heard', () => {
  it('makes whose account is heard a speaker (听取X关于…的介绍)', () => {
    const roles = rolesIn(
      '5月6日，临渭区召开乡村振兴推进会。会上听取了金塘村党支部书记曾立新关于村企共建的介绍。',
      '推进会',
    );
    expect(roles).toContain('person:曾立新 speaker');
  });
});

describe('sessions of a standing committee', () => {
  it('reads names closed by 列席 and 应邀, and who takes the oath of office as attending the session', () => {
    const text =
      '2023年6月29日上午，云岩区十届人大常委会召开第十六次会议。区人大常委会主任甘若水主持会议。\n会议任命仲文博为云岩区人民政府副区长。经表决通过后，仲文博进行了宪法宣誓。\n区人民法院院长闻达应邀列席会议，常务副区长祁望舒列席会议。';
    const roles = rolesIn(text, '第十六次会议');
    expect(roles).toEqual(
      expect.arrayContaining([
        'person:仲文博 attendee',
        'person:闻达 attendee',
        'person:祁望舒 attendee',
        'person:甘若水 attendee',
      ]),
    );
  });
});

describe('who signs', () => {
  it('does not take who congratulates on the signing (对协议的成功签署表示祝贺) for a signatory', () => {
    const text =
      '今天上午，宝山区人民政府与天津鑫源食品集团有限公司签署全面战略合作框架协议。区委书记殷明，区委副书记、区长毛松出席签约仪式。\n殷明、毛松对协议的成功签署表示祝贺。';
    const roles = rolesIn(text, '签署');
    expect(roles).toContain('person:殷明 attendee');
    expect(roles.filter((r) => r.endsWith('signatory') && r.startsWith('person:'))).toEqual([]);
  });
});

describe('attending a meeting named without 会', () => {
  it('makes who 参加座谈 an attendee of the 座谈会, not of the visit before it', () => {
    const text =
      '4月21日，丹江县委书记穆远帆率代表团来宜川县考察交流。\n22日上午，丹宜考察交流座谈会在宜川县召开。\n丹江县副县长岳清和参加座谈。';
    expect(rolesIn(text, '座谈会')).toContain('person:岳清和 attendee');
    expect(rolesIn(text, '宜川县考察交流')).not.toContain('person:岳清和 attendee');
  });
});

describe('who attends', () => {
  it('leaves out who is named after the attending verb in a clause that tells what they did', () => {
    const roles = rolesIn(
      '8月23日，翠溪区（深圳）招商推介会在深圳市福田区举行。翠溪区委副书记、区长蒲远山出席推介会并致辞，副区长罗佩琳推介了翠溪区投资环境。',
      '推介会',
    );
    expect(roles).toContain('person:蒲远山 attendee');
    expect(roles).toContain('person:罗佩琳 speaker');
    expect(roles).not.toContain('person:罗佩琳 attendee');
  });

  it('still makes who is listed before a later attending verb an attendee', () => {
    const roles = rolesIn(
      '8月17日上午，嘉荫县与佛山市南海区对口合作座谈会召开。南海区委副书记、区长孔维山出席会议并讲话，南海区领导梁嘉木、麦晓春参加会议。',
      '座谈会',
    );
    expect(roles).toEqual(expect.arrayContaining(['person:梁嘉木 attendee', 'person:麦晓春 attendee']));
  });
});

describe('who signs for a party', () => {
  it('makes the bodies of who signs (A党支部书记X与B村党总支书记Y签署…) sign and partner', () => {
    const a = annotate(
      '5月9日，杭州禾丰电子有限公司党支部与新桥村举行结对共建签约仪式。杭州禾丰电子有限公司党支部书记方立言与新桥村党总支书记邬晓梅签署了结对共建协议。',
    );
    expect(relations(a)).toContain('PARTNERS_WITH org:杭州禾丰电子有限公司党支部 -> org:新桥村党总支');
    expect(rolesIn(a.article.text, '结对共建签约')).toEqual(
      expect.arrayContaining(['org:新桥村党总支 signatory', 'person:邬晓梅 signatory']),
    );
  });

  it('makes no agreement of signers who only talk', () => {
    const a = annotate(
      '会上，杭州禾丰电子有限公司总经理方立言与宁波港联物流有限公司董事长邬晓梅就战略合作进行了交流。',
    );
    expect(relations(a).filter((r) => r.startsWith('PARTNERS_WITH'))).toEqual([]);
  });
});

describe('what is said after a meeting told as where it was said', () => {
  const text =
    '10月9日，东湖建设集团总经理柯望川一行来鹤壁考察。副市长祁文彬出席座谈会。\n座谈会上，双方观看了宣传片。鹤壁市发改委介绍了重点项目。\n柯望川表示，集团看好鹤壁的区位条件。\n祁文彬表示，鹤壁将做好服务保障。';
  it('stays with the meeting until something else is named', () => {
    expect(rolesIn(text, '座谈会')).toEqual(
      expect.arrayContaining(['person:柯望川 speaker', 'person:祁文彬 speaker']),
    );
  });
});

describe("a delegation's visit told from the host's side", () => {
  const text =
    '座谈会开始前，与会人员观看了招商短片。\n鸡冠区区长闵若川就鸡冠区营商环境向考察团作了推介。\n拱墅区工商联主席柯望川在座谈中表示，此行收获很大。\n考察期间，考察团还先后走访了鸡冠区红枫农业园区和东澜商贸中心。';
  it('gives who speaks to the meeting, not to the visit that 考察团 and 考察 name', () => {
    expect(rolesIn(text, '鸡冠区座谈会')).toEqual(
      expect.arrayContaining(['person:闵若川 speaker', 'person:柯望川 speaker']),
    );
    expect(rolesIn(text, '鸡冠区考察')).toEqual([]);
  });
});

describe('what is said', () => {
  it('gives a speaker to the happening told, not to one named in what they say', () => {
    const text =
      '禾溪镇乡贤恳谈会5日在镇文化中心召开。镇长周启航表示，禾溪茶叶协会于去年三月成立，会员已有百余家。';
    expect(rolesIn(text, '乡贤恳谈会')).toContain('person:周启航 speaker');
    expect(rolesIn(text, '协会成立')).toEqual([]);
  });

  it('still reads a happening named before the speech verb', () => {
    const roles = rolesIn('6日，禾溪茶叶协会成立大会召开，会长林青川表示，协会将服务茶农。', '协会成立');
    expect(roles).toContain('person:林青川 speaker');
  });

  it('reads a name followed by 致开幕词 as a person who speaks', () => {
    const roles = rolesIn(
      '禾城市茶文化研究会第三次会员代表大会8日召开。大会由秘书长邵明远主持，副会长柯望舒致开幕词。',
      '会员代表大会',
    );
    expect(roles).toContain('person:柯望舒 speaker');
  });
});
