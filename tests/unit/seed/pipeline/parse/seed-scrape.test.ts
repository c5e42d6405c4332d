import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleId } from '../../../../../contract/annotation/ids.ts';
import { parseBuffer, parseFile } from '../../../../../seed/pipeline/parse/index.ts';

const SEED = 'seed/articles/000_e788ae00edbc24f8.txt';

/** Names from the seed page's footer line; none may survive parsing. */
const FOOTER_NAMES = [
  '国务院国有资产管理委员会',
  '中国企业联合会',
  '新浪财经',
  '凤凰财经',
  '中国经济网',
  '证券之星',
  '2014世界杯',
  '中国石油化工集团',
  '华为技术有限公司',
  '内蒙古伊利实业集团股份有限公司',
  '贵州茅台酒股份有限公司',
];

const [article, ...rest] = await parseFile(SEED);
if (!article) throw new Error(`${SEED}: no article`);

describe('the seed page scrape', () => {
  it('yields exactly one article', () => {
    expect(rest).toEqual([]);
  });

  it('reads the head: title, time in +08:00, outlet, site, reporter', () => {
    expect(article.title).toBe('党建火红,企业红火,“数智炬生”未来岛亿数街党建联盟成立');
    expect(article.publishedAt).toBe('2023-04-24T15:02:00+08:00');
    expect(article.source).toBe('新民晚报');
    expect(article.site).toBe('中国企业信息交流平台');
    expect(article.reporters).toEqual(['江跃中']);
    expect(article.url).toBeNull();
    expect(article.language).toBe('zh');
    expect(article.id).toBe(articleId(article));
  });

  it('keeps only the body paragraphs in text, byline first, exactly as written', () => {
    expect(article.text.slice(0, 20)).toBe('新民晚报讯 (记者 江跃中)4月23日下');
    expect(article.text.slice(-20)).toBe('同观看了党建联盟影片及联盟介绍MG动画。');
    expect(article.text.split('\n')).toHaveLength(7);
    expect(article.text).not.toMatch(/\n\n|^\s|\s$/);
    for (const chrome of [
      '600.jpg',
      '图说',
      '点赞',
      '次阅读',
      '上一条',
      '相关稿件',
      '微博 微信',
      '主管主办',
    ]) {
      expect(article.text).not.toContain(chrome);
    }
    // The title is not repeated in the body.
    expect(article.text).not.toContain(article.title);
  });

  it('takes the image with its caption and credit', () => {
    expect(article.images).toEqual([
      { file: '600.jpg', caption: '“数智炬生”未来岛亿数街党建联盟正式成立。', credit: '桃浦镇供图' },
    ]);
  });

  it('takes previous/next and the five related items with their dates', () => {
    expect(article.links).toEqual([
      {
        title: '兵器工业集团光电股份:探索“党建+”新模式 推动党建业务深度融合',
        date: '2023-04-21',
        url: null,
        relation: 'previous',
      },
      { title: '济钢集团推进主题教育走深走实', date: '2023-04-25', url: null, relation: 'next' },
      { title: '中国联通:数智赋能“未来之城”', date: '2023-04-12', url: null, relation: 'related' },
      {
        title: '“数智创新 成就世界一流企业” 2022国有企业数智化峰会即将举行',
        date: '2022-10-28',
        url: null,
        relation: 'related',
      },
      { title: '日照高新区三大产业成立党建联盟', date: '2022-08-05', url: null, relation: 'related' },
      {
        title: '推动民营企业高质量发展!济南“百+党建”联盟揭牌成立',
        date: '2021-03-25',
        url: null,
        relation: 'related',
      },
      { title: '超七成企业积极启动供应链数智化转型', date: '2022-08-09', url: null, relation: 'related' },
    ]);
  });

  it('lets no footer name into the output', () => {
    const output = JSON.stringify(article);
    for (const name of FOOTER_NAMES) expect(output).not.toContain(name);
  });

  it('matches the reviewed seed annotation', () => {
    const annotation = JSON.parse(readFileSync('seed/annotations/f272be3deda32c55.json', 'utf8'));
    expect(article).toEqual(annotation.article);
  });

  it('splits a footer glued to the last related item off that item', () => {
    const glued = readFileSync(SEED, 'utf8').replace('转型 2022-08-09\n', '转型 2022-08-09');
    expect(glued).toContain('2022-08-09国务院国有资产管理委员会 中国企业联合会');
    const [again] = parseBuffer(new TextEncoder().encode(glued), 'glued.txt');
    expect(again?.links).toEqual(article.links);
    expect(again?.text).toBe(article.text);
    for (const name of FOOTER_NAMES) expect(JSON.stringify(again)).not.toContain(name);
  });

  it('reads the same article from GBK bytes, from a UTF-8 BOM and from CRLF line ends', () => {
    const text = readFileSync(SEED, 'utf8');
    // Other bytes are another page file: only the fingerprint (a hash of the bytes) differs.
    const read = (bytes: Uint8Array, name: string) =>
      parseBuffer(bytes, name).map((a) => ({ ...a, fingerprint: article?.fingerprint }));
    // GBK has no NBSP (the seed's blank line under the info line holds one): a plain space stands in.
    expect(read(iconv.encode(text.replace(/\u00a0/g, ' '), 'gbk'), 'gbk.txt')).toEqual([article]);
    expect(read(new TextEncoder().encode(`\uFEFF${text}`), 'bom.txt')).toEqual([article]);
    expect(read(new TextEncoder().encode(text.replace(/\n/g, '\r\n')), 'crlf.txt')).toEqual([article]);
  });
});
