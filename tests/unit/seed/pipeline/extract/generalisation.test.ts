import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules written in general form while training on tests/fixtures/train: each case is a sentence of its own (no
 * name from the training articles), so a rule is tested apart from the article that asked for it.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('people', () => {
  it('reads names listed without titles, after a role word too', () => {
    const a = annotate(
      '5月19日上午，全区表彰大会在区行政中心召开。区领导杜立平、温雅琴、卢光明出席会议。获评“优秀工匠”的职工是：丁一航、尹晓雪、欧阳宁。',
    );
    for (const name of ['杜立平', '温雅琴', '卢光明', '丁一航', '尹晓雪', '欧阳宁'])
      expect(ids(a)).toContain(`person:${name}`);
  });

  it('does not read a list of brands as people', () => {
    const a = annotate('会上，华为、小米、腾讯等企业代表先后发言。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('does not read a list of places as people', () => {
    const a = annotate('项目覆盖张江、金桥、唐镇等区域。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('reads Hong Kong character variants as simplified (衞 → 卫)', () => {
    const a = annotate('新吳區委書記蔣衞東出席儀式並致辭。新吳區位於無錫市。');
    expect(ids(a)).toContain('person:蒋卫东');
    expect(ids(a)).toContain('org:江苏省无锡市新吴区委');
  });

  it('gives a traditional page its titles as written, a simplified page its own', () => {
    const traditional = annotate('新吳區委書記蔣衞東、副區長林曉彤出席儀式並致辭。新吳區位於無錫市。');
    expect(positionsOf(traditional, '蒋卫东')).toEqual(['書記 -> org:江苏省无锡市新吴区委']);
    expect(positionsOf(traditional, '林晓彤')).toEqual(['副區長 -> place:江苏省无锡市新吴区']);
    const simplified = annotate('新吴区委书记蒋卫东、副区长林晓彤出席仪式并致辞。');
    expect(positionsOf(simplified, '蒋卫东')).toEqual(['书记 -> org:江苏省无锡市新吴区委']);
  });

  it('lets 为 end a given name when a boundary follows', () => {
    const a = annotate('杭州市政府秘书长蔡可为，副秘书长程立出席会议。');
    expect(ids(a)).toContain('person:蔡可为');
  });

  it('reads a name that is also a noun when a title precedes it and punctuation follows', () => {
    const a = annotate('上海启衡生物技术有限公司总经理白洋，西安交通大学教授白海等出席。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:白洋', 'person:白海']));
  });

  it('keeps a list of names whose minority are also words (毛子)', () => {
    const a = annotate('获评“优秀工匠”的职工是：邓辉宇、向杰晨、毛子、郑波勇。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:邓辉宇', 'person:毛子', 'person:郑波勇']));
  });

  it('stops an organisation name at an appointee (任命吴平华为…, not 华为)', () => {
    const a = annotate('会上宣布，任命吴平华为克劳森传动技术（太仓）有限公司总经理。');
    expect(positionsOf(a, '吴平华')).toEqual(['总经理 -> org:克劳森传动技术(太仓)有限公司']);
  });

  it('makes a person of someone removed from a post, without a position', () => {
    const a = annotate('会议宣布：免去邓启航的公司党委书记职务。');
    expect(ids(a)).toContain('person:邓启航');
    expect(positionsOf(a, '邓启航')).toEqual([]);
  });
});

describe('titles and appointments', () => {
  it('keeps title qualifiers and assistants’ titles', () => {
    const a = annotate('宁波启航科技有限公司董事长兼行政总裁方天宇，总经理助理叶欣出席。');
    expect(positionsOf(a, '方天宇')).toEqual([
      '董事长 -> org:宁波启航科技有限公司',
      '行政总裁 -> org:宁波启航科技有限公司',
    ]);
    expect(positionsOf(a, '叶欣')).toEqual(['总经理助理 -> org:宁波启航科技有限公司']);
  });

  it('gives an elected officer the association named before', () => {
    const a = annotate(
      '3月8日，湖州市电子商务协会成立。会上，湖州云帆网络科技有限公司董事长严立新当选为首任会长。',
    );
    expect(positionsOf(a, '严立新')).toContain('会长 -> org:湖州市电子商务协会');
  });

  it('reads 聘任…为', () => {
    const b = annotate('会议宣布，聘任孔维达为浙江天衡集团有限公司总经理助理。');
    expect(positionsOf(b, '孔维达')).toEqual(['总经理助理 -> org:浙江天衡集团有限公司']);
  });

  it('gives a village committee to the head of the village party committee', () => {
    const a = annotate('谢桥村党委书记、村委会主任沈国华陪同调研。');
    expect(positionsOf(a, '沈国华')).toEqual(['书记 -> org:谢桥村党委', '主任 -> org:谢桥村村委会']);
  });
});

describe('organisations', () => {
  it('resolves 市政府 to the 人民政府 named in full and a bureau short form to its full name', () => {
    const a = annotate(
      '上午，温州市人民政府与温州瓯江数据有限公司签约。市政府秘书长林可心出席。温州市工业和信息化局党组书记王振出席，市工信局有关处室参加。',
    );
    expect(positionsOf(a, '林可心')).toEqual(['秘书长 -> org:浙江省温州市人民政府']);
    expect(ids(a)).not.toContain('org:浙江省温州市工信局');
  });

  it('reads a body written after a chain of divisions as the innermost division’s body', () => {
    const a = annotate('武侯区玉林街道党工委书记周明出席。玉林街道位于武侯区东部。');
    expect(positionsOf(a, '周明')).toEqual(['书记 -> org:四川省成都市武侯区玉林街道党工委']);
  });

  it('reads a company whose brand follows its place as one name', () => {
    const a = annotate('会员单位包括佛山智拓自动化科技有限公司等企业。');
    expect(ids(a)).toContain('org:佛山智拓自动化科技有限公司');
  });

  it('does not read counts, goals or descriptions as names', () => {
    const a = annotate(
      '平台汇聚全市42家三级医院。双方将共建智能驾驶联合实验室。武汉是全国重要的汽车产业基地。',
    );
    expect(ids(a).filter((id) => /医院|实验室|基地/.test(id))).toEqual([]);
  });

  it('resolves a zone body written with the zone’s kind alone', () => {
    const a = annotate(
      '郑州航空港经济综合实验区重点发展航空物流。实验区党工委副书记、管委会主任宫立新出席。',
    );
    expect(positionsOf(a, '宫立新')).toEqual([
      '副书记 -> org:郑州航空港经济综合实验区党工委',
      '主任 -> org:郑州航空港经济综合实验区管委会',
    ]);
  });
});

describe('events and relations', () => {
  it('dates 上周五 against the publication day', () => {
    const a = annotate('上周五，副市长郑立带队赴沙河镇调研。', { publishedAt: '2023-06-12T08:00:00+08:00' });
    expect(ids(a)).toContain('event:2023-06-09:沙河镇调研');
  });

  it('does not read a weekday inside a name (周天宇)', () => {
    const a = annotate('董事长周天宇出席签约仪式。', { publishedAt: '2023-06-12T08:00:00+08:00' });
    expect(ids(a).filter((id) => id.startsWith('event:2023'))).toEqual([]);
  });

  it('makes no event of an agreement signed in an earlier year', () => {
    const a = annotate('2019年，浙江工业大学与杭州云栖科技有限公司签署产学研合作协议。', {
      publishedAt: '2023-06-12T08:00:00+08:00',
    });
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([]);
  });

  it('partners a party with every company it signed with', () => {
    const a = annotate(
      '8月1日上午，项目集中签约仪式举行。会上，嘉兴市人民政府分别与嘉兴云启科技有限公司、嘉兴海川新材料有限公司签署投资协议。',
    );
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'PARTNERS_WITH org:浙江省嘉兴市人民政府 -> org:嘉兴云启科技有限公司',
        'PARTNERS_WITH org:浙江省嘉兴市人民政府 -> org:嘉兴海川新材料有限公司',
      ]),
    );
  });

  it('makes a signing event of an agreement signed during a forum', () => {
    const a = annotate(
      '6月2日，2023数字经济论坛在杭州国际博览中心举行。论坛期间，浙江工业大学与杭州云栖科技有限公司签署产学研合作协议。',
    );
    expect(ids(a)).toContain('event:2023-06-02:浙江工业大学与杭州云栖科技有限公司产学研合作协议签署');
  });

  it('names a meeting a division convenes after the division, with no venue', () => {
    const a = annotate('6月30日下午，萧山区召开民营企业家座谈会。');
    expect(ids(a)).toContain('event:2023-06-30:萧山区民营企业家座谈会');
    expect(relations(a).filter((r) => r.startsWith('HELD_AT'))).toEqual([]);
  });

  it('splits a counted topic list at 、 only', () => {
    const a = annotate('雁塔区重点发展软件和信息服务、光子、生物医药三大产业。');
    expect(ids(a)).toContain('topic:软件和信息服务');
  });

  it('names a visit led as X在A、B调研 and makes the visitor attend', () => {
    const a = annotate('10月19日，副省长许立在无锡、常州调研制造业高质量发展工作。', {
      publishedAt: '2023-10-21T08:00:00+08:00',
    });
    const event = 'event:2023-10-19:制造业高质量发展工作调研';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toContain(`PARTICIPATED_IN person:许立 -> ${event} attendee`);
  });
});
