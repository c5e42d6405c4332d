import { describe, expect, it } from 'vitest';
import { page } from './page.ts';

/**
 * Page structures read from more real crawls (portals, e-papers, forums, news apps): what sits around the story is
 * no part of it. The pages are made up in the shapes the real ones print.
 */

describe('portal templates', () => {
  it('reads an info line whose fields are empty as no source, and a font switcher without buttons as chrome', () => {
    const article = page([
      '您当前所在的位置是:首页 > 新闻中心 > 要闻',
      '区长沈南枝走访辖区重点企业',
      '字体大小:【    】',
      '更新时间:2023-11-18浏览次数:来源:作者: 字体[ 大 中 小 ]',
      '11月16日上午，区长沈南枝带队走访青禾材料公司。',
      '扫一扫在手机打开当前页',
    ]);
    expect(article.title).toBe('区长沈南枝走访辖区重点企业');
    expect(article.source).toBeNull();
    expect(article.publishedAt).toBe('2023-11-18T00:00:00+08:00');
    expect(article.text).toBe('11月16日上午，区长沈南枝带队走访青禾材料公司。');
  });

  it('takes the day of a headline printed with its date in brackets and nothing after', () => {
    const article = page([
      '区委书记魏临川赴城投集团调研 ( 2023年04月02日 )',
      '3月31日，区委书记魏临川一行赴城投集团调研。',
      '0402_100812_118.jpg',
    ]);
    expect(article.title).toBe('区委书记魏临川赴城投集团调研');
    expect(article.publishedAt).toBe('2023-04-02T00:00:00+08:00');
    expect(article.text).toBe('3月31日，区委书记魏临川一行赴城投集团调研。');
  });

  it('skips a summary printed between the headline and its repeat above the info line', () => {
    const article = page([
      '首页 > 县区 > 正文',
      '某区召开政银合作对接会',
      '9月12日上午，副区长程望舒主持召开政银合作对接会。',
      '某区召开政银合作对接会',
      '来源:某某网 作者:贺知远 发布时间:2023-09-13 10:20:00',
      '某某网讯 全媒体记者贺知远报道 9月12日上午，副区长程望舒主持召开政银合作对接会。',
      '图片',
      '会上，程望舒介绍了全区重点项目。',
    ]);
    expect(article.title).toBe('某区召开政银合作对接会');
    expect(article.publishedAt).toBe('2023-09-13T10:20:00+08:00');
    expect(article.source).toBe('某某网');
    expect(article.reporters).toEqual(['贺知远']);
    expect(article.text.split('\n')).toEqual([
      '某某网讯 全媒体记者贺知远报道 9月12日上午，副区长程望舒主持召开政银合作对接会。',
      '会上，程望舒介绍了全区重点项目。',
    ]);
  });

  it('reads a credit line after the story that also gives the source and the day', () => {
    const article = page([
      '（资料图）',
      '5月8日下午，区人大常委会举行第九次会议。会议由主任钱望山主持。',
      '来源:某某长宁',
      '编辑:甲乙',
      '声明:转载此文是出于传递更多信息之目的。若有来源标注错误，请与本网联系，我们将及时更正、删除，谢谢。',
    ]);
    expect(article.title).toBe('5月8日下午，区人大常委会举行第九次会议');
    expect(article.source).toBe('某某长宁');
    expect(article.text).toBe('5月8日下午，区人大常委会举行第九次会议。会议由主任钱望山主持。');
  });

  it('drops lines of bars and markdown debris, and a dateline from a derived title', () => {
    const article = page(['![]() |', '|', '|||', '某某网讯:5日，区人大常委会举行全体会议。', '|']);
    expect(article.title).toBe('5日，区人大常委会举行全体会议');
    expect(article.text).toBe('某某网讯:5日，区人大常委会举行全体会议。');
  });

  it('drops the share prompt under the info line, which ends like a sentence', () => {
    const article = page([
      '搜索',
      '首页 / 某某乡/ 乡村风采',
      '区政协主席严若谷赴某某乡调研',
      '信息来源:某某乡',
      '发布时间:2024-09-25 15:26',
      '浏览264次',
      '微信里点“发现”,扫一下',
      '二维码便可将本文分享至朋友圈。',
      '9月24日上午，区政协主席严若谷一行赴某某乡调研。',
    ]);
    expect(article.title).toBe('区政协主席严若谷赴某某乡调研');
    expect(article.text).toBe('9月24日上午，区政协主席严若谷一行赴某某乡调研。');
  });

  it('reads a traditional mirror: its font button, a camera file name, and bare names after the dateline', () => {
    const article = page([
      '• 某某網移動版',
      '專題 | 某某園區：打造社區治理新樣本',
      '2020-09-26 18:15:00',
      '來源:某某論壇網',
      '字號',
      '某某論壇網9月25日訊(晏秋)9月22日，主題宣傳活動在某某園區舉行。',
      'IMG_3047',
      '9月23日，宣傳活動走進湖東社區。',
      '[責任編輯:某某]',
    ]);
    expect(article.text.split('\n')).toEqual([
      '某某論壇網9月25日訊(晏秋)9月22日，主題宣傳活動在某某園區舉行。',
      '9月23日，宣傳活動走進湖東社區。',
    ]);
    expect(article.reporters).toEqual(['晏秋']);
  });

  it('derives a title without a dateline and its bracketed byline', () => {
    const article = page(['|', '某某在线 本报讯(记者 温言)2月16日，区委书记一行到镇里调研。', '|']);
    expect(article.title).toBe('2月16日，区委书记一行到镇里调研');
    expect(article.reporters).toEqual(['温言']);
  });

  it('drops a column before the headline and the kind of item', () => {
    expect(
      page(['今日要闻丨何青禾任某区代理区长', '时间:2023-07-27 20:43:35', '会议决定何青禾任副区长。']).title,
    ).toBe('何青禾任某区代理区长');
    expect(page(['简讯:区长率队到金融机构对接', '2023-09-04 17:05', '区长率队对接。']).title).toBe(
      '区长率队到金融机构对接',
    );
  });
});

describe('news apps and forums', () => {
  it('drops the account above its follow button, app prompts and a disclaimer, and reads credits written with bars', () => {
    const article = page([
      '何青禾任某区政府副区长',
      '某某金湾',
      '+ 订阅',
      '昨日，区人大常委会召开会议，决定任命何青禾为区人民政府副区长。',
      '采写 | 区新闻中心 林间月',
      '图片 | 区新闻中心 陈小舟',
      '编辑 | 苏一禾',
      '免责声明:本文由客户端入驻单位发布，不代表本站的观点和立场。',
      '+1',
      '您已点过',
      '订阅后可查看全文(剩余80%)',
      '更多精彩内容请进入频道查看',
      '还没看够?打开某某+看看吧',
      '立即打开',
    ]);
    // The writer's credit closing the story signs it and stays text, as a byline opening it would.
    expect(article.text).toBe(
      '昨日，区人大常委会召开会议，决定任命何青禾为区人民政府副区长。\n采写 | 区新闻中心 林间月',
    );
    expect(article.reporters).toEqual(['林间月']);
  });

  it('reads a forum thread: the thread title, not the floor number, and none of the account chrome', () => {
    const article = page([
      '某某迷网 - 车友之家',
      ' 找回密码',
      ' 注册',
      'QQ登录',
      '只需一步,快速开始',
      '搜索',
      '查看: 2019|回复: 0',
      '打印 上一主题 下一主题',
      '[某州] 城市快报创刊',
      ' 关闭 [复制链接]',
      '跳转到指定楼层',
      '1',
      '发表于 2006-10-3 13:04 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式',
      '  10时30分，《城市快报》创刊仪式在中心广场举行。',
    ]);
    expect(article.title).toBe('城市快报创刊');
    expect(article.publishedAt).toBe('2006-10-03T13:04:00+08:00');
    expect(article.text).toBe('10时30分，《城市快报》创刊仪式在中心广场举行。');
  });

  it('ends the story at a recommendation list and drops a comment form', () => {
    const story = page([
      '本报讯 4月7日，某县考察团来我区考察社区党建工作。(本报记者 温以宁)',
      '新闻推荐',
      '...',
      '某县新闻，讲述家乡的故事。',
    ]);
    expect(story.text).toBe('本报讯 4月7日，某县考察团来我区考察社区党建工作。(本报记者 温以宁)');
    expect(story.title).toBe('4月7日，某县考察团来我区考察社区党建工作');
    expect(story.reporters).toEqual(['温以宁']);
    const form = page([
      '某区党建案例评选结果公布',
      '共征集案例400件。',
      '我要留言:',
      '昵 称:',
      '留 言:',
      '查看',
    ]);
    expect(form.text).toBe('共征集案例400件。');
  });
});

describe('pictures and credits around the story', () => {
  it('reads a short line that ends with its photographer as a caption, and a 日电/消息 dateline out of a derived title', () => {
    const article = page([
      '(资料图片)',
      '1月14日，某区举行重大项目集中签约仪式。柳青禾 摄',
      '某某网江苏1月15日电(记者 柳青禾)打响招商揭幕战。1月14日，某区举行重大项目集中签约仪式。',
      '打开某某新闻 查看精彩图片',
      '签约仪式现场(某某网记者 柳青禾 摄)',
      '区委书记程远致辞。',
      '更多精彩资讯请在应用市场下载“某某网”客户端。欢迎提供新闻线索，报料热线400-000-0000。版权声明:本文章版权归属某某网所有。',
    ]);
    expect(article.title).toBe('打响招商揭幕战');
    expect(article.text.split('\n')).toEqual([
      '某某网江苏1月15日电(记者 柳青禾)打响招商揭幕战。1月14日，某区举行重大项目集中签约仪式。',
      '区委书记程远致辞。',
    ]);
    expect((article.images ?? []).map((i) => i.caption)).toEqual([
      '1月14日，某区举行重大项目集中签约仪式。',
      '签约仪式现场',
    ]);
    expect(article.reporters).toEqual(['柳青禾']);
  });

  it('reads a reporter credit line and a gallery of unmarked captions after the story as no text', () => {
    const article = page([
      '某市重点合作项目签约仪式在沪举行',
      '某某讯 12月9日，某市重点合作项目签约仪式在上海举行。市长程远出席并致辞。',
      '市长程远致欢迎辞。',
      '会议现场',
      '市委书记严谨作重要讲话',
      '副市长林深与客商签约',
      '某某融媒体记者: 贺远山/文',
      '编辑:某某',
    ]);
    expect(article.text.split('\n')).toEqual([
      '某某讯 12月9日，某市重点合作项目签约仪式在上海举行。市长程远出席并致辞。',
      '市长程远致欢迎辞。',
    ]);
    expect((article.images ?? []).map((i) => i.caption)).toEqual([
      '会议现场',
      '市委书记严谨作重要讲话',
      '副市长林深与客商签约',
    ]);
    expect(article.reporters).toEqual(['贺远山']);
  });

  it('keeps a last sentence written without its full stop', () => {
    const article = page(['某区召开推进会', '3月2日，某区召开推进会。', '区长程远出席并讲话']);
    expect(article.text.split('\n')).toEqual(['3月2日，某区召开推进会。', '区长程远出席并讲话']);
  });
});

describe('no page refused for what it holds', () => {
  it('reads a page of one photo story under an e-paper header, without its credit', () => {
    const article = page([
      '第02版:要闻',
      '7月24日，市区南护城河，河道管护工人正在进行河道养护巡查。面对烈日炙烤，河道管护工人坚守岗位，确保河面干净整洁。 本报记者 乔一山 摄',
    ]);
    expect(article.text).toBe(
      '7月24日，市区南护城河，河道管护工人正在进行河道养护巡查。面对烈日炙烤，河道管护工人坚守岗位，确保河面干净整洁。',
    );
  });

  it('reads a page of only chrome as its lines rather than refusing it', () => {
    const article = page(['首页 > 要闻 > 正文', '点击查看更多>>']);
    expect(article.text).toBe('首页 > 要闻 > 正文\n点击查看更多>>');
    expect(article.warnings).toContain('no story found: every line is text');
  });

  it('ends the story at the wire end mark, and drops site and footer lines', () => {
    const article = page([
      '某区人代会开幕 - 某某要闻 国际',
      '某区人代会开幕',
      '12月25日上午，某区第六届人民代表大会第五次会议开幕。区长程远作政府工作报告。(完)',
      '记者10月31日从某市交管局获悉，民生服务行业人员已考取驾驶证。',
      '指导单位:某某省委宣传部建设单位:某某新闻网',
      '智能推荐',
      '政府信息公开 政务服务 互动交流',
    ]);
    expect(article.title).toBe('某区人代会开幕');
    expect(article.text).toBe(
      '12月25日上午，某区第六届人民代表大会第五次会议开幕。区长程远作政府工作报告。(完)',
    );
  });
});

describe('more portal and mirror chrome', () => {
  it('drops a welcome bar and app prompts, reads a combined credit bracket, keeps a closing byline of outlets, roles and names', () => {
    const welcome = page([
      '歡迎您的光臨! 今天是 |',
      '1月14日上午，某某集聚區管委會主任楊遠一行來園區考察。',
      '(撰稿、攝像:唐文遠)',
    ]);
    expect(welcome.title).toBe('1月14日上午，某某集聚區管委會主任楊遠一行來園區考察');
    expect(welcome.reporters).toEqual(['唐文遠']);
    const credits = page([
      '您的位置:首頁>時政>正文',
      '某某研究院到開發區調研',
      '4月20日上午，某某研究院到開發區開展調研活動。副區長張遠參加調研。',
      '最某某/今日某某通訊員 倪青 記者 官遠山',
      'Next Article',
      '喜欢就按个赞吧!!!',
      '点击关闭提示',
    ]);
    expect(credits.text.split('\n')).toEqual([
      '4月20日上午，某某研究院到開發區開展調研活動。副區長張遠參加調研。',
      '最某某/今日某某通訊員 倪青 記者 官遠山',
    ]);
  });

  it('reads a breadcrumb that goes on on the next line, a column tag before the headline, and a CMS footer', () => {
    const article = page([
      '当前位置:首页',
      '>要闻动态>政务要闻',
      '【落实在行动】全力推进园区建设',
      '发布日期: 2021- 04- 16 08: 54 浏览次数:',
      '4月14日上午，区管委会常务副主任王远召开重点园区推进工作会议。',
      'Produced By 某某网络 某某发布系统',
    ]);
    expect(article.title).toBe('全力推进园区建设');
    expect(article.publishedAt).toBe('2021-04-16T08:54:00+08:00');
    expect(article.text).toBe('4月14日上午，区管委会常务副主任王远召开重点园区推进工作会议。');
  });
});

describe('Taiwan pages and pages of several stories', () => {
  it('reads a press release dated in years of the Republic, and its issuing office as the source', () => {
    const article = page([
      '發稿單位:新聞及國際關係處',
      '發稿時間:113年4月2日10:40',
      '黃遠山市長於4月1日與某某市長共同簽署兩市夥伴協定。',
    ]);
    expect(article.publishedAt).toBe('2024-04-02T10:40:00+08:00');
    expect(article.source).toBe('新聞及國際關係處');
    expect(article.text).toBe('黃遠山市長於4月1日與某某市長共同簽署兩市夥伴協定。');
  });

  it('ends the page at a second story opening with its own dateline, with the headline above it', () => {
    const article = page([
      '/',
      '【臺南訊】台南市長黃遠山今(13)日與某某地域3位首長共同簽署友好交流協定。',
      '本次訪團由某某市長率團(一行35名)。',
      '颱風將影響某某地區 縣府籲農民加強防範',
      '【臺南訊】面對日益嚴峻的極端氣候，市長宣布推動韌性城市計畫。',
    ]);
    expect(article.text.split('\n')).toEqual([
      '【臺南訊】台南市長黃遠山今(13)日與某某地域3位首長共同簽署友好交流協定。',
      '本次訪團由某某市長率團(一行35名)。',
    ]);
  });
});
