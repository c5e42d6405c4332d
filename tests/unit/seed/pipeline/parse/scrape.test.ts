import { describe, expect, it } from 'vitest';
import { parseBuffer, parseFile } from '../../../../../seed/pipeline/parse/index.ts';

const FIXTURES = 'tests/fixtures/parse';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('page scrapes', () => {
  it('reads a scrape with a split info line, an unbracketed byline and a glued footer', async () => {
    const [article] = await parseFile(`${FIXTURES}/scrape-variant.txt`);
    expect(article).toMatchObject({
      title: '南湖区数字经济产业园首批企业入驻',
      publishedAt: '2023-03-28T10:05:00+08:00',
      source: '南湖日报',
      site: '南湖新闻网',
      reporters: ['王海峰', '赵一鸣'],
      images: [{ file: 'park.png', caption: '园区一期外景', credit: '记者 王海峰 摄' }],
      links: [
        { title: '南湖区召开优化营商环境大会', date: '2023-03-27', url: null, relation: 'previous' },
        { title: '南湖区出台数字经济十条措施', date: '2023-03-15', url: null, relation: 'related' },
        { title: '南湖数创发展有限公司揭牌', date: '2023-02-20', url: null, relation: 'related' },
      ],
    });
    const paragraphs = article?.text.split('\n') ?? [];
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^本报讯 记者 王海峰 通讯员 赵一鸣 3月27日/);
    expect(paragraphs[2]).toMatch(/重要原因。$/);
    const output = JSON.stringify(article);
    for (const chrome of ['阅读数', '分享到', '编辑：刘畅', '没有了', '北辰科技', '远望证券', '关于我们']) {
      expect(output).not.toContain(chrome);
    }
  });

  it('reads a plain text article: a title line, then paragraphs', async () => {
    const [article] = await parseFile(`${FIXTURES}/plain-article.txt`);
    expect(article).toMatchObject({
      title: '北辰科技举办开放日活动',
      publishedAt: null,
      // The page names no source; the dateline (北辰晚报讯) names the outlet.
      source: '北辰晚报',
      reporters: ['程远航'],
      images: [],
      links: [],
    });
    expect(article?.text.split('\n')).toHaveLength(2);
  });

  it('takes a caption without an image line, and the previous headline when there is no info line', () => {
    const page = [
      '某某网',
      '',
      '东陵集团发布年度社会责任报告',
      '东陵集团发布年度社会责任报告',
      '文/苏晚晴',
      '东陵集团12月1日发布年度社会责任报告。',
      '图说：发布会现场。（东陵集团供图）',
      '报告显示，集团全年公益投入同比增长两成。',
    ].join('\n');
    const [article] = parseBuffer(utf8(page), 'no-info.txt');
    expect(article?.title).toBe('东陵集团发布年度社会责任报告');
    expect(article?.reporters).toEqual(['苏晚晴']);
    expect(article?.images).toEqual([{ caption: '发布会现场。', credit: '东陵集团供图' }]);
    expect(article?.text).toBe(
      '文/苏晚晴\n东陵集团12月1日发布年度社会责任报告。\n报告显示，集团全年公益投入同比增长两成。',
    );
  });

  it('takes the site from a navigation bar and strips bullets from related items', () => {
    const page = [
      '舜网 | 济南日报 | 济南时报 | 新闻',
      '舜网首页 > 新闻中心',
      '历城区调研重点项目',
      '2023年05月10日 07:12　来源：济南日报　作者：韩雪松　责任编辑：邵雯雯',
      '□记者 韩雪松 通讯员 刘畅',
      '5月9日上午，历城区调研重点项目。',
      '【纠错】 【打印】 【关闭】',
      '相关新闻:',
      '· 历城区召开项目推进会 2023-05-08',
    ].join('\n');
    const [article] = parseBuffer(utf8(page), 'nav.txt');
    expect(article).toMatchObject({
      site: '舜网',
      source: '济南日报',
      publishedAt: '2023-05-10T07:12:00+08:00',
      reporters: ['韩雪松', '刘畅'],
      text: '□记者 韩雪松 通讯员 刘畅\n5月9日上午，历城区调研重点项目。',
      links: [{ title: '历城区召开项目推进会', date: '2023-05-08', url: null, relation: 'related' }],
    });
  });

  it('never takes a dated body line for the info line', () => {
    const page =
      '北辰科技举办开放日\n北辰科技今天举办开放日活动。\n2023-10-12 10:00 开放日正式开始\n市民参观了车间。';
    const [article] = parseBuffer(utf8(page), 'dated-body.txt');
    expect(article?.title).toBe('北辰科技举办开放日');
    expect(article?.publishedAt).toBeNull();
    expect(article?.text.split('\n')).toHaveLength(3);
  });

  it('reads a scrape that starts with the body: title from the first sentence, date from the file name', () => {
    const prose = '18日，青石镇召开村级集体经济发展推进会，镇党委书记主持会议。';
    const [article] = parseBuffer(
      utf8(`${prose}\n会议部署了下一阶段工作。\n（记者 王一）`),
      'qingshi-20230519.txt',
    );
    expect(article?.title).toBe('18日，青石镇召开村级集体经济发展推进会，镇党委书记主持会议');
    expect(article?.publishedAt).toBe('2023-05-19T00:00:00+08:00');
    expect(article?.reporters).toEqual(['王一']);
    expect(article?.warnings).toEqual(['title from the first sentence', 'publishedAt from the file name']);
  });

  it('reads a headline, date and source printed on one line', () => {
    const page =
      '上海松江 | 首页 > 镇务动态\n\n某镇召开重点项目推进会 ( 2023年05月12日 )      来源: 某镇\n\n5月11日下午，某镇召开推进会。';
    const [article] = parseBuffer(utf8(page), 'x.txt');
    expect(article).toMatchObject({
      title: '某镇召开重点项目推进会',
      publishedAt: '2023-05-12T00:00:00+08:00',
      source: '某镇',
      text: '5月11日下午，某镇召开推进会。',
    });
    expect(article?.warnings).toBeUndefined();
  });

  it('reads a scrape with a title and no body as the headline alone, and says so', () => {
    const page = '某某园区举行揭牌仪式\n\n2023-04-24 15:02 来源:某某日报\n\n点赞()\n';
    const [article] = parseBuffer(utf8(page), 'x.txt');
    expect(article).toMatchObject({
      title: '某某园区举行揭牌仪式',
      text: '某某园区举行揭牌仪式',
      publishedAt: '2023-04-24T15:02:00+08:00',
      source: '某某日报',
      warnings: ['text from the headline'],
    });
  });
});
