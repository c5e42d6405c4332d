import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, relations, rolesIn, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules generalised from the wild train half (tests/fixtures/wild/train) and from the shapes of real pages: each
 * case is a sentence of its own with invented names, so a rule is tested apart from the page that asked for it.
 * These: the happenings read (seed/pipeline/extract/events/).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

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

describe('visits written before their verb', () => {
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
});

describe('signings and visits as real pages write them', () => {
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
});

describe('signings told twice', () => {
  it('takes the same parties signing again (签约仪式上，…正式签订《…》) for the same signing', () => {
    const text =
      '近日，青禾城投园林公司党支部赴蒲江县望溪村开展结对帮扶活动。现场，青禾城投园林公司党支部与望溪村党总支签订《结对共建协议》。\n签约仪式上，青禾城投园林公司党支部与望溪村党总支正式签订《城乡基层党组织结对共建协议》。';
    const signings = ids(annotate(text)).filter((id) => id.startsWith('event:') && id.endsWith('签订'));
    expect(signings).toEqual(['event:青禾城投园林公司党支部与望溪村党总支结对共建协议签订']);
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

describe('what a speaker says happened', () => {
  it('reads no happening inside a long quoted remark; the one the story names takes its people', () => {
    const a = annotate(
      '“今年招商工作成效明显，12个项目的集中签约，标志着全县产业链又补上了关键一环。”9月6日上午，青禾县重点项目集中签约仪式在县会议中心举行。县领导柯立伟出席。',
    );
    const events = ids(a).filter((id) => id.startsWith('event:'));
    expect(events).toEqual(['event:2022-09-06:青禾县重点项目集中签约仪式']);
    expect(relations(a)).toContain(
      'PARTICIPATED_IN person:柯立伟 -> event:2022-09-06:青禾县重点项目集中签约仪式 attendee',
    );
  });
});

describe("an association's gatherings", () => {
  it('reads a tea gathering (茶聚) an association holds, named after it', () => {
    const a = annotate('澳門青禾同鄉會日前舉辦新春茶聚,逾百名會員出席。');
    expect(ids(a)).toContain('event:澳门青禾同乡会新春茶聚');
  });
});
