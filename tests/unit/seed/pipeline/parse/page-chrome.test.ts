import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';
import {
  isCommentAreaLine,
  isPageChrome,
  withoutBulletMenus,
} from '../../../../../seed/pipeline/parse/page-chrome.ts';
import { isChromeLine } from '../../../../../seed/pipeline/parse/scrape-lines.ts';

/**
 * Classes of chrome seen on many sites' pages in the sixteenth session (comment areas, share-button runs, menus,
 * clocks, reprint notices, app prompts, pagers, players, logos, spam links). Every line here is made up in the
 * shape the pages print.
 */
const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (page: string, name = 'x.txt') => {
  const [article] = parseBuffer(utf8(page), name);
  if (!article) throw new Error('no article');
  return article;
};

describe('a comment area under the story', () => {
  it('ends the story: its heading, counters and empty-state prompts are no text', () => {
    const article = parse(
      [
        '青川县商会换届大会召开',
        '5月6日，青川县商会召开第三届会员大会，选举产生新一届理事会。',
        '会上，县工商联主席柳明远作讲话。',
        '发表评论',
        '3人参与，2条评论',
        '暂无评论，快来抢沙发！',
        '最热评论',
        '最新评论',
        '我来说两句',
      ].join('\n'),
    );
    expect(article.text).toBe(
      '5月6日，青川县商会召开第三届会员大会，选举产生新一届理事会。\n会上，县工商联主席柳明远作讲话。',
    );
  });

  it('is told by its vocabulary, in either script, and a story sentence about comments is none', () => {
    for (const line of ['最熱評論', '網友留言僅代表其看法,與本網無涉,請理性發言。', '12条评论', '暂无评论'])
      expect(isCommentAreaLine(line)).toBe(true);
    for (const line of ['评论员文章指出，要把好事办好。', '市民纷纷发表评论，点赞新公园。'])
      expect(isCommentAreaLine(line)).toBe(false);
  });

  it('above the story is a sidebar heading, not its end', () => {
    const article = parse(
      ['最新评论', '湖田镇举行农技培训', '3月2日，湖田镇举行春耕农技培训班，百余名农户参加。'].join('\n'),
    );
    expect(article.text).toBe('3月2日，湖田镇举行春耕农技培训班，百余名农户参加。');
  });
});

describe('chrome classes', () => {
  it('runs of social-network names, font switchers, search boxes and image widgets', () => {
    for (const line of [
      'LINEFacebookTwitter',
      'Telegram Facebook Email',
      '微信 微博 QQ空间',
      'A A',
      'A+ A-',
      '沒有結果',
      '查看全部結果',
      '放大圖片',
      '点击查看大图',
    ])
      expect(isPageChrome(line), line).toBe(true);
  });

  it('reprint notices, app prompts, pagers, players, logos, back-to-top and spam links', () => {
    for (const line of [
      '本站稿件版權歸青川快報所有,未經授權不得轉載。',
      '本站所刊载信息，不代表本报观点。',
      '下载掌上青川app,阅读体验更佳',
      '取消 下载',
      '本新闻共3页,当前在第02页  010203',
      '本期共8版, 当前第2版',
      'Loading the player ...',
      'Video Player is loading.',
      'Current Time 0:00',
      '青川新聞網(Logo-image) 青川新聞網(Logo-text)',
      'TOP',
      '↑返回顶部↑',
      '某某养生交流群 http://example.com/a_123.html',
      'Wednesday',
      '星期四',
      '19:41',
    ])
      expect(isChromeLine(line), line).toBe(true);
  });

  it("prompts and leftovers of the page's machinery", () => {
    for (const line of [
      '繼續往下閱讀…',
      '看新聞也能抽獎 點我下載APP 按我看辦法',
      '建議使用 Edge 或 Chrome 瀏覽器以獲得最佳瀏覽效果。',
      'Notice: Undefined index: id in /var/www/site/inc/news.php on line 42',
      '本篇發表於 地方新聞 並標籤為 , ,',
      '01:05 / 02:40',
      '视频加载中...',
      '上一张 下一张',
      '移至主內容',
      '檢舉',
      '1,204次瀏覽 ・ 12次分享 ・ 0則留言',
      '點閱:0',
      '新聞關鍵字',
      '加入Line好友',
      'WhatsApp',
      'example-travel.com',
      '字型大小轉換  A   A   A  繁體中文 | English',
      '請使用Chrome瀏覽器, 1280*800或更高解像度瀏覽',
    ])
      expect(isChromeLine(line), line).toBe(true);
  });

  it('leaves story lines and a footer keyed link alone', () => {
    for (const line of [
      '县文旅局表示，转载须经作者同意的规定今年起施行。',
      '地址：http://example.com/news/123.html',
      '原文链接 http://example.com/news/123.html',
      '签约仪式上，双方交换了协议文本。',
      '2023年5月6日 来源：青川县融媒体中心',
      'AA制聚餐须依规报备',
      '建议使用公共交通工具出行，市民反响良好。',
      '会议要求继续阅读经典、学习理论。',
      '请使用普通浏览器登录系统办理业务。',
      'AAA级景区',
    ])
      expect(isChromeLine(line), line).toBe(false);
  });

  it('a run of three or more bulleted section names is a menu; two bulleted points are not', () => {
    expect(withoutBulletMenus(['• 要闻', '• 民生', '• 文旅', '• 体育', '标题'])).toEqual(['标题']);
    expect(withoutBulletMenus(['• 推进会', '• 调度会', '正文'])).toEqual(['• 推进会', '• 调度会', '正文']);
    expect(
      withoutBulletMenus(['• 一是要压实责任，抓好落实。', '• 二是要强化督导。', '• 三是要严肃问责。']),
    ).toHaveLength(3);
  });
});

describe('a page framed by a menu, a clock and share buttons', () => {
  it('finds the headline under the menu, the date under it rather than the clock, and a clean story', () => {
    const article = parse(
      [
        '2026年3月4日 星期三',
        '嶺南晨報 | LingnanDaily',
        '  • 要聞',
        '  • 產經',
        '  • 運動',
        '  • 娛樂',
        '沒有結果',
        '查看全部結果',
        '首頁 要聞',
        '溪口鄉新建活動中心啟用 鄉親共享新空間',
        '2026-03-02',
        'A A',
        '▲鄉長與來賓共同剪綵，溪口鄉新建活動中心正式啟用。(圖/鄉公所提供)',
        'LINEFacebookTelegram',
        '記者林曉雲/嘉義報導',
        '溪口鄉公所2日上午舉行新建活動中心啟用典禮，鄉長何文彬與各界來賓共同剪綵。',
        '何文彬表示，活動中心將提供長輩共餐及社團使用。',
      ].join('\n'),
    );
    expect(article.title).toBe('溪口鄉新建活動中心啟用 鄉親共享新空間');
    expect(article.publishedAt).toBe('2026-03-02T00:00:00+08:00');
    expect(article.text).toBe(
      [
        '記者林曉雲/嘉義報導',
        '溪口鄉公所2日上午舉行新建活動中心啟用典禮，鄉長何文彬與各界來賓共同剪綵。',
        '何文彬表示，活動中心將提供長輩共餐及社團使用。',
      ].join('\n'),
    );
  });

  it('takes the dateline under the byline over the site clock above the headline', () => {
    const article = parse(
      [
        '東岸新聞網(Logo-image) 東岸新聞網(Logo-text)',
        '2025/09/03',
        'Wednesday',
        '08:12',
        '花崗縣議會定期大會開議',
        '東岸新聞網記者許明哲/花崗報導',
        '2016.12.25',
        '花崗縣議會今日上午召開第五屆第二次定期大會，議長高振宇主持開議。',
        '返回上一頁',
        'TOP',
      ].join('\n'),
    );
    expect(article.title).toBe('花崗縣議會定期大會開議');
    expect(article.publishedAt).toBe('2016-12-25T00:00:00+08:00');
    expect(article.text).toBe(
      '東岸新聞網記者許明哲/花崗報導\n花崗縣議會今日上午召開第五屆第二次定期大會，議長高振宇主持開議。',
    );
  });
});

describe('captions credited without a space and column labels', () => {
  it('a short line ending with its picture credit is a caption, in the body or above it', () => {
    const article = parse(
      [
        '快訊',
        '南岸特派記者周立／青山即時報導',
        '青山鄉年貨市集昨晚舉辦抽獎，現場人氣旺。記者周立／攝影',
        '青山鄉年貨市集昨晚舉辦抽獎活動，今年頭獎由外地鄉親抽中，鄉長何文彬到場主持。',
        '鄉長何文彬（左）與得獎鄉親合影。（青山鄉公所提供）',
        '何文彬表示，活動公平公正公開。',
      ].join('\n'),
    );
    expect(article.title).not.toBe('快訊');
    expect(article.text).toBe(
      [
        '南岸特派記者周立／青山即時報導',
        '青山鄉年貨市集昨晚舉辦抽獎活動，今年頭獎由外地鄉親抽中，鄉長何文彬到場主持。',
        '何文彬表示，活動公平公正公開。',
      ].join('\n'),
    );
    expect(article.images).toHaveLength(2);
  });
});

describe("a county portal's newsroom credits", () => {
  it('are credits, not text, in either script', () => {
    const article = parse(
      [
        '县领导看望政协委员',
        '11月3日下午，县委书记罗青来到委员驻地，看望慰问参会的县政协委员。',
        '全媒体记者:周立 何安',
        '編輯:韩露 李路',
        '編審:高远',
        '复审：林森',
        '值班主任：吴桐',
      ].join('\n'),
    );
    // The writers' line signs the story and stays text, as a byline does; the newsroom's credits leave it.
    expect(article.text).toBe(
      '11月3日下午，县委书记罗青来到委员驻地，看望慰问参会的县政协委员。\n全媒体记者:周立 何安',
    );
    expect(article.reporters).toEqual(['周立', '何安']);
  });
});

describe('a date with its weekday', () => {
  it('under the headline dates the page; above it, when no other date is printed, too', () => {
    for (const page of [
      ['青山区召开项目推进会', '2023年5月12日 星期五', '5月11日，青山区召开重点项目推进会，区长周立出席。'],
      ['2023年5月12日 星期五', '青山区召开项目推进会', '5月11日，青山区召开重点项目推进会，区长周立出席。'],
    ]) {
      const article = parse(page.join('\n'));
      expect(article.title).toBe('青山区召开项目推进会');
      expect(article.publishedAt).toBe('2023-05-12T00:00:00+08:00');
    }
  });
});

describe("a mirror's bulleted metadata and its picture's source", () => {
  it('keeps the dated bullet for the date, drops the others; a sentence with its picture source is a caption', () => {
    const article = parse(
      [
        '花絮：两位市长在论坛上合影留念',
        '  • 2023-08-31 08:23:18    某某新闻',
        '  • 韩露',
        '  • 快讯',
        '青山市长周立与南岸市长何安在论坛上合影。(图片来源:某某网)',
        '某某网8月30日讯 综合媒体报道，青山南岸城市论坛今日举行，两市市长出席并见证三项合作备忘录签署。',
        '[责任编辑:韩露]',
        '分享:',
        '本文地址:http://www.example.com/news/2023-08-31/1.html',
        '特别说明：文中所述系作者一家之言，不代表本网观点。',
      ].join('\n'),
    );
    expect(article.publishedAt).toBe('2023-08-31T08:23:18+08:00');
    expect(article.text).toBe(
      '某某网8月30日讯 综合媒体报道，青山南岸城市论坛今日举行，两市市长出席并见证三项合作备忘录签署。',
    );
    expect(article.images?.[0]?.caption).toBe('青山市长周立与南岸市长何安在论坛上合影。');
    expect(article.url).toBe('http://www.example.com/news/2023-08-31/1.html');
  });
});

describe('what follows the story', () => {
  it('arrowed links and an `other news` heading end it', () => {
    const article = parse(
      [
        '溪口鄉舉辦防災演練',
        '記者陳佳蓉/嘉義報導',
        '溪口鄉公所昨日舉辦防災演練，鄉長何文彬到場督導。',
        '►聽Podcast #街角故事',
        '【其他新聞】',
        '►某路段貨車翻覆 駕駛輕傷送醫',
        '►流浪犬受困水溝 消防員出動救援',
      ].join('\n'),
    );
    expect(article.text).toBe('記者陳佳蓉/嘉義報導\n溪口鄉公所昨日舉辦防災演練，鄉長何文彬到場督導。');
  });

  it('a `more reports from the outlet` heading ends it', () => {
    const article = parse(
      [
        '溪口鄉舉辦防災演練',
        '溪口鄉公所昨日舉辦防災演練，鄉長何文彬到場督導。',
        '更多嶺南新聞網報導',
        '某地夜市人潮湧現 攤商笑開懷',
      ].join('\n'),
    );
    expect(article.text).toBe('溪口鄉公所昨日舉辦防災演練，鄉長何文彬到場督導。');
  });

  it('a pager and a related-pictures list end it too', () => {
    const article = parse(
      [
        '您所在的位置:首页>>新闻中心>>县区>>正文',
        '石门镇举行揭牌仪式(组图)',
        '(2019-4-8 09:30:00)  来源:县新闻中心   打印本页',
        '4月7日，石门镇举行便民服务中心揭牌仪式，副县长罗成出席。',
        '本新闻共2页,当前在第01页  0102',
        '摄影相关图片',
        '山间晨雾(图) 古镇秋色(组图)',
      ].join('\n'),
    );
    expect(article.text).toBe('4月7日，石门镇举行便民服务中心揭牌仪式，副县长罗成出席。');
  });
});

describe('headlines that are not there or glued to something', () => {
  it('adverts above a byline are no headline: the story opens with the byline, titled by its first sentence', () => {
    const article = parse(
      [
        '海線好物節',
        '2025花卉博覽會',
        '遊山城-抽大獎',
        '動起來 健康城',
        '遊山城-抽大獎',
        '北部特派員林子謙/桃溪縣報導',
        '鄉長吳志成|致詞',
        '鄉長吳志成|致詞',
        '桃溪鄉長吳志成率各課室主管出席並聽取地方意見',
        '桃溪鄉公所本週舉辦地方座談會，連續三天在六個村召開，鄉民踴躍發言，提出道路與排水等多項建議，公所逐一記錄並答覆。',
      ].join('\n'),
    );
    expect(article.title).toBe('桃溪鄉長吳志成率各課室主管出席並聽取地方意見');
    expect(article.text.split('\n')[0]).toBe('北部特派員林子謙/桃溪縣報導');
    expect(article.text).not.toContain('致詞');
    expect((article.images ?? []).some((image) => image.caption === '鄉長吳志成|致詞')).toBe(true);
  });

  it('a caption glued before the dateline is split off; the derived title starts after the retold paper', () => {
    const article = parse(
      '圖為林安（左）頒發聘書，青禾書畫會聘請顧問。（圖片來源：某某晚報） 某某社香港5月2日電／據某某晚報報導，青禾書畫會顧問聘任儀式於5月1日在會址進行。會長何嘉明頒發聘書。',
    );
    expect(article.text.startsWith('某某社香港5月2日電')).toBe(true);
    expect(article.title).toBe('青禾書畫會顧問聘任儀式於5月1日在會址進行');
    expect(article.images?.[0]?.caption).toContain('林安');
  });

  it('a derived title loses the mark a dateline left before it', () => {
    const article = parse('據某某政務公眾號5月8日消息,禾山區管委會與某某科技公司昨日舉行項目對接會。');
    expect(article.title).toBe('禾山區管委會與某某科技公司昨日舉行項目對接會');
  });

  it('a headline glued before the dateline gets its own line; the story starts at the dateline', () => {
    const article = parse(
      '副县长韩松陪同考察 禾阳网讯 (记者 林东) 15日，省农科院专家组来我县调研茶叶种植，实地走访了三个茶园。',
    );
    expect(article.title).toBe('副县长韩松陪同考察');
    expect(article.text).toBe(
      '禾阳网讯 (记者 林东) 15日，省农科院专家组来我县调研茶叶种植，实地走访了三个茶园。',
    );
  });

  it('the headline printed again with its subtitle is no text', () => {
    const article = parse(
      [
        '全县秋季植树活动启动',
        '全县秋季植树活动启动 干部群众共植新绿',
        '禾阳网讯(记者 林东) 前天上午，全县秋季义务植树活动在城南公园启动，县长韩松参加。',
      ].join('\n'),
    );
    expect(article.title).toBe('全县秋季植树活动启动');
    expect(article.text).toBe(
      '禾阳网讯(记者 林东) 前天上午，全县秋季义务植树活动在城南公园启动，县长韩松参加。',
    );
  });

  it('a spam line with a link is never the headline', () => {
    const article = parse(
      [
        '时间:2021-7-25来源:本站原创 作者:佚名',
        '某某健康交流群 http://example.com/news/a_1.html',
        '4月15日，青山汽车试验基地开工仪式在青山区举行，市长赵明出席。',
      ].join('\n'),
    );
    expect(article.title).toBe('4月15日，青山汽车试验基地开工仪式在青山区举行，市长赵明出席');
  });
});
