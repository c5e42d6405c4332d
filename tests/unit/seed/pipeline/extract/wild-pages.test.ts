import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules generalised from the wild train half (tests/fixtures/wild/train) and from the shapes of real pages: each
 * case is a sentence of its own with invented names, so a rule is tested apart from the page that asked for it.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

/** PARTICIPATED_IN lines of one event-name fragment, as `from role`. */
function rolesIn(text: string, event: string): string[] {
  return relations(annotate(text))
    .filter((r) => r.startsWith('PARTICIPATED_IN') && r.includes(event))
    .map((r) => {
      const [, from, , , role] = r.split(' ');
      return `${from} ${role}`;
    });
}

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

describe('foundings and unveilings', () => {
  it('founds a joint party committee 正式揭牌成立 in its town, launched by the leaders who attend', () => {
    const a = annotate(
      '9日，书洋镇“茶旅融合”片区联合党委正式揭牌成立。南靖县领导邬启明、任海澄出席活动。活动中，与会领导共同为片区联合党委揭牌。',
    );
    const event = 'event:2023-05-09:书洋镇茶旅融合片区联合党委成立';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `FOUNDED_AT org:茶旅融合片区联合党委 -> ${event}`,
        'LOCATED_IN org:茶旅融合片区联合党委 -> place:福建省漳州市南靖县书洋镇',
        `PARTICIPATED_IN person:邬启明 -> ${event} launcher`,
        `PARTICIPATED_IN person:任海澄 -> ${event} launcher`,
      ]),
    );
  });

  it('reads the unveiling of something that is no entity of its own, on the day it is told', () => {
    const a = annotate(
      '5月9日，莲池区东关街道“云岭科创园”企业服务中心揭牌启用。区委常委邬启明、街道党工委书记任海澄共同为服务中心揭牌。',
    );
    const event = 'event:2023-05-09:云岭科创园企业服务中心揭牌';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `HELD_AT ${event} -> place:云岭科创园`,
        `PARTICIPATED_IN person:任海澄 -> ${event} launcher`,
      ]),
    );
  });

  it('reads no unveiling from who unveils it or from a plan', () => {
    const a = annotate('区领导共同为服务中心揭牌。该中心计划下月正式揭牌运营。');
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([]);
  });
});

describe('speech, signings and visits as real pages write them', () => {
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

  it('reads an agreement with a long title in book marks', () => {
    const a = annotate(
      '签约仪式上，渭南云帆物流有限公司党支部与渭南禾润农业有限公司党支部正式签订《城市基层党组织与农村基层党组织结对共建协议》。',
    );
    expect(relations(a)).toContain(
      'PARTNERS_WITH org:渭南云帆物流有限公司党支部 -> org:渭南禾润农业有限公司党支部',
    );
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:渭南云帆物流有限公司党支部与渭南禾润农业有限公司党支部城市基层党组织与农村基层党组织结对共建协议签订',
    ]);
  });

  it('reads a delegation that 莅临 a zone to inspect as a visit there', () => {
    const a = annotate('4月19日下午，市政协副主席焦远航一行莅临临渭区调研。');
    expect(ids(a)).toContain('event:2023-04-19:临渭区调研');
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

describe('touring meetings', () => {
  it('holds a 现场观摩会 at the sites it toured, led by who brings the touring group', () => {
    const a = annotate(
      '3月9日，花溪区举行重大项目现场观摩会，区委书记焦远航带领观摩组先后来到贵州岚山科技有限公司二期厂房、花溪云栖科技园，实地察看项目建设进度。',
    );
    const event = 'event:2023-03-09:花溪区重大项目现场观摩会';
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `HELD_AT ${event} -> place:花溪云栖科技园`,
        `PARTICIPATED_IN person:焦远航 -> ${event} attendee`,
      ]),
    );
  });

  it('does not make who will lead a team or the members an attendee', () => {
    const roles = rolesIn(
      '5月6日，临渭区召开安全生产推进会。会上，董事长焦远航表示，将团结带领班子成员推动集团发展。',
      '推进会',
    );
    expect(roles).not.toContain('person:焦远航 attendee');
  });
});

describe('accounts heard and a division’s people’s organisations', () => {
  it('makes whose account is heard a speaker (听取X关于…的介绍)', () => {
    const roles = rolesIn(
      '5月6日，临渭区召开乡村振兴推进会。会上听取了金塘村党支部书记曾立新关于村企共建的介绍。',
      '推进会',
    );
    expect(roles).toContain('person:曾立新 speaker');
  });

  it('places a division’s 工商联 in the division', () => {
    const a = annotate('6月2日，临渭区召开民营企业座谈会，临渭区工商联负责人出席。');
    expect(relations(a)).toContain('LOCATED_IN org:陕西省渭南市临渭区工商联 -> place:陕西省渭南市临渭区');
  });
});

describe('fourth batch: visits written before their verb, second mentions, closing credits', () => {
  it('reads a titled person going to a named place to visit, with nothing after the verb, as a visit held there', () => {
    const text =
      '2023年5月8日，云岩区委书记祁望舒到东溪智造园调研，了解园区企业生产情况。区领导甘若水、仲文博参加调研。';
    const annotation = annotate(text);
    expect(ids(annotation)).toContain('event:2023-05-08:东溪智造园调研');
    expect(relations(annotation)).toContain('HELD_AT event:2023-05-08:东溪智造园调研 -> place:东溪智造园');
    expect(rolesIn(text, '东溪智造园调研')).toEqual(
      expect.arrayContaining(['person:祁望舒 attendee', 'person:甘若水 attendee', 'person:仲文博 attendee']),
    );
  });

  it('holds the visit where the leader went even when a later 深入 goes nowhere (深入学习…视察广东…)', () => {
    const text =
      '2023年5月8日，云岩区委书记祁望舒到东溪智造园调研，了解园区企业生产情况。\n祁望舒强调，要深入学习贯彻总书记视察贵州重要讲话精神。';
    const held = relations(annotate(text)).filter((r) => r.startsWith('HELD_AT'));
    expect(held).toEqual(['HELD_AT event:2023-05-08:东溪智造园调研 -> place:东溪智造园']);
  });

  it('holds a visit at no place named inside a company name no list knows (赴…、安徽青石、…等企业开展…)', () => {
    const text =
      '2月2日上午，谢家集区委书记霍东篱率队先后赴绿野集团、安徽青石、金源水泥等企业开展春节走访慰问活动。';
    const annotation = annotate(text);
    expect(ids(annotation).filter((id) => id.endsWith(':春节走访慰问'))).toHaveLength(1);
    expect(relations(annotation).filter((r) => r.startsWith('HELD_AT'))).toEqual([]);
  });

  it('needs a titled person going there (a plan or a bare going is no visit)', () => {
    const annotation = annotate('2023年5月8日，欢迎大家到东溪智造园调研，共谋发展。');
    expect(ids(annotation).filter((id) => id.startsWith('event:'))).toEqual([]);
  });

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

describe('fourth batch: sessions of a standing committee', () => {
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

describe('signings told twice', () => {
  it('takes the same parties signing again (签约仪式上，…正式签订《…》) for the same signing', () => {
    const text =
      '近日，青禾城投园林公司党支部赴蒲江县望溪村开展结对帮扶活动。现场，青禾城投园林公司党支部与望溪村党总支签订《结对共建协议》。\n签约仪式上，青禾城投园林公司党支部与望溪村党总支正式签订《城乡基层党组织结对共建协议》。';
    const signings = ids(annotate(text)).filter((id) => id.startsWith('event:') && id.endsWith('签订'));
    expect(signings).toEqual(['event:青禾城投园林公司党支部与望溪村党总支结对共建协议签订']);
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

describe('which happening a paragraph is about', () => {
  it('goes on with a meeting a paragraph opened on (座谈会上，…) when the next has no cue of its own', () => {
    const text =
      '10月11日，江岸区委书记戚明远到滨江智造园调研，并召开座谈会。\n座谈会上，湖北鼎丰机械有限公司总经理鲍文川汇报了生产经营情况。\n戚明远表示，要主动靠前服务企业。';
    expect(rolesIn(text, '座谈会')).toContain('person:戚明远 speaker');
    expect(rolesIn(text, '滨江智造园调研')).not.toContain('person:戚明远 speaker');
  });

  it('takes 会上 for the meeting told last, and goes on with it, not with a visit told before it', () => {
    const text =
      '7月11日，青禾区企业联合会党支部一行近30人，前往松江区叶榭镇开展考察学习交流活动。\n随后，在叶榭镇政府会议室召开了“青禾企联与叶榭园区企业家座谈会”。\n会上，青禾区企联会秘书长郁文澜、党支部书记褚北辰分别介绍了两地企联的工作情况。叶榭镇副镇长晏清和介绍了叶榭镇的发展情况。';
    const meeting = rolesIn(text, '青禾企联与叶榭园区企业家座谈会');
    expect(meeting).toContain('person:郁文澜 speaker');
    expect(meeting).toContain('person:晏清和 speaker');
    expect(rolesIn(text, '叶榭镇考察')).not.toContain('person:晏清和 speaker');
  });

  it('still falls back to the first happening after a paragraph with no cue', () => {
    const text =
      '10月11日，江岸区委书记戚明远到滨江智造园调研，并召开座谈会。\n湖北鼎丰机械有限公司总经理鲍文川陪同。\n戚明远表示，要主动靠前服务企业。';
    expect(rolesIn(text, '滨江智造园调研')).toContain('person:戚明远 speaker');
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

describe('fifth session: names and bodies as real pages write them', () => {
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

describe('the day of a happening told later', () => {
  it('dates a meeting told after the day with no happening read before it by that day', () => {
    const a = annotate(
      '5月11日，临渭区企业联合会一行前往张堰镇交流。\n随后，在临渭区人民政府会议室召开了“企业家座谈会”。',
    );
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual(['event:2023-05-11:企业家座谈会']);
  });
});

describe('a signing told again by its act', () => {
  it('reads 进行了现场签约 after a signing ceremony as the ceremony, with its signers', () => {
    const a = annotate(
      '5月14日上午，道县人民政府与渭南云帆物流有限公司合作框架协议签约仪式举行。最后，副县长张一波代表道县人民政府与渭南云帆物流有限公司董事长刘嗣扬进行了现场签约。',
    );
    const events = ids(a).filter((id) => id.startsWith('event:'));
    expect(events).toEqual(['event:2023-05-14:道县人民政府与渭南云帆物流有限公司合作框架协议签约仪式']);
    expect(rolesIn(a.article.text, '合作框架协议签约仪式')).toEqual(
      expect.arrayContaining(['person:张一波 signatory', 'person:刘嗣扬 signatory']),
    );
  });

  it('keeps a signing told by its act at another happening its own', () => {
    const a = annotate('5月9日，临渭区招商推介会举行。推介会上，临渭区与6家企业集中签约。');
    expect(ids(a).filter((id) => id.startsWith('event:'))).toHaveLength(2);
  });
});

describe('two happenings of one ceremony', () => {
  it('reads …成立暨启动仪式 as one founding (a bare start is its own)', () => {
    const a = annotate('5月7日，临渭区两新组织党建联盟成立暨启动仪式在滨河社区举行。');
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2023-05-07:临渭区两新组织党建联盟成立',
    ]);
  });
});

describe('a happening told again by fewer of its words', () => {
  const text =
    '9月3日，县长柯望川带队赴湖州市考察，并在湖州举办了临渭文旅招商推介会。\n当天下午，文旅推介会正式举行。会议由县文旅局局长祁文彬主持，副县长焦远航介绍了临渭县的文旅资源。';
  it('is the one told before, and who takes part later takes part in it', () => {
    const events = ids(annotate(text)).filter((id) => id.startsWith('event:'));
    expect(events).not.toContain('event:2023-09-03:文旅推介会');
    expect(rolesIn(text, '临渭文旅招商推介会')).toEqual(
      expect.arrayContaining(['person:祁文彬 attendee', 'person:焦远航 speaker']),
    );
  });

  it('is another happening when told on a day of its own', () => {
    const events = ids(annotate('5月1日，青河市召开政协企业家座谈会。5月9日，青河市召开政企座谈会。')).filter(
      (id) => id.startsWith('event:'),
    );
    expect(events).toEqual(
      expect.arrayContaining(['event:2023-05-01:政协企业家座谈会', 'event:2023-05-09:政企座谈会']),
    );
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

describe('an alliance charter signed with 了', () => {
  it('is triggered by the verb itself', () => {
    const a = annotate(
      '青河县9个基层党组织近日在城关镇柳岸社区共同启动“同心”党建联盟。启动仪式上，柳岸社区党委、青河县市场监管局党支部、青河县人民医院党总支等9家成员单位代表共同签署了联盟公约。',
    );
    const signing = a.entities.find((e) => e.type === 'Event' && e.id.endsWith('公约签署'));
    const mention = signing?.mentions?.[0];
    expect(mention && a.article.text.slice(mention.start, mention.end)).toBe('签署');
  });
});
