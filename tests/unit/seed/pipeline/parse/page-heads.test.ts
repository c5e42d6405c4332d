import { describe, expect, it } from 'vitest';
import { page } from './page.ts';

/**
 * Heads and tails of real pages seen in the fifth session's crawls: stacked headlines, portal page tools, source
 * footers, bars, reposts, widgets. The pages are made up in the shapes the real ones print (credits and debris:
 * ./page-writers.test.ts, ./body-lines.test.ts).
 */

describe('stacked headlines', () => {
  it('takes the headline, not the kicker above it, and keeps the subtitle as text (no info line)', () => {
    const article = page([
      '首页 > 要闻',
      '聚焦高质量发展',
      '临江区与三家央企签署战略合作协议',
      '总投资超百亿元，涉及新能源、数字经济等领域',
      '3月5日，临江区与华夏能源集团等三家企业签署战略合作协议。区委书记陆远航出席。',
      '协议涉及新能源项目。',
    ]);
    expect(article.title).toBe('临江区与三家央企签署战略合作协议');
    expect(article.text.split('\n')).toEqual([
      '总投资超百亿元，涉及新能源、数字经济等领域',
      '3月5日，临江区与华夏能源集团等三家企业签署战略合作协议。区委书记陆远航出席。',
      '协议涉及新能源项目。',
    ]);
  });

  it('takes the headline between a kicker and a dashed subtitle above the info line, the subtitle as text', () => {
    const article = page([
      '新闻中心',
      '“双招双引”再发力',
      '临江区与三家央企签署战略合作协议',
      '——总投资超百亿元',
      '发布时间:2024-03-06 10:20 来源:临江发布',
      '3月5日，临江区与华夏能源集团等三家企业签署战略合作协议。区委书记陆远航出席。',
    ]);
    expect(article.title).toBe('临江区与三家央企签署战略合作协议');
    expect(article.source).toBe('临江发布');
    expect(article.publishedAt).toBe('2024-03-06T10:20:00+08:00');
    expect(article.text.split('\n')).toEqual([
      '——总投资超百亿元',
      '3月5日，临江区与华夏能源集团等三家企业签署战略合作协议。区委书记陆远航出席。',
    ]);
  });

  it('takes the headline above a subtitle that the lead tells too (e-paper head over the info line)', () => {
    const article = page([
      '03版:综合总第627期 >2023-03-10编印',
      '区七届人大常委会召开第十一次会议',
      '决定岳青禾副区长代理某区政府区长职务 审议通过补选人大代表等事项',
      '刊发日期:2023-03-10 阅读次数: 作者:admin',
      '本报讯(记者 林晚照)昨天上午，区七届人大常委会召开第十一次会议。会议决定岳青禾副区长代理某区人民政府区长职务。',
      '会议审议通过补选人大代表等事项。',
    ]);
    expect(article.title).toBe('区七届人大常委会召开第十一次会议');
    expect(article.text.split('\n')[0]).toBe(
      '决定岳青禾副区长代理某区政府区长职务 审议通过补选人大代表等事项',
    );
  });

  it('keeps the headline over a short subtitle all of whose words the lead repeats', () => {
    const article = page([
      '某市产业链招商重点合作项目签约仪式在沪举行',
      '柏舟出席并致辞',
      '某某讯 12月9日，某市产业链招商重点合作项目签约仪式在上海举行。市委副书记柏舟出席并致辞。',
    ]);
    expect(article.title).toBe('某市产业链招商重点合作项目签约仪式在沪举行');
  });

  it('keeps a headline that shares few words with its story over the column name above it', () => {
    const article = page([
      '某某街道新闻',
      '春风行动暖人心',
      '发布时间:2024-02-20 来源:某某街道',
      '2月19日，某某街道在社区广场举办招聘会，二十余家企业提供岗位三百余个。',
    ]);
    expect(article.title).toBe('春风行动暖人心');
  });
});

describe('portal page tools and footers', () => {
  it('drops the page tools and the attachment heading, and reads a footer 信息来源 as the source', () => {
    const article = page([
      '首页 > 新闻中心 > 乡镇动态',
      '青石镇召开安全生产工作会议',
      '2024-03-12 阅读:86 次',
      '3月11日，青石镇召开安全生产工作会议，镇长韩立秋出席并讲话。',
      '会议要求，各村要压实责任。',
      '信息来源:青石镇人民政府网',
      '分享 打印此页|关闭窗口 扫码浏览',
      '【打印本文】【关闭本页】',
      '相关附件',
      '安全生产检查表.docx',
      '上一篇:青石镇开展消防演练',
    ]);
    expect(article.source).toBe('青石镇人民政府网');
    expect(article.publishedAt).toBe('2024-03-12T00:00:00+08:00');
    expect(article.text.split('\n')).toEqual([
      '3月11日，青石镇召开安全生产工作会议，镇长韩立秋出席并讲话。',
      '会议要求，各村要压实责任。',
    ]);
  });

  it('drops the traditional print buttons of a Taiwan portal', () => {
    const article = page([
      '市府舉辦青年創業論壇',
      '發布日期:2024-04-02',
      '市府今日舉辦青年創業論壇，副市長林承宇出席致詞。',
      '友善列印 | 列印本頁 | 關閉視窗',
    ]);
    expect(article.text).toBe('市府今日舉辦青年創業論壇，副市長林承宇出席致詞。');
  });
});

describe('portal bars above the headline', () => {
  it('drops a weather bar that ends like a sentence, the greeting and the bookmark buttons above the headline', () => {
    const article = page([
      '今天是:',
      '天气:',
      '• 12日 多云转晴 21-13℃;13日 小雨 18-12℃;14日 阴 17-11℃。',
      '加入收藏设为首页',
      '青禾县考察团来临江区交流',
      '2019年04月12日 15:44  临江新闻网',
      '字号:TT',
      '临江新闻网讯(记者沈一舟)4月11日，青禾县考察团一行来我区考察城市管理工作。',
    ]);
    expect(article.title).toBe('青禾县考察团来临江区交流');
    expect(article.publishedAt).toBe('2019-04-12T15:44:00+08:00');
    expect(article.source).toBe('临江新闻网');
    expect(article.reporters).toEqual(['沈一舟']);
    expect(article.text).toBe('临江新闻网讯(记者沈一舟)4月11日，青禾县考察团一行来我区考察城市管理工作。');
  });

  it('keeps a story sentence that gives two temperatures', () => {
    const article = page([
      '某镇抢收早稻',
      '2024-07-10 来源:某镇',
      '当天气温从26℃升至35℃，多云转晴，农户们抓紧抢收早稻。',
    ]);
    expect(article.text).toBe('当天气温从26℃升至35℃，多云转晴，农户们抓紧抢收早稻。');
  });

  it('removes box-drawing debris a converter left around a bracket', () => {
    const article = page([
      '区委书记调研人大工作',
      '来源:某某发布 日期:2023年2月8日 13:15:34',
      '今天╠(2月7日)╣ 上午,区委书记柯望舒到区人大常委会调研。',
    ]);
    expect(article.text).toBe('今天(2月7日) 上午,区委书记柯望舒到区人大常委会调研。');
  });
});

describe('reposts', () => {
  it('takes the original headline a repost keeps under 原标题 as the title', () => {
    const article = page(['原标题:某某记者手记:与城市一起成长', '2020年11月8日，我从业生涯的第四个记者节。']);
    expect(article.title).toBe('某某记者手记:与城市一起成长');
  });

  it('reads a note of where the piece first ran as its source and day, not as text', () => {
    const article = page([
      '某城营商环境报告发布',
      '报告显示，某城营商环境连续三年提升。',
      '(本文首发于2022年1月27日《江城周刊》)',
      '责任编辑:柏青 韩露',
    ]);
    expect(article.source).toBe('江城周刊');
    expect(article.publishedAt).toBe('2022-01-27T00:00:00+08:00');
    expect(article.text).toBe('报告显示，某城营商环境连续三年提升。');
  });

  it('reads the account a repost names in quotes', () => {
    const article = page(['某区开展义诊活动', '3月5日，某区开展义诊活动。', '本文来自微信公众号“临江发布”']);
    expect(article.source).toBe('临江发布');
    expect(article.text).toBe('3月5日，某区开展义诊活动。');
  });
});

describe('government press pages of Macau', () => {
  it('reads the office named alone between the headline and the date as the source, and drops the channel prompts', () => {
    const article = page([
      'Loading',
      '行政长官启程前往里斯本',
      '新闻局',
      '2010-06-17 23:12',
      '未能播放Youtube视频',
      '行政长官今(17)晚启程前往里斯本，展开为期七天的访问行程。',
      '订阅新闻局Telegram政府新闻频道:https://t.me/example,即时接收最新消息。',
      '订阅频道',
      '某某特别行政区政府新闻局 Facebook',
      '某某特别行政区政府新闻局 官方微信',
      '微信订阅号:某某政府信息',
      '已复制连结',
      '跳转到页面顶部',
    ]);
    expect(article.title).toBe('行政长官启程前往里斯本');
    expect(article.source).toBe('新闻局');
    expect(article.publishedAt).toBe('2010-06-17T23:12:00+08:00');
    expect(article.text).toBe('行政长官今(17)晚启程前往里斯本，展开为期七天的访问行程。');
  });

  it('reads the traditional chrome of a portal news list and takes the headline after it', () => {
    const article = page([
      '跳過導航',
      '某某特別行政區政府入口網站',
      '新聞',
      '顯示模式: 網格 列表',
      '學徒培訓課程開學禮',
      '學徒培訓課程日前在勞工事務局舉行開學禮，出席典禮者包括勞工事務局代局長林晚晴等。',
    ]);
    expect(article.title).toBe('學徒培訓課程開學禮');
    expect(article.site).toBe('某某特別行政區政府入口網站');
    expect(article.text).toBe(
      '學徒培訓課程日前在勞工事務局舉行開學禮，出席典禮者包括勞工事務局代局長林晚晴等。',
    );
  });
});

describe('Hong Kong government pages and open-government lists', () => {
  it('drops the skip link and border images, the note of a picture after the headline, and the headline printed again', () => {
    const article = page([
      'Jump to the beginning of content',
      'border image',
      '新聞公報',
      'border image',
      '城市交流論壇籌備工作小組返港(附圖)',
      '城市交流論壇籌備工作小組今日返港。工作小組昨日與有關單位舉行會議。',
      '城市交流論壇籌備工作小組返港',
      '城市交流論壇籌備工作小組今日返港。工作小組昨日與有關單位舉行會議。',
      '回到頁首',
    ]);
    expect(article.title).toBe('城市交流論壇籌備工作小組返港');
    expect(article.text).toBe('城市交流論壇籌備工作小組今日返港。工作小組昨日與有關單位舉行會議。');
  });

  it('reads a date written day first with dots', () => {
    const article = page([
      '特首宴請來訪總督',
      '13.11.2017 02:15',
      '本文來源: 政府新聞網',
      '特首今晚設宴款待來訪總督。',
    ]);
    expect(article.publishedAt).toBe('2017-11-13T02:15:00+08:00');
    expect(article.source).toBe('政府新聞網');
  });

  it('reads a bulleted metadata list whose keys and values sit on separate lines, empty keys as chrome', () => {
    const article = page([
      '返回顶部',
      '某县人民政府工作规则',
      '  • 索引号:',
      '    6100000000/2024-000001',
      '  • 主题分类:',
      '  • 来源:',
      '  • 发文机构:',
      '    县政府办公室',
      '  • 发文日期:',
      '    2024年04月06日 16:40',
      '  • 有效性:',
      '  • 内容概述:',
      '某县人民政府工作规则',
      '第一章 总则',
      '一、根据有关法律，结合本县实际，制定本规则。',
    ]);
    expect(article.title).toBe('某县人民政府工作规则');
    expect(article.source).toBe('县政府办公室');
    expect(article.publishedAt).toBe('2024-04-06T16:40:00+08:00');
    expect(article.text.split('\n')).toEqual(['第一章 总则', '一、根据有关法律，结合本县实际，制定本规则。']);
  });
});

describe('widgets of e-papers and forums', () => {
  it('drops a calendar widget above an e-paper story, which is no headline', () => {
    const article = page([
      '|',
      '日 | 一 | 二 | 三 | 四 | 五 | 六 |',
      '---|',
      '版次:02 作者:林晚照2024年03月01日',
      '本报讯(记者 林晚照)2月29日,区政协主席岳青禾走访调研委员企业。',
    ]);
    expect(article.title).toBe('2月29日,区政协主席岳青禾走访调研委员企业');
    expect(article.publishedAt).toBe('2024-03-01T00:00:00+08:00');
  });

  it("drops a forum's pager, a repost disclaimer, and reads a top picture's caption as a caption", () => {
    const article = page([
      '某区与某公司签约',
      '来源: 区委宣传部',
      '頂圖:雙方簽訂協議',
      '1月2日，区政府与某公司签约。',
      '本文为某某站原创文章,转载请附上原文出处链接和本声明。',
      '页:',
      '[1]',
    ]);
    expect(article.text).toBe('1月2日，区政府与某公司签约。');
    expect((article.images ?? []).map((image) => image.caption)).toEqual(['雙方簽訂協議']);
  });

  it('drops a short column before a bar from the title, but never leaves the site name as the title', () => {
    expect(
      page(['跨江融合发展 | 建立产业协作联盟 携手跨江融合发展', '8月25日，某市举行签约仪式。']).title,
    ).toBe('建立产业协作联盟 携手跨江融合发展');
    expect(page(['某区召开会议 | 某某市人民政府门户网站', '8月25日，某区召开会议。']).title).toBe(
      '某区召开会议 | 某某市人民政府门户网站',
    );
  });
});

describe('heads seen in the sixth session held-out pages', () => {
  it('splits the story from an info line it is glued to, and reads both', () => {
    const article = page([
      '发布时间:2023-12-22 10:15 | 来源:江城日报 | 作者:江城区融媒体中心 | 责任编辑:张小明12月22日,区委书记王建国到江城科技园调研。',
      '王建国先后来到华达智能科技有限公司,了解企业生产经营情况。',
    ]);
    expect(article.source).toBe('江城日报');
    expect(article.publishedAt).toBe('2023-12-22T10:15:00+08:00');
    expect(article.text.split('\n')[0]).toBe('12月22日,区委书记王建国到江城科技园调研。');
    const trad = page([
      '來源:江城日報 | 責任編輯:張小明近日,區委書記王建國到江城科技園調研。',
      '王建國了解企業情況。',
    ]);
    expect(trad.source).toBe('江城日報');
    expect(trad.text.startsWith('近日,區委書記王建國')).toBe(true);
  });

  it('reads `(来源:X)` as X, and keeps an outlet’s own bracket', () => {
    const lines = (info: string) => [
      '江城区召开民营企业家座谈会',
      info,
      '12月22日,区委书记王建国主持召开座谈会。',
      '区长李明出席会议。',
    ];
    expect(page(lines('(来源:江城日报)')).source).toBe('江城日报');
    expect(page(lines('来源:江城日报(海外版)')).source).toBe('江城日报(海外版)');
  });

  it('never takes a photo credit above the story for its headline', () => {
    const article = page([
      '江城新闻客户端记者 张小明 摄',
      '12月22日,区委书记王建国到江城科技园调研企业发展情况。',
      '王建国先后来到华达智能科技有限公司,详细了解企业生产经营情况。',
    ]);
    expect(article.title).toBe('12月22日,区委书记王建国到江城科技园调研企业发展情况');
  });
});
