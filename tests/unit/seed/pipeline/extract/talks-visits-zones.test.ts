import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules generalised from the seventh batch of training articles (124–128): talks between a division and a company,
 * county bodies and zones led by a county's short form, 集中开工活动, visits `到A和B考察`, witnesses of a signing,
 * appointments read out after a colon, and topics that are activities or facilities. No name from those articles.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('organisations and places', () => {
  it('reads a county-level 政协 and a zone led by a short form the segmenter tags as an adverb or verb', () => {
    const a = annotate(
      '10月9日上午，安定区重点项目集中开工活动在安定经济开发区举行。区政协主席韩立新，安定经开区党工委书记、管委会主任邵启航出席活动。',
    );
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        'org:甘肃省定西市安定区政协',
        'place:安定经济开发区',
        'org:安定经开区党工委',
        'org:安定经开区管委会',
      ]),
    );
    expect(positionsOf(a, '邵启航')).toEqual([
      '书记 -> org:安定经开区党工委',
      '主任 -> org:安定经开区管委会',
    ]);
  });

  it('keeps 能 inside a company name after a one-character word (锂/能), not as a modal verb', () => {
    const a = annotate(
      '6月5日上午，湖南中科锂能新材料有限公司总经理王磊出席。该企业能为浙江华信有限公司提供服务。',
    );
    expect(ids(a)).toEqual(
      expect.arrayContaining(['org:湖南中科锂能新材料有限公司', 'org:浙江华信有限公司']),
    );
    expect(ids(a)).not.toContain('org:新材料有限公司');
  });

  it('starts a company name at its place when a modal character opens the brand (苏州能讯…)', () => {
    const a = annotate(
      '活动现场，苏州能讯高能半导体有限公司与浙江华信有限公司签署合作协议。苏州能为华信科技有限公司提供服务。',
    );
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        'org:苏州能讯高能半导体有限公司',
        'org:浙江华信有限公司',
        'org:华信科技有限公司',
      ]),
    );
  });

  it('does not join a place before 与 to the company after it', () => {
    const a = annotate('会上，杭州与宁波华信科技有限公司签约。');
    expect(ids(a)).toContain('org:宁波华信科技有限公司');
  });

  it('gives a division-level title after the division’s 人民政府 to the division', () => {
    const a = annotate('福建省人民政府副省长林文出席揭牌仪式并致辞。');
    expect(positionsOf(a, '林文')).toEqual(['副省长 -> place:福建省']);
  });

  it('reads 株式会社 as a company ending', () => {
    const a = annotate('江阴市委书记许峰会见了韩国三星电子株式会社副社长金成勋一行。');
    expect(positionsOf(a, '金成勋')).toEqual(['副社长 -> org:韩国三星电子株式会社']);
  });

  it('gives a 秘书长 after 市委常委 to the committee, not the city', () => {
    const a = annotate('嘉兴市委书记韩正阳会见客人，市委常委、秘书长郑立新参加会见。');
    expect(positionsOf(a, '郑立新')).toEqual(['常委 -> org:浙江省嘉兴市委', '秘书长 -> org:浙江省嘉兴市委']);
  });

  it('resolves a bare 园区党工委 to the industrial park named before', () => {
    const a = annotate('活动在苏州工业园区举行。园区党工委书记沈觅出席。');
    expect(positionsOf(a, '沈觅')).toEqual(['书记 -> org:苏州工业园区党工委']);
    expect(relations(a)).toContain('LOCATED_IN org:苏州工业园区党工委 -> place:苏州工业园区');
  });

  it('reads surnames missing from the 百家姓 (沐)', () => {
    const a = annotate('市委副书记、市长沐清远出席会议。');
    expect(ids(a)).toContain('person:沐清远');
  });
});

describe('events', () => {
  it('names a 集中开工活动 after what was done (活动 kept, as written) and holds it at the zone', () => {
    const a = annotate('10月9日上午，安定区重点项目集中开工活动在安定经济开发区举行。');
    expect(relations(a)).toContain(
      'HELD_AT event:2022-10-09:安定区重点项目集中开工活动 -> place:安定经济开发区',
    );
  });

  it('names talks after a division and a company, and both sides attend', () => {
    const a = annotate(
      '11月2日下午，鼓楼区与江苏瑞泓物联科技有限公司工作会谈在宁海路街道举行。区委书记柏文轩会见了公司总经理祁若愚一行。祁若愚对鼓楼区的支持表示感谢。',
    );
    const event = 'event:2022-11-02:鼓楼区与江苏瑞泓物联科技有限公司工作会谈';
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN org:江苏瑞泓物联科技有限公司 -> ${event} attendee`,
        `PARTICIPATED_IN person:柏文轩 -> ${event} attendee`,
        `PARTICIPATED_IN person:祁若愚 -> ${event} attendee`,
        `PARTICIPATED_IN person:祁若愚 -> ${event} speaker`,
        `HELD_AT ${event} -> place:江苏省南京市鼓楼区宁海路街道`,
      ]),
    );
  });

  it('makes a witness of a signing an attendee, not a signatory', () => {
    const a = annotate(
      '5月20日上午，南京工业大学与江苏瑞泓物联科技有限公司战略合作协议签约仪式举行。省科技厅副厅长阚明远见证签约。',
    );
    const roles = relations(a).filter((r) => r.startsWith('PARTICIPATED_IN person:阚明远'));
    expect(roles.map((r) => r.split(' ').pop())).toEqual(['attendee']);
  });

  it('does not make an appointee read out after a colon an attendee', () => {
    const a = annotate(
      '5月20日上午，普陀区召开全区领导干部会议。市委常委、组织部部长韦一帆出席会议并宣读决定：黎思远任普陀区委书记。',
    );
    expect(positionsOf(a, '黎思远')).toEqual(['书记 -> org:上海市普陀区委']);
    const attendees = relations(a).filter((r) => r.startsWith('PARTICIPATED_IN') && r.endsWith('attendee'));
    expect(attendees).toEqual([
      'PARTICIPATED_IN person:韦一帆 -> event:2023-05-20:普陀区全区领导干部会议 attendee',
    ]);
  });

  it('partners the first of A、B与C with each of the others, not B with C', () => {
    const a = annotate(
      '5月20日，南京工业大学、江苏瑞泓物联科技有限公司与南京经济技术开发区管理委员会签署三方合作协议。',
    );
    const partners = relations(a).filter((r) => r.startsWith('PARTNERS_WITH'));
    expect(partners.sort()).toEqual([
      'PARTNERS_WITH org:南京工业大学 -> org:南京经济技术开发区管理委员会',
      'PARTNERS_WITH org:南京工业大学 -> org:江苏瑞泓物联科技有限公司',
    ]);
  });

  it('holds a signing at a university campus', () => {
    const a = annotate(
      '5月20日上午，南京工业大学与江苏瑞泓物联科技有限公司签约仪式在南京工业大学江浦校区举行。',
    );
    expect(ids(a)).toContain('place:南京工业大学江浦校区');
  });

  it('names a visit made 到A和B考察 and holds it where a sentence opens 在X，', () => {
    const a = annotate(
      '5月19日，市委副书记、市长沐清远到秦淮区和南京经济技术开发区考察工业项目建设情况。在南京经济技术开发区，沐清远走进江苏瑞泓物联科技有限公司。',
    );
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN person:沐清远 -> event:2023-05-19:工业项目建设情况考察 attendee',
        'HELD_AT event:2023-05-19:工业项目建设情况考察 -> place:南京经济技术开发区',
      ]),
    );
  });
});

describe('a visit told by 到访', () => {
  it('is a visit to the body named after the verb, with the visitor and the host attending', () => {
    const a = annotate(
      '5月8日，海曙区人民政府副区长顾青山一行到访青禾科技有限公司，公司总经理林望舒陪同参观。',
    );
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN person:顾青山 -> event:2023-05-08:青禾科技有限公司到访 attendee',
        'PARTICIPATED_IN person:林望舒 -> event:2023-05-08:青禾科技有限公司到访 attendee',
      ]),
    );
  });

  it('is no visit in a welcome', () => {
    expect(ids(annotate('林望舒表示，欢迎各位到访。')).some((id) => id.startsWith('event:'))).toBe(false);
  });
});

describe('appointments', () => {
  it('makes a person of someone who no longer holds a post, without a position', () => {
    const a = annotate('会议宣布：黎思远任普陀区委书记；郑启明不再担任普陀区委书记职务。');
    expect(ids(a)).toContain('person:郑启明');
    expect(positionsOf(a, '郑启明')).toEqual([]);
  });

  it('reads two-character names listed after a role word, but not brands', () => {
    const a = annotate('出席会议的还有区领导周敏、吴涛、郑华。企业代表华为、小米、腾讯先后发言。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual([
      'person:周敏',
      'person:吴涛',
      'person:郑华',
    ]);
  });

  it('reads appointments and departures written with 同志', () => {
    const a = annotate(
      '会议宣布了省委决定：李明同志任衢州市柯城区委委员、常委、书记；王强同志不再担任柯城区委书记职务。经研究，决定任命陈思远同志为温州市鹿城区人民政府副区长。',
    );
    expect(positionsOf(a, '李明')).toEqual([
      '委员 -> org:浙江省衢州市柯城区委',
      '常委 -> org:浙江省衢州市柯城区委',
      '书记 -> org:浙江省衢州市柯城区委',
    ]);
    expect(ids(a)).toContain('person:王强');
    expect(positionsOf(a, '王强')).toEqual([]);
    expect(positionsOf(a, '陈思远')).toEqual(['副区长 -> place:浙江省温州市鹿城区']);
  });

  it('resolves 自治区党委 to the region of the divisions named', () => {
    const a = annotate('合浦县召开全县领导干部大会，宣布自治区党委关于合浦县委主要领导调整的决定。');
    expect(ids(a)).toContain('org:广西壮族自治区党委');
  });

  it('gives 管委会 the full 管理委员会 of the zone when the article names it', () => {
    const a = annotate(
      '南京经济技术开发区管理委员会与江苏瑞泓物联科技有限公司签署合作协议。南京经济技术开发区党工委副书记、管委会主任乔明远出席。',
    );
    expect(positionsOf(a, '乔明远')).toContain('主任 -> org:南京经济技术开发区管理委员会');
  });
});

describe('topics', () => {
  it('drops a trailing 研发 and facilities after 布局', () => {
    const a = annotate(
      '江苏瑞泓物联科技有限公司专注于工业视觉检测设备研发，希望在雨花台区布局区域总部和研发基地。',
    );
    expect(ids(a).filter((id) => id.startsWith('topic:'))).toEqual(['topic:工业视觉检测设备']);
  });
});

describe('courtesy calls', () => {
  it('has everyone named up to the host receiving them attend, and the visiting body too', () => {
    const a = annotate(
      '3月9日下午，禾川商会会长林青川、秘书长吕岚等人拜会衢州市政府，市长甘明哲亲切接待了来宾。',
    );
    const event = 'event:2023-03-09:禾川商会拜会衢州市政府';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN person:林青川 -> ${event} attendee`,
        `PARTICIPATED_IN person:吕岚 -> ${event} attendee`,
        `PARTICIPATED_IN person:甘明哲 -> ${event} attendee`,
        `PARTICIPATED_IN org:禾川商会 -> ${event} attendee`,
        `HELD_AT ${event} -> place:浙江省衢州市`,
      ]),
    );
  });
});
