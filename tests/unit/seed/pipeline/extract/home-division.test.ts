import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * The division a bare 市委, 镇党委 or 市长 belongs to is the one the page is about, not a namesake or a place that only
 * visits or is visited (invented sentences; see seed/pipeline/resolve/context.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('the page’s own division for bare bodies and heads', () => {
  it('never reads 我市 as a city whose delegation comes to it or that signs with it', () => {
    const visited = ids(annotate('5月9日，宜昌市党政代表团来我市考察。我市与青禾集团签署合作协议。'));
    expect(visited.filter((id) => id.startsWith('event:') && id.includes('宜昌市与'))).toEqual([]);
    const itself = ids(annotate('5月9日，宜昌市党政代表团来我市考察。我市与宜昌市签署合作协议。'));
    expect(itself.filter((id) => id.includes('宜昌市与宜昌市'))).toEqual([]);
    const host = ids(
      annotate('2月3日，我市与青禾设计院签订战略框架协议。青禾设计院江山分院当天在江山市挂牌成立。'),
    );
    expect(host.filter((id) => id.startsWith('event:') && id.includes('江山市'))).not.toEqual([]);
  });

  it('reads a delegation’s city as a guest however long its leader’s titles and name (…率领的考察团来我市)', () => {
    const a = annotate(
      '5月3日，由宜昌市西陵区区委书记柯文山率领的党政代表团来我市开展学习交流。市委副书记童一鸣陪同代表团走访了产业园。柯文山说，江山市的经验值得宜昌市借鉴。',
    );
    expect(positionsOf(a, '童一鸣')).toEqual(['副书记 -> org:浙江省衢州市江山市委']);
  });

  it('reads 我旗 as the banner the page names (Inner Mongolia)', () => {
    const a = annotate('禾川县考察团一行抵达我旗。旗委副书记童一鸣陪同。乌审旗资源丰富。');
    expect(positionsOf(a, '童一鸣')).toEqual(['副书记 -> org:内蒙古自治区鄂尔多斯市乌审旗委']);
  });

  it('never gives a bare 省长 to Hong Kong, named before it only in a visiting association’s words', () => {
    const a = annotate(
      '禾川网5月2日讯 (禾川网记者童一鸣) 省长庞春2日上午在长春会见了香港禾川商贸交流协会会长柯善言一行。',
      { source: '禾川网' },
    );
    expect(positionsOf(a, '庞春')).toEqual(['省长 -> place:吉林省']);
    // (禾川网记者: the outlet written before the title is no part of it.)
    expect(positionsOf(a, '童一鸣')).toEqual(['记者 -> org:禾川网']);
  });

  it('does not take a city written inside a company’s name', () => {
    const a = annotate(
      '6月3日，市委书记韩立明、市长周文涛会见杭州云帆电子集团董事长祝海平。韩立明欢迎祝海平一行来衢，希望云帆电子深化与衢州的合作。',
    );
    expect(positionsOf(a, '韩立明')).toEqual(['书记 -> org:浙江省衢州市委']);
    expect(positionsOf(a, '周文涛')).toEqual(['市长 -> place:浙江省衢州市']);
  });

  it('takes the city around a district named before a bare bureau, not a visiting city named after it', () => {
    const a = annotate(
      '座谈会在道里区举行。市商务局局长林宏介绍了产业情况。上海市闵行区考察团团长陈启表示，将推动两地合作。',
    );
    expect(positionsOf(a, '林宏')).toEqual(['局长 -> org:黑龙江省哈尔滨市商务局']);
  });

  it('takes the headline’s town for the visitors, not the town they visit', () => {
    const a = annotate('9月2日，镇党委书记王立新一行赴塘厦镇参观交流。塘厦镇党委书记李强陪同。', {
      title: '凤岗镇党政代表团赴塘厦镇参观交流',
    });
    expect(positionsOf(a, '王立新')).toEqual(['书记 -> org:广东省东莞市东莞市凤岗镇党委']);
    expect(positionsOf(a, '李强')).toEqual(['书记 -> org:广东省东莞市东莞市塘厦镇党委']);
  });

  it('leaves out a delegation coming here named in the headline', () => {
    const a = annotate('座谈会上，市商务局局长林宏致辞。考察期间，一行走访了道里区多家企业。', {
      title: '上海市闵行区考察团来我市考察',
    });
    expect(positionsOf(a, '林宏')).toEqual(['局长 -> org:黑龙江省哈尔滨市商务局']);
  });

  it('reads 近年来, 未来 and 来自 in a headline as no visitors coming', () => {
    for (const title of [
      '道里区近年来产业稳步增长',
      '道里区举行未来产业发展论坛',
      '道里区：来自企业的声音',
    ]) {
      const a = annotate('9月2日，区委书记王立新主持召开座谈会。', { title });
      expect(positionsOf(a, '王立新')).toEqual(['书记 -> org:黑龙江省哈尔滨市道里区委']);
    }
  });

  it('never takes the city a happening is held in, in brackets or gone to for the bare level of its people', () => {
    const held = annotate('衢州市文旅推介专场在宁波举办，市委书记童一鸣到场推介。');
    expect(positionsOf(held, '童一鸣')).toEqual(['书记 -> org:浙江省衢州市委']);
    const bracketed = annotate('衢州代表团参加“浙江(宁波)数字贸易周”，市长童一鸣带队签下项目5个。');
    expect(positionsOf(bracketed, '童一鸣')).toEqual(['市长 -> place:浙江省衢州市']);
    const gone = annotate(
      '市政协组织部分委员赴江山市察看乡村振兴项目，市政协主席柯文山带队，市政协秘书长童一鸣同行。',
    );
    expect(positionsOf(gone, '童一鸣')).toEqual(['秘书长 -> org:浙江省衢州市政协']);
    // (a city the story holds its happening in, with no other: still its own)
    const only = annotate('全市招商大会在衢州市举行。市委书记童一鸣出席。');
    expect(positionsOf(only, '童一鸣')).toEqual(['书记 -> org:浙江省衢州市委']);
  });

  it('gives a guest city the bare level before its people come, the host city after', () => {
    const a = annotate(
      '宜昌市政协考察团由主席柯文山带领，昨天来衢交流产业合作，宜昌市政协秘书长林宏随团。当晚，市委书记童一鸣会见考察团一行。童一鸣表示，衢州市愿与宜昌市多合作。',
    );
    expect(positionsOf(a, '童一鸣')).toEqual(['书记 -> org:浙江省衢州市委']);
    const b = annotate('周三，宜昌市委书记柯文山，市委副书记、市长林宏等一行来衢州市参观数字经济项目。');
    expect(positionsOf(b, '林宏')).toEqual(['副书记 -> org:湖北省宜昌市委', '市长 -> place:湖北省宜昌市']);
  });

  it('skips a town the story visits when nothing names one before the body', () => {
    const a = annotate(
      '9月2日，镇党委书记王立新一行赴塘厦镇参观交流，学习塘厦镇的经验。王立新表示，凤岗镇将加强与塘厦镇的合作。',
    );
    expect(positionsOf(a, '王立新')).toEqual(['书记 -> org:广东省东莞市东莞市凤岗镇党委']);
  });
});

describe('namesakes', () => {
  it('reads 和县 after a person’s name as 和 and a bare county', () => {
    const a = annotate(
      '永新县人大常委会召开会议。县人大常委会副主任李明、赵强和县人大常委会组成人员出席会议。县委常委刘平列席。',
    );
    expect(ids(a)).not.toContain('place:安徽省马鞍山市和县');
    expect(positionsOf(a, '刘平')).toEqual(['常委 -> org:江西省吉安市永新县委']);
  });

  it('still reads 和县 after its province', () => {
    const a = annotate('安徽和县召开招商大会。');
    expect(ids(a)).toContain('place:安徽省马鞍山市和县');
  });

  it('prefers the namesake town whose sibling the text names', () => {
    const a = annotate('调研组先到潘庄镇，又到卢龙镇座谈，了解乡村振兴情况。');
    expect(ids(a)).toContain('place:河北省秦皇岛市卢龙县潘庄镇');
    expect(ids(a)).not.toContain('place:天津市宁河区潘庄镇');
  });
});

describe('bodies in title chains and parks', () => {
  it('reads 人大主席 after a town’s 党委书记 as the town congress’s chair', () => {
    const a = annotate('9月2日，东莞市凤岗镇党委书记、人大主席王立新出席。');
    expect(positionsOf(a, '王立新')).toEqual([
      '书记 -> org:广东省东莞市东莞市凤岗镇党委',
      '主席 -> org:广东省东莞市东莞市凤岗镇人大',
    ]);
  });

  it('ends a name before 来', () => {
    const a = annotate('11月13日下午，苏州市政协原主席李金华来园区考察。');
    expect(ids(a)).toContain('person:李金华');
    expect(ids(a)).not.toContain('place:浙江省金华市');
  });

  it('gives a bare 园区党工委 to the park named after it when none is named before', () => {
    const a = annotate('园区党工委书记、管委会主任方立新陪同考察。座谈会上，大家谈到了苏淮园区的发展。');
    expect(positionsOf(a, '方立新')).toEqual(['书记 -> org:苏淮园区党工委', '主任 -> org:苏淮园区管委会']);
  });

  it('reads a township on a Taiwan county’s page as Taiwan’s own, not its mainland namesake', () => {
    const a = annotate('南投縣竹山鎮公所今日舉辦農產品展售，縣長林禾、鎮長陳立出席。');
    expect(ids(a)).toContain('place:竹山镇');
    expect(ids(a).filter((id) => id.includes('梁平区'))).toEqual([]);
    expect(positionsOf(a, '陈立')).toEqual(['鎮長 -> place:竹山镇']);
  });

  it('keeps a Taiwan county written before its township’s office, and the township between them', () => {
    const a = annotate('屏東縣禾溪鄉公所今天舉辦講座，鄉長林文進致詞。');
    expect(ids(a)).toEqual(expect.arrayContaining(['place:屏东县', 'place:禾溪乡', 'org:禾溪乡公所']));
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN place:禾溪乡 -> place:屏东县',
        'LOCATED_IN org:禾溪乡公所 -> place:禾溪乡',
      ]),
    );
    // (a three-character township after its county: its office is named by all three characters)
    const b = annotate('臺東縣青平里鄉公所今天舉辦講座。');
    expect(ids(b)).toEqual(expect.arrayContaining(['place:台东县', 'place:青平里乡', 'org:青平里乡公所']));
    expect(ids(b).filter((id) => id.includes(':平里'))).toEqual([]);
    // (the two-character township stays one where it is written on its own)
    const c = annotate('臺東縣青平里鄉公所與臺東縣平里鄉公所今天簽約。');
    expect(ids(c)).toEqual(expect.arrayContaining(['org:青平里乡公所', 'org:平里乡公所']));
  });

  it('reads no county out of a word it is a piece of', () => {
    const a = annotate('高雄縣長林禾今日出席農業博覽會。', { title: '高雄縣府舉辦農業博覽會' });
    // (高雄县, the former county of the page, is read whole: no 雄县 inside it)
    expect(ids(a).filter((id) => id.includes('雄县') && !id.includes('高雄县'))).toEqual([]);
  });

  it('decides a namesake district by the city an outlet is named after', () => {
    const a = annotate('11月3日，鼓楼区召开重点项目推进会。区委书记林禾出席。', { source: '南京日报' });
    expect(positionsOf(a, '林禾')).toEqual(['书记 -> org:江苏省南京市鼓楼区委']);
    const b = annotate('11月3日，鼓楼区召开重点项目推进会。区委书记林禾出席。', { source: '福州日报' });
    expect(positionsOf(b, '林禾')).toEqual(['书记 -> org:福建省福州市鼓楼区委']);
  });
});
