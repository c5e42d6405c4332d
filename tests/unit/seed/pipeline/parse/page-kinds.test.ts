import { beforeAll, describe, expect, it } from 'vitest';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { extract } from '../../../../../seed/pipeline/extract/extract.ts';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';
import { WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

/**
 * Kinds of page beyond the article template (an HTML portal page, a WeChat copy, a list page, a story printed twice,
 * open-government info blocks, a Hong Kong press release, credits after debris): each is read as the one story it
 * carries. The pages are made up in the shapes the real ones print.
 */

// A test runs the extractor, whose first call loads its word lists (seconds on a loaded machine).
beforeAll(warmUp, WARM_UP_TIMEOUT);

const utf8 = (text: string) => new TextEncoder().encode(text);
const page = (lines: string[]) => {
  const [article] = parseBuffer(utf8(lines.join('\n')), 'page.txt');
  if (!article) throw new Error('no article');
  return article;
};

describe('a portal article page in HTML', () => {
  it('reads a centred line under a picture as its caption, and a unit that contributed the copy as nobody', () => {
    const html = `<html><head><title>区长走访重点企业_政务要闻_某某区人民政府</title></head><body>
      <div class="position">当前位置：<a>首页</a> &gt; <a>政务要闻</a></div>
      <h1>区长走访重点企业</h1><div class="info">发布时间：2023-05-12 10:00 来源：区政府办</div>
      <div class="TRS_Editor"><p>5月11日，区长程远山带队走访青禾新材料有限公司，副区长林一舟陪同。</p>
      <p style="text-align:center"><img src="/upload/1.jpg"></p><p style="text-align:center">程远山在青禾新材料有限公司调研</p>
      <p>程远山强调，要持续优化营商环境。</p><p>（区政府办 供稿）</p></div>
      <div class="print">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></body></html>`;
    const [article] = parseBuffer(utf8(html), 'page.html');
    expect(article?.text.split('\n')).toEqual([
      '5月11日，区长程远山带队走访青禾新材料有限公司，副区长林一舟陪同。',
      '程远山强调，要持续优化营商环境。',
      '（区政府办 供稿）',
    ]);
    expect((article?.images ?? []).map((i) => i.caption)).toEqual(['程远山在青禾新材料有限公司调研']);
    expect(article?.reporters).toEqual([]);
  });
});

describe('a WeChat copy', () => {
  it('drops a producer sign and an app prompt to comment', () => {
    const article = page([
      '某某融媒讯 4月18日，考察组一行到明集镇考察学习。',
      '某某市融媒体中心出品',
      '打开“某某融媒”看评论',
    ]);
    expect(article.text).toBe('某某融媒讯 4月18日，考察组一行到明集镇考察学习。');
  });

  it('drops the prompts the WeChat reader prints under the story', () => {
    const article = page([
      '原创 某某发布 某某发布 2023-09-12 20:15 浙江',
      '9月12日，区委书记程远山到临江科创园调研重点项目建设。',
      '预览时标签不可点',
      '微信扫一扫',
      '关注该公众号',
      '继续滑动看下一个',
      '轻触阅读原文',
      '知道了',
      '取消 允许',
      '分享 留言 收藏',
      '视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看',
    ]);
    expect(article.text).toBe('9月12日，区委书记程远山到临江科创园调研重点项目建设。');
    expect(article.source).toBe('某某发布');
  });
});

describe('a page that is a list', () => {
  it('reads the items without their dates as the text, with no date of its own, and pagination as chrome', () => {
    const article = page([
      '首页 > 新闻中心 > 工作动态',
      '区委书记程远山调研重点企业 2023-05-12',
      '区长林一舟主持召开区政府常务会议 2023-05-11',
      '某某街道召开党建联盟推进会 2023-05-10',
      '共 120 条 首页 上一页 1 2 3 下一页 尾页',
    ]);
    expect(article.text.split('\n')).toEqual([
      '区委书记程远山调研重点企业',
      '区长林一舟主持召开区政府常务会议',
      '某某街道召开党建联盟推进会',
    ]);
    expect(article.publishedAt).toBeNull();
    expect(article.warnings).toContain('a list page: its items are the text');
  });

  it('gives a valid annotation: no event is named across the items', () => {
    const article = page([
      '区委书记程远山调研重点企业 2023-05-12',
      '区长林一舟主持召开区政府常务会议 2023-05-11',
      '某某街道召开党建联盟推进会 2023-05-10',
    ]);
    const { annotation } = extract(article);
    expect(annotation.entities.filter((e) => e.name.includes('\n'))).toEqual([]);
    expect(() => validateAnnotation(annotation, 'list.txt')).not.toThrow();
  });

  it('keeps a story with a list of related items under it a story', () => {
    const article = page([
      '区委书记调研重点企业',
      '2023-05-12 10:00 来源：某某网',
      '5月11日，区委书记程远山到青禾公司调研。',
      '相关新闻',
      '区长主持召开区政府常务会议 2023-05-11',
      '某某街道召开党建联盟推进会 2023-05-10',
      '某某园区举行揭牌仪式 2023-05-09',
      '某某社区开展志愿服务 2023-05-08',
    ]);
    expect(article.text).toBe('5月11日，区委书记程远山到青禾公司调研。');
    expect(article.links).toHaveLength(4);
  });
});

describe('a story printed twice', () => {
  it('keeps each paragraph once', () => {
    const story = ['4月23日，某区重点项目开工仪式举行。区委书记陈远致辞。', '多家媒体对仪式进行了现场采访。'];
    const article = page([...story, '返回', ...story]);
    expect(article.text.split('\n')).toEqual(story);
  });
});

describe('portal info blocks and open-government metadata', () => {
  it('joins a key printed alone with its value on the next line, even when the block is printed twice', () => {
    const article = page([
      '欢迎访问某某县人民政府!',
      '登录/注册 用户中心 支持IPV6',
      '当前位置: 首页>新闻中心>乡镇动态',
      '全县生态保护推进会议召开',
      '发布时间:',
      '2025-05-22 10:03',
      '信息来源:',
      '今日某某',
      '分享到:',
      '发布时间:',
      '2025-05-22 10:03',
      '信息来源:',
      '今日某某',
      '分享到:',
      '5月21日，全县生态保护推进会议召开。副县长常远主持会议并讲话。',
    ]);
    expect(article.title).toBe('全县生态保护推进会议召开');
    expect(article.publishedAt).toBe('2025-05-22T10:03:00+08:00');
    expect(article.source).toBe('今日某某');
    expect(article.text).toBe('5月21日，全县生态保护推进会议召开。副县长常远主持会议并讲话。');
  });

  it('reads the metadata table of a disclosure page for the date and the issuing office, and none of it as text', () => {
    const article = page([
      '首页 > 某某县人民政府办公室信息公开 > 信息浏览',
      '索引号: 003129766/201901-00336 组配分类: 规范性文件发布',
      '信息分类: 通知   发布机构: 某某县人民政府办公室',
      '生成日期: 2019-01-23 文号:',
      '信息来源: 关键词:',
      '浏览次数: 590 内容概述:',
      '某某县人民政府关于印发工作规则的通知',
      '《工作规则》已经县政府第三次全体会议通过，现予印发，请遵照执行。',
    ]);
    expect(article.title).toBe('某某县人民政府关于印发工作规则的通知');
    expect(article.publishedAt).toBe('2019-01-23T00:00:00+08:00');
    expect(article.source).toBe('某某县人民政府办公室');
    expect(article.text).toBe('《工作规则》已经县政府第三次全体会议通过，现予印发，请遵照执行。');
  });

  it('reads the writers of a closing bracket of writing and photo credits (A B/文 C/图)', () => {
    const article = page([
      '某某公司與某某中心簽署合作協議',
      '5月3日，某某開發區有限公司與某某中心簽署合作協議。',
      '簽約儀式前，雙方進行了座談交流。(柏夢遠 邢凱遠/文 羅一婕/圖)',
    ]);
    expect(article.reporters).toEqual(['柏夢遠', '邢凱遠']);
  });

  it('ends a bracket of credits at the next credit key', () => {
    const article = page([
      '某县召开周交办会议',
      '8月22日，县长朱远主持召开周交办会议。',
      '(图文:张素远 审核:张一帆)',
    ]);
    expect(article.reporters).toEqual(['张素远']);
  });
});

describe('a Hong Kong press release', () => {
  it('ends at 完, is dated by the day under it, and drops the skip link, the asterisks and the time line', () => {
    const article = page([
      '跳至主要内容',
      '政务司司长率代表团赴福建出席合作会议',
      '***********************',
      '会议于十一月二十八日在福州举行。双方将在会议讨论加强多个领域的合作。',
      '完',
      '2018年11月23日(星期五)',
      '香港时间14时30分',
      '即日新闻',
    ]);
    expect(article.title).toBe('政务司司长率代表团赴福建出席合作会议');
    expect(article.publishedAt).toBe('2018-11-23T00:00:00+08:00');
    expect(article.text).toBe('会议于十一月二十八日在福州举行。双方将在会议讨论加强多个领域的合作。');
  });
});

describe('credits after debris, and a story sentence with its credits in a bracket', () => {
  it('reads spaced-out credit keys and question-mark debris as credits, not story', () => {
    const article = page([
      '12月18日，區長王遠調研督導安全生產工作。區直有關部門負責同志參加。',
      '上午在某某化工，王遠與專家交流。 ??',
      '來源:政府辦??劉遠東/文??',
      '編 ? ?輯:鄒雙',
      '校 ? ?對:徐方',
      '總策劃:王 ? 飛',
      '说明: D06947541B0D8A52B4EAB37006B64989',
    ]);
    expect(article.text.split('\n')).toEqual([
      '12月18日，區長王遠調研督導安全生產工作。區直有關部門負責同志參加。',
      '上午在某某化工，王遠與專家交流。',
    ]);
    expect(article.source).toBe('政府辦');
  });

  it('keeps a story sentence followed by a bracket of writer and reviewer credits, naming the writer', () => {
    const article = page(['2月9日上午，區長汪遠現場督導安全保障工作。( 撰稿人:李安 審稿人:朱冬林、沈彪)']);
    expect(article.text).toBe('2月9日上午，區長汪遠現場督導安全保障工作。( 撰稿人:李安 審稿人:朱冬林、沈彪)');
    expect(article.reporters).toEqual(['李安']);
    expect(article.warnings ?? []).not.toContain('no story found: every line is text');
  });

  it('reads no source from a bracket where the value should be', () => {
    const article = page([
      '副区长柏远陪同督导组检查安全生产工作',
      '【信息来源:【信息时间:2018-05-17 09:29  阅读次数: 】【字号 】【我要打印】【关闭',
      '5月16日下午，副区长柏远陪同督导组检查安全生产工作。',
    ]);
    expect(article.source).toBeNull();
    expect(article.publishedAt).toBe('2018-05-17T09:29:00+08:00');
  });
});
