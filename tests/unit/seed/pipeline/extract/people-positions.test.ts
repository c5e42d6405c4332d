import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/** People and their posts as real pages write them (invented sentences, the structures of real pages). */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('an election list', () => {
  const a = annotate(
    '青禾商会召开换届大会。会议选举韦立山为青禾商会第二届理事会会长、江一舟为执行会长，邱明、卢青为常务副会长，葛远为监事长。',
  );

  it('gives each clause its own people and post, the board term left out of the title', () => {
    expect(positionsOf(a, '韦立山')).toEqual(['会长 -> org:青禾商会']);
    expect(positionsOf(a, '江一舟')).toEqual(['执行会长 -> org:青禾商会']);
    expect(positionsOf(a, '卢青')).toEqual(['常务副会长 -> org:青禾商会']);
    expect(positionsOf(a, '葛远')).toEqual(['监事长 -> org:青禾商会']);
    expect(ids(a)).not.toContain('person:葛远为');
  });

  it('elects every name listed before 当选, counted or not, and reads 补选 like 选举', () => {
    const b = annotate(
      '青禾商会召开换届大会。会议选举韦立山为会长。江一舟、邱明、卢青当选为副会长。葛远、程一帆等31人当选为理事。会议补选庞春、伍文涛为常务理事。',
    );
    for (const name of ['江一舟', '邱明', '卢青'])
      expect(positionsOf(b, name)).toEqual(['副会长 -> org:青禾商会']);
    expect(positionsOf(b, '葛远')).toEqual(['理事 -> org:青禾商会']);
    expect(positionsOf(b, '伍文涛')).toEqual(['常务理事 -> org:青禾商会']);
  });

  it('reads no name that holds 第 (理事长代表第一届理事会)', () => {
    const b = annotate('青禾商会召开换届大会。理事长代表第一届理事会作工作报告。');
    expect(ids(b).filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('gives honorary posts to the association', () => {
    const b = annotate('青禾商会召开换届大会，推选钱东海、孙立川为名誉会长。');
    expect(positionsOf(b, '孙立川')).toEqual(['名誉会长 -> org:青禾商会']);
  });
});

describe('a name before its title', () => {
  it('reads a name opening its clause before a title, and not a body before one', () => {
    const a = annotate('会上，程立主任指出，要抓好落实。金融办主任介绍了情况。');
    expect(ids(a)).toContain('person:程立');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual(['person:程立']);
  });

  it('ends a name before a day written in brackets', () => {
    const a = annotate('县议会议长程立今(21)日率团访问青禾县。');
    expect(ids(a)).toContain('person:程立');
    expect(ids(a)).not.toContain('person:程立今');
  });
});

describe('posts in lists and clauses', () => {
  it('gives a council named short (议会) its posts, and a post named by its function (议事主任) the same body', () => {
    const a = annotate(
      '嘉义县议会议长柯立村今(10)日表示，议会秘书长邱一人、议事主任韩立平、人事主任葛一青将协助整理意见。',
    );
    expect(positionsOf(a, '邱一人')).toEqual(['秘书长 -> org:嘉义县议会']);
    expect(positionsOf(a, '韩立平')).toEqual(['议事主任 -> org:嘉义县议会']);
    expect(positionsOf(a, '葛一青')).toEqual(['人事主任 -> org:嘉义县议会']);
    expect(ids(a)).not.toContain('place:柯立村');
  });

  it('reads a clause of a body and its post before a comma as the next titled person’s', () => {
    const a = annotate('柯桥区召开会议，副区长江一舟，区政府办公室副主任，区发改局局长柯立新出席。');
    expect(positionsOf(a, '柯立新')).toEqual(
      expect.arrayContaining([
        '副主任 -> org:浙江省绍兴市柯桥区政府办公室',
        '局长 -> org:浙江省绍兴市柯桥区发改局',
      ]),
    );
    expect(positionsOf(a, '江一舟')).toEqual(['副区长 -> place:浙江省绍兴市柯桥区']);
  });

  it('does not give a post written with its holder’s name to the next person', () => {
    const a = annotate('会上，青禾集团钟立董事长，湖南省工信厅园区处副巡视员邵一帆分别发言。');
    expect(positionsOf(a, '邵一帆')).toEqual(['副巡视员 -> org:湖南省工信厅园区处']);
  });

  it('reads people counted after their names', () => {
    const a = annotate('程立等3名同志获评优秀会员。');
    expect(ids(a)).toContain('person:程立');
  });
});

describe('names as Hong Kong pages write them', () => {
  it('reads two surnames and a given name after a title on a Hong Kong page, and not elsewhere', () => {
    expect(ids(annotate('香港运输及房屋局局长陈李慧芬出席。'))).toContain('person:陈李慧芬');
    expect(ids(annotate('青禾区科技局局长陈李慧芬出席。'))).not.toContain('person:陈李慧芬');
  });
});

describe('which city a bare 市 means', () => {
  it('is the city named on its own, not one written only in front of a guest’s district', () => {
    const a = annotate(
      '宜昌市与北京市丰台区签署合作协议。丰台区副区长柯一平出席。市委副书记、市长刘一帆主持会议。',
    );
    expect(positionsOf(a, '刘一帆')).toEqual(['副书记 -> org:湖北省宜昌市委', '市长 -> place:湖北省宜昌市']);
  });

  it('is a city opening a clause, though nothing around it places it', () => {
    const a = annotate('5月3日，宜昌市召开会议。副市长王青川出席，北京市丰台区副区长柯一平致辞。');
    expect(positionsOf(a, '王青川')).toEqual(['副市长 -> place:湖北省宜昌市']);
  });
});

describe('honorary posts and councils visited', () => {
  it('keeps the honorific in the post', () => {
    const a = annotate('青禾商会召开大会，聘请韦一山、江一舟等12人为荣誉会长，钱立为永远荣誉会长。');
    expect(positionsOf(a, '江一舟')).toEqual(['荣誉会长 -> org:青禾商会']);
    expect(positionsOf(a, '钱立')).toEqual(['永远荣誉会长 -> org:青禾商会']);
    const b = annotate('他是青禾市工商联副主席、青禾商会会长、远山商会永远荣誉会长钱立山。');
    expect(positionsOf(b, '钱立山')).toEqual(
      expect.arrayContaining(['会长 -> org:青禾商会', '永远荣誉会长 -> org:远山商会']),
    );
  });

  it('does not make a speaker the head of the council he visits', () => {
    const a = annotate('议长柯文村今(21)日率队前往苗栗县议会进行拜会。');
    expect(positionsOf(a, '柯文村')).toEqual([]);
  });
});

describe('a list after a unit of a company', () => {
  it('gives the unit its head’s deputies and the company the other posts', () => {
    const a = annotate('青禾集团数字事业部总经理韦一山、副总裁江一舟、投资顾问程一凡出席。');
    expect(positionsOf(a, '江一舟')).toEqual(['副总裁 -> org:青禾集团']);
    expect(positionsOf(a, '程一凡')).toEqual(['投资顾问 -> org:青禾集团']);
    const b = annotate('青禾集团数字事业部总经理韦一山、副总经理江一舟出席。');
    expect(positionsOf(b, '江一舟')).toEqual(['副总经理 -> org:青禾集团数字事业部']);
  });
});

describe('names in a list after a title', () => {
  it('gives no person to a title standing alone between two names of a chain', () => {
    const a = annotate('禾川街道党工委书记蒲晓岚、党工委副书记、办事处主任季云舒走访社区。');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual(['person:蒲晓岚', 'person:季云舒']);
  });

  it('keeps the name before a title that opens the next item, and the last name brought in by 和', () => {
    const a = annotate(
      '禾川书画院院长裴知远、阮清梧、副院长蔺晓禾到场。禾川基金会理事冉星河、晏秋池和濮云帆，以及监事戚南乔出席年会。',
    );
    expect(ids(a)).toContain('person:阮清梧');
    expect(ids(a)).toContain('person:濮云帆');
  });

  it('gives the post of the list to the last name after 和, and not to one with a title of its own', () => {
    const a = annotate('江山市政协副主任周文、林涛和李明出席。');
    expect(positionsOf(a, '李明')).toEqual(['副主任 -> org:浙江省衢州市江山市政协']);
    const b = annotate('江山市政协副主任周文、林涛和市长李明出席。');
    expect(positionsOf(b, '李明')).toEqual(['市长 -> place:浙江省衢州市江山市']);
  });
});

describe('the end of a name after a title', () => {
  it('does not read a one-character word after the name as a Hong Kong double surname', () => {
    const a = annotate('香港特区房屋署署长叶苏雯作总结发言。');
    expect(ids(a)).toContain('person:叶苏雯');
    expect(ids(a)).not.toContain('person:叶苏雯作');
  });

  it('ends a name before its title written again before 等, before 署理 and 携, and before a day in Chinese numerals', () => {
    const a = annotate(
      '青禾物流园负责人石嘉禾主任等陪同参观。青禾协会秘书长柯景澜署理会长一职。禾川学会理事长苗若川携新书出席见面会。青禾县县长聂子航今(九日)赴农场考察。',
    );
    const people = ids(a).filter((id) => id.startsWith('person:'));
    expect(people).toEqual(['person:石嘉禾', 'person:柯景澜', 'person:苗若川', 'person:聂子航']);
  });
});

describe('a name between a body or division and its title', () => {
  it("gives a division's head title to the division written before the name, and only its own level's", () => {
    expect(positionsOf(annotate('余杭区聂远舟区长出席开园活动。'), '聂远舟')).toEqual([
      '区长 -> place:浙江省杭州市余杭区',
    ]);
    expect(ids(annotate('瑞安市冉秋实县长出席开园活动。'))).not.toContain('person:冉秋实');
  });

  it('ends the name before a title opening with 副, and reads the title closed by 的', () => {
    const a = annotate('瑞安市冉秋实副市长出席开园活动。');
    expect(positionsOf(a, '冉秋实')).toEqual(['副市长 -> place:浙江省温州市瑞安市']);
    expect(ids(a)).not.toContain('person:冉秋实副');
    const b = annotate('在萧山区文旅局阮听涛局长的带领下，考察团参观了古镇。');
    expect(positionsOf(b, '阮听涛')).toEqual(['局长 -> org:浙江省杭州市萧山区文旅局']);
  });
});

describe("a firm known by its head's post", () => {
  it('names a brand written before 董事长 and links its head, in either order', () => {
    const a = annotate('座谈会上，澜川光电董事长祁向东介绍了投产计划。岚峰微电温若愚总裁表示将扩大投资。');
    expect(positionsOf(a, '祁向东')).toEqual(['董事长 -> org:澜川光电']);
    expect(positionsOf(a, '温若愚')).toEqual(['总裁 -> org:岚峰微电']);
  });

  it('names no firm by a reference, a function or a clause before the post', () => {
    const a = annotate(
      '会上，该企业董事长祁向东、销售总经理温若愚发言。祁明市长向韩东总经理介绍了新区规划。',
    );
    expect(ids(a).filter((id) => id.startsWith('org:'))).toEqual([]);
  });

  it('leaves the short form of a company named in full to that company', () => {
    const a = annotate('据澜川光电董事长祁向东说，宁波澜川光电有限公司今年将扩产。');
    expect(ids(a)).not.toContain('org:澜川光电');
  });
});

describe("a democratic party's committee", () => {
  it('is the party’s committee of the division, not the division’s 市委, and 委会 is no part of the title', () => {
    const a = annotate(
      '南阳市召开座谈会。农工党南阳市委会主委、南阳市人大常委会副主任童一鸣出席会议并讲话。会议由农工党南阳市委秘书长、专职副主委庞春主持。',
    );
    expect(positionsOf(a, '童一鸣')).toEqual(
      expect.arrayContaining(['主委 -> org:农工党南阳市委会', '副主任 -> org:河南省南阳市人大常委会']),
    );
    expect(positionsOf(a, '庞春')).toEqual(
      expect.arrayContaining(['专职副主委 -> org:农工党南阳市委会', '秘书长 -> org:农工党南阳市委会']),
    );
    expect(ids(a)).not.toContain('org:河南省南阳市委');
  });

  it('reads 政协 before a division’s numbered committee as the division’s 政协, not a body of its own', () => {
    const a = annotate(
      '11月3日，政协第三十届山西省委员会第二次会议在大同召开。政协邢台市第二十届委员会常委童一鸣列席。',
    );
    expect(positionsOf(a, '童一鸣')).toEqual(['常委 -> org:河北省邢台市政协']);
    expect(ids(a)).toContain('org:山西省政协');
    expect(ids(a).filter((id) => id.includes('届委员会') || id === 'org:山西省委')).toEqual([]);
  });

  it('resolves a bare level to the page’s division and reads the party’s central committee', () => {
    const a = annotate('辽宁省政协召开会议。民进省委专职副主委童一鸣、民进中央副主席庞春出席。');
    expect(positionsOf(a, '童一鸣')).toEqual(['专职副主委 -> org:民进辽宁省委']);
    expect(positionsOf(a, '庞春')).toEqual(['副主席 -> org:民进中央']);
  });
});

describe('a banner and a league (Inner Mongolia)', () => {
  it('reads 旗委, 旗长 and 副盟长 of the banner and league the page names, 政府 before the head no part of the title', () => {
    const a = annotate(
      '6月2日，兴安盟副盟长童一鸣深入科尔沁右翼前旗调研，旗委书记柯文山，旗委副书记、政府旗长庞春，盟委秘书长伍文涛陪同。',
    );
    expect(positionsOf(a, '童一鸣')).toEqual(['副盟长 -> place:内蒙古自治区兴安盟']);
    expect(positionsOf(a, '柯文山')).toEqual(['书记 -> org:内蒙古自治区兴安盟科尔沁右翼前旗委']);
    expect(positionsOf(a, '庞春')).toEqual(
      expect.arrayContaining(['旗长 -> place:内蒙古自治区兴安盟科尔沁右翼前旗']),
    );
    expect(positionsOf(a, '伍文涛')).toEqual(['秘书长 -> org:内蒙古自治区兴安盟委']);
  });
});
