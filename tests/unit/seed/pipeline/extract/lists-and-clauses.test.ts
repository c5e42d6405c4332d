import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/** People in lists after role words, rare surnames, and clauses that are no organisation (invented sentences). */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('people listed after a role word', () => {
  it('reads a list closed by 全程陪同', () => {
    const a = annotate('考察团一行到园区参观，区领导孙立伟、路建明、耿晓东全程陪同。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:孙立伟', 'person:路建明', 'person:耿晓东']));
  });

  it('reads a list closed by 及 and the bodies after it', () => {
    const a = annotate('市领导朱明、张立山、刘明山、罗茂德、陈洪光、鲍岱山及省商务厅有关领导出席签约仪式。');
    for (const name of ['朱明', '张立山', '刘明山', '罗茂德', '陈洪光', '鲍岱山'])
      expect(ids(a)).toContain(`person:${name}`);
  });

  it('takes one item among names whose surname is mostly a word (能)', () => {
    const a = annotate('市领导朱明、张立山、刘明山、能强、陈洪光出席签约仪式。');
    expect(ids(a)).toContain('person:能强');
  });

  it('does not take a list of places or words as people', () => {
    const a = annotate('市领导关心的教育、医疗、养老、就业和住房问题得到解决。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('reads one name after a role word before 一同参加 or 致辞', () => {
    expect(ids(annotate('区委书记张伯年带队走访企业。区领导郑燕华一同参加。'))).toContain('person:郑燕华');
    expect(ids(annotate('座谈会上，市领导邱志明致辞。'))).toContain('person:邱志明');
  });

  it('reads a list after 以及 closed by a count of comrades', () => {
    const a = annotate('会议通过了以及曾常明、徐世兰、文全胜等15位同志辞去县人大代表的辞呈。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:曾常明', 'person:徐世兰', 'person:文全胜']));
  });

  it('closes a titled list at 和 before a title, and the title after it goes on with the list (和秘书长)', () => {
    const a = annotate(
      '永新县召开会议。县人大常委会党组书记、副主任柯立新主持会议，副主任童一鸣、庞春和秘书长伍文涛出席。',
    );
    const body = 'org:江西省吉安市永新县人大常委会';
    expect(positionsOf(a, '童一鸣')).toEqual([`副主任 -> ${body}`]);
    expect(positionsOf(a, '庞春')).toEqual([`副主任 -> ${body}`]);
    expect(positionsOf(a, '伍文涛')).toEqual([`秘书长 -> ${body}`]);
  });

  it('keeps a given name ending in 和 whole before 和<title> when the page writes it whole elsewhere', () => {
    const a = annotate(
      '永新县政协会议补选庞春和为县政协副主席。县政协副主席童一鸣、庞春和秘书长伍文涛出席。',
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['person:庞春和', 'person:伍文涛']));
    expect(ids(a)).not.toContain('person:庞春');
  });

  it('reads who sits in the front row of the platform as people, not a caption (主席台前排就座)', () => {
    const a = annotate(
      '永新县政协会议开幕。县委书记柯立新在主席台前排就座。县政协主席童一鸣，副主席庞春、伍文涛出席。',
    );
    expect(positionsOf(a, '庞春')).toEqual(['副主席 -> org:江西省吉安市永新县政协']);
    const caption = annotate('永新县政协会议开幕。前排左起：县政协主席童一鸣、副主席庞春。');
    expect(ids(caption)).not.toContain('person:庞春');
  });

  it('reads a Mongolian name of several parts inside a list after a role word (旗领导A、巴图满都呼、B)', () => {
    const a = annotate('调研组抵达我旗后，旗领导柯文山、巴图满都呼、童一鸣、庞春一同座谈。');
    expect(ids(a)).toEqual(
      expect.arrayContaining(['person:柯文山', 'person:巴图满都呼', 'person:童一鸣', 'person:庞春']),
    );
  });

  it('reads two members after 会员 and a name after a degree written after the title (教授、博士X)', () => {
    const a = annotate(
      '4月25日，青川县政协组织调研，会员柯文山、童一鸣，禾川学院教授、博士伍文涛等参加调研。',
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['person:柯文山', 'person:童一鸣']));
    expect(positionsOf(a, '伍文涛')).toEqual(['教授 -> org:禾川学院']);
  });

  it('reads surnames the 百家姓 lacks (衣, 憨)', () => {
    const a = annotate('永新县召开会议。县人大常委会副主任衣立新主持会议。县长憨立强出席。');
    expect(positionsOf(a, '衣立新')).toEqual(['副主任 -> org:江西省吉安市永新县人大常委会']);
    expect(ids(a)).toContain('person:憨立强');
  });
});

describe('clauses that are no organisation', () => {
  it('stops a federation’s name at 当选 and 新一届', () => {
    const a = annotate('嘉兴市召开工商联执委会议。会上，钱立华当选新一届市工商联主席。');
    expect(ids(a).filter((id) => id.includes('新一届') || id.includes('当选'))).toEqual([]);
    expect(ids(a)).toContain('org:浙江省嘉兴市工商联');
  });

  it('reads no organisation in goals and praise (营造有利于工商联, 健全商会, 年度优秀商会)', () => {
    const a = annotate('今年要营造有利于工商联工作的氛围，健全商会机制，评选年度优秀商会和五好县级工商联。');
    expect(ids(a).filter((id) => id.startsWith('org:'))).toEqual([]);
  });

  it('does not join a visit verb or a slogan to a company or an alliance', () => {
    const a = annotate('市领导拜会华成集团公司。云帆党建联盟推行大联盟机制，举全公司之力推进。');
    expect(ids(a)).not.toContain('org:市领导拜会华成集团公司');
    expect(ids(a)).not.toContain('org:云帆党建联盟推行大联盟');
    expect(ids(a)).not.toContain('org:举全公司');
  });

  it('qualifies a division’s 工商业联合会 like its 工商联', () => {
    const a = annotate('郾城区工商业联合会召开会员代表大会。');
    expect(ids(a)).toContain('org:河南省漯河市郾城区工商业联合会');
  });
});

describe('names ending inside a word', () => {
  it('does not join a titled name to the body after 和 (丁长林和镇党委)', () => {
    const a = annotate('考察组来东台市新街镇考察。镇党委书记丁长林和镇党委副书记、镇长李琳陪同。');
    expect(ids(a)).not.toContain('org:丁长林和镇党委');
    expect(positionsOf(a, '李琳')).toContain('副书记 -> org:江苏省盐城市东台市新街镇党委');
  });
});

describe('posts before a comma', () => {
  it('gives a chain of posts before a comma to the name after the next post', () => {
    const a = annotate('会上，江河投资控股集团党委副书记、总经理，江河绿色能源有限公司董事长郭立东讲话。');
    expect(positionsOf(a, '郭立东')).toEqual([
      '副书记 -> org:江河投资控股集团党委',
      '总经理 -> org:江河投资控股集团',
      '董事长 -> org:江河绿色能源有限公司',
    ]);
  });

  it('does not join a name and its title before a comma to the next person', () => {
    const a = annotate('安徽省经信厅戚晓副厅长，江苏省商务厅副厅长郦云出席。');
    expect(positionsOf(a, '郦云')).toEqual(['副厅长 -> org:江苏省商务厅']);
  });
});

describe('elections', () => {
  it('reads 当选第N届理事会会长 as the association’s post, the chamber named after its city and county', () => {
    const a = annotate(
      '宁波开化商会召开大会。大会选举产生了商会第二届理事会。齐立华当选第二届理事会会长并发表讲话。',
    );
    expect(positionsOf(a, '齐立华')).toEqual(['会长 -> org:宁波开化商会']);
  });

  it('reads a name before 先生 and 当选', () => {
    const a = annotate(
      '青禾区工商联召开第三届一次会员大会。公司董事长龚立明先生当选新一届工商联主席、商会会长。',
    );
    expect(positionsOf(a, '龚立明')).toContain('主席 -> org:青禾区工商联');
  });
});

describe('departments in title chains', () => {
  it('reads a second department of the same committee (宣传部长、统战部长)', () => {
    const a = annotate('相城区委书记王立东出席。区委常委、宣传部长、统战部长陆建明出席。');
    expect(positionsOf(a, '陆建明')).toEqual([
      '常委 -> org:江苏省苏州市相城区委',
      '部长 -> org:江苏省苏州市相城区委宣传部',
      '部长 -> org:江苏省苏州市相城区委统战部',
    ]);
  });
});

describe('bureaus in title chains', () => {
  it('gives a bare bureau after a division’s body, and one written with a shared 局, to the division', () => {
    const a = annotate('蒙城县委常委赵文出席。县政协副主席、住建委主任、规划局长孙立民介绍情况。');
    expect(positionsOf(a, '孙立民')).toEqual([
      '副主席 -> org:安徽省亳州市蒙城县政协',
      '主任 -> org:安徽省亳州市蒙城县住建委',
      '局长 -> org:安徽省亳州市蒙城县规划局',
    ]);
  });
});

describe('zones', () => {
  it('reads a 旅游区 as a zone with its bodies', () => {
    const a = annotate('项目位于青峰山旅游区。青峰山旅游区管委会主任张立川出席。');
    expect(ids(a)).toContain('place:青峰山旅游区');
    expect(positionsOf(a, '张立川')).toEqual(['主任 -> org:青峰山旅游区管委会']);
  });
});

describe('villages', () => {
  it('ends a village at its first 村 before its office (石门村村部)', () => {
    const a = annotate('调研组首先来到正定县新安镇，参观了石门村村部和文化站。');
    expect(ids(a)).toContain('place:石门村');
    expect(ids(a)).not.toContain('place:石门村村');
  });

  it('never names a village with the level of 我镇 (我镇五桥村)', () => {
    const a = annotate('调研组考察了帮扶的白石坡村（由我镇五桥村帮扶）。');
    expect(ids(a)).not.toContain('place:镇五桥村');
  });

  it('reads no town from words of the language (小城镇建设, 工业兴镇) and no zone from 市高新区', () => {
    const a = annotate('了解美丽乡村建设和小城镇建设情况，坚持工业兴镇战略。考察团到市高新区等处考察。');
    expect(ids(a).filter((id) => id.startsWith('place:'))).toEqual([]);
  });

  it('reads no village from a year (2024年村村共建)', () => {
    const a = annotate('双方就2024年村村共建、村企共建活动进行了交流。');
    expect(ids(a).filter((id) => id.startsWith('place:'))).toEqual([]);
  });
});

describe('places listed by their short forms', () => {
  it('keeps the places of a visit to a list of cities, and where it was held', () => {
    const a = annotate('12月1日，区长林川率团赴上海、南京、杭州考察。');
    expect(ids(a)).toEqual(
      expect.arrayContaining(['place:上海市', 'place:江苏省南京市', 'place:浙江省杭州市']),
    );
    expect(relations(a).filter((r) => r.startsWith('HELD_AT'))).not.toEqual([]);
  });

  it('keeps the places of a list of provinces that sign', () => {
    const a = annotate('上海、江苏、浙江、安徽四地在杭州签署合作协议。');
    expect(ids(a)).toEqual(
      expect.arrayContaining(['place:上海市', 'place:江苏省', 'place:浙江省', 'place:安徽省']),
    );
  });

  it('leaves out provinces that only say where chambers come from', () => {
    const a = annotate('来自四川、贵州、江西等地的商会会长参加座谈。');
    expect(ids(a).filter((id) => id.startsWith('place:'))).toEqual([]);
  });
});
