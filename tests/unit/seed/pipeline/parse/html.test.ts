import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { largestBlock } from '../../../../../seed/pipeline/parse/html-fallback.ts';
import { parseBuffer, parseFile } from '../../../../../seed/pipeline/parse/index.ts';

const FIXTURES = 'tests/fixtures/parse';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('HTML pages', () => {
  it('reads a UTF-8 page: <h1> over the <title> suffix, meta, figure, related list, prev/next', async () => {
    const [article, ...rest] = await parseFile(`${FIXTURES}/utf8-related.html`);
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      title: '青枫湾智慧园区党建联盟揭牌成立',
      publishedAt: '2023-06-02T10:15:00+08:00',
      source: '江南晚报',
      site: '江南晚报网',
      reporters: ['周文涛'],
      url: 'https://news.jiangnan-example.cn/2023/06/02/qingfeng.html',
      language: 'zh',
      images: [
        {
          file: 'https://img.jiangnan-example.cn/2023/06/02/jiepai.jpg',
          caption: '党建联盟揭牌仪式现场。',
          credit: '青枫湾街道供图',
        },
      ],
    });
    expect(article?.links).toEqual([
      {
        title: '青枫湾街道开展夏季消防演练',
        date: null,
        url: 'https://news.jiangnan-example.cn/2023/06/01/a.html',
        relation: 'previous',
      },
      {
        title: '远帆物流集团新建智能分拣中心投用',
        date: null,
        url: 'https://news.jiangnan-example.cn/2023/06/03/b.html',
        relation: 'next',
      },
      {
        title: '晨曦电子科技获评市级绿色工厂',
        date: '2023-05-20',
        url: 'https://news.jiangnan-example.cn/2023/05/20/c.html',
        relation: 'related',
      },
      {
        title: '青枫湾科创中心二期开工',
        date: '2023-04-11',
        url: 'https://news.jiangnan-example.cn/2023/04/11/d.html',
        relation: 'related',
      },
      {
        title: '远帆物流集团与江南港务签约',
        date: '2023-03-08',
        url: 'https://news.jiangnan-example.cn/2023/03/08/e.html',
        relation: 'related',
      },
    ]);
    const paragraphs = article?.text.split('\n') ?? [];
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^江南晚报讯【记者 周文涛】6月1日上午，青枫湾智慧园区党建联盟/);
    expect(paragraphs[3]).toMatch(/为首批成员单位代表授牌。$/);
    for (const chrome of [
      '首页',
      '分享到',
      '上一篇',
      '相关新闻',
      '网友评论',
      '合作伙伴',
      '北辰科技',
      '版权所有',
      '不应出现',
    ]) {
      expect(article?.text).not.toContain(chrome);
    }
    expect(JSON.stringify(article)).not.toContain('远望证券');
  });

  it('reads a real GBK page (meta http-equiv gb2312) with an info line, a caption paragraph and a footer', async () => {
    const bytes = readFileSync(`${FIXTURES}/gbk-page.html`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const [article] = await parseFile(`${FIXTURES}/gbk-page.html`);
    expect(article).toMatchObject({
      title: '星河新材料与云岭科技签署战略合作协议',
      publishedAt: '2023-05-12T09:30:00+08:00',
      source: '东江日报',
      site: '东江新闻网',
      reporters: ['林晓雨', '陈思远'],
      url: null,
      images: [{ file: '/uploads/2023/05/sign.jpg', caption: '图为签约现场。', credit: '记者 林晓雨 摄' }],
      links: [
        { title: '东江高新区举办人才招聘会', date: '2023-05-10', url: null, relation: 'previous' },
        { title: '东江市召开民营经济座谈会', date: '2023-05-13', url: null, relation: 'next' },
        { title: '星河新材料发布一季度业绩', date: '2023-04-20', url: null, relation: 'related' },
        { title: '云岭科技获评省级专精特新企业', date: '2023-03-02', url: null, relation: 'related' },
      ],
    });
    expect(article?.text.split('\n')).toEqual([
      '本报讯（记者 林晓雨 通讯员 陈思远）5月11日下午，星河新材料股份有限公司与云岭科技有限公司在东江市高新区签署战略合作协议，双方将在新型复合材料研发、智能产线改造等领域开展合作。',
      '星河新材料董事长周明远在签约仪式上表示，此次合作是公司推进数字化转型的重要一步。云岭科技总经理何静怡介绍，公司将派出技术团队常驻星河新材料东江基地。',
      '据悉，东江市高新区管委会副主任马建国出席签约仪式并致辞。',
    ]);
  });

  it('sniffs a Big5 page without a charset and takes the title from <title> without its suffix', async () => {
    const [article] = await parseFile(`${FIXTURES}/big5-page.html`);
    expect(article).toMatchObject({
      title: '海灣科技園與明德大學簽訂產學合作備忘錄',
      publishedAt: '2023-07-15T14:20:00+08:00',
      source: '港灣日報',
      site: null,
      reporters: ['許家豪', '黃詠琪'],
      images: [{ file: 'mou.jpg', caption: '簽約儀式現場。', credit: '記者 許家豪 攝' }],
      links: [
        { title: '明德大學成立人工智慧研究中心', date: '2023-06-20', url: null, relation: 'related' },
        { title: '海灣科技園第二期擴建案動工', date: '2023-05-08', url: null, relation: 'related' },
      ],
    });
    expect(article?.text).toMatch(/^港灣日報訊（記者 許家豪、黃詠琪）海灣科技園管理處/);
    expect(article?.text.split('\n')).toHaveLength(3);
  });

  it('reads a UTF-16LE page with a BOM, its date and outlet from <meta>', async () => {
    const [article] = await parseFile(`${FIXTURES}/utf16-page.html`);
    expect(article).toMatchObject({
      title: '北岸港务集团开通新航线',
      publishedAt: '2023-08-01T08:00:00+08:00',
      source: '北岸商报',
      reporters: ['韩立新'],
    });
    expect(article?.text.split('\n')[0]).toBe('文/韩立新');
  });

  it('falls back to the largest text block, never to page furniture', () => {
    const { document } = parseHTML(
      '<body><nav><p>首页</p><p>新闻</p><p>财经</p></nav><table><tr><td>第一句。<br>第二句。</td></tr></table>' +
        '<footer><p>合作伙伴：某某财经、某某网、某某集团、某某科技有限公司、某某证券</p></footer></body>',
    );
    expect(largestBlock(document)).toEqual(['第一句。', '第二句。']);
    const chromeOnly = parseHTML(
      '<body><footer><p>版权所有 某某网</p></footer><aside><p>热门</p></aside></body>',
    );
    expect(largestBlock(chromeOnly.document)).toEqual([]);
  });

  it('reads a page whose only text besides its footer is its headline as the headline, and says so', () => {
    const html =
      '<html><body><h1>某区召开推进会</h1><footer><p>Copyright © 某某网 版权所有</p></footer></body></html>';
    const [article] = parseBuffer(utf8(html), 'footer-only.html');
    expect(article?.text).toBe('某区召开推进会');
    expect(article?.warnings).toContain('text from the headline');
  });

  it('still refuses a page with no text at all', () => {
    expect(() =>
      parseBuffer(utf8('<html><body><footer>© 2023</footer></body></html>'), 'empty.html'),
    ).toThrow('empty.html: no article body found');
  });

  it('finds a credited caption in a table under its image, resolves it against the page URL, reads a closing byline', () => {
    const html = `<html><head><link rel="canonical" href="http://news.example.cn/a/1.html"></head><body>
      <h1>某区为企业授牌</h1><div class="info">发布时间：2023-02-22 08:05&nbsp;&nbsp;来源：某某日报&nbsp;&nbsp;浏览次数：<span>12</span></div>
      <div class="content"><p>2月21日下午，某区举行企业授牌仪式，十家企业获评突出贡献企业。</p>
      <table class="pic"><tr><td><img src="/upload/a.jpg"></td></tr><tr><td class="note">区领导为获奖企业授牌。　记者 孙海鸥 摄</td></tr></table>
      <p>区长在讲话中对获奖企业表示祝贺，希望企业继续加大研发投入。</p><p>（某某日报记者 孙海鸥 通讯员 王锐）</p></div></body></html>`;
    const [article] = parseBuffer(utf8(html), 'table.html');
    expect(article).toMatchObject({
      source: '某某日报',
      url: 'http://news.example.cn/a/1.html',
      reporters: ['孙海鸥', '王锐'],
      images: [
        {
          file: 'http://news.example.cn/upload/a.jpg',
          caption: '区领导为获奖企业授牌。',
          credit: '记者 孙海鸥 摄',
        },
      ],
    });
    expect(article?.text.split('\n')).toHaveLength(3);
    expect(article?.text).not.toContain('摄');
  });

  it('detects HTML by content when the name has no known extension', () => {
    const html =
      '<!DOCTYPE html><html><body><h1>某某公司上市</h1><p>某某公司今天在深交所上市。</p></body></html>';
    expect(parseBuffer(utf8(html), 'upload')[0]?.title).toBe('某某公司上市');
  });

  it('reads a page without a body as its headline, and says so', async () => {
    const [article] = await parseFile(`${FIXTURES}/no-body.html`);
    expect(article?.text).toBe('空页面');
    expect(article?.publishedAt).toBe('2023-10-10T10:00:00+08:00');
    expect(article?.warnings).toEqual(['text from the headline']);
  });

  it('reads a page without a title, the title from its first sentence and the guesses in warnings', async () => {
    const [article] = await parseFile(`${FIXTURES}/no-title.html`);
    expect(article?.title).toBe('这是一段没有标题的正文，北辰科技有限公司今天发布了新产品');
    expect(article?.publishedAt).toBeNull();
    expect(article?.warnings).toEqual(['title from the first sentence', 'no publication date']);
  });
});
