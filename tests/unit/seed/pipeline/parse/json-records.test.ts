import { describe, expect, it } from 'vitest';
import { ParseError, parseBuffer, parseFile } from '../../../../../seed/pipeline/parse/index.ts';

const FIXTURES = 'tests/fixtures/parse';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('JSON records', () => {
  it('reads an array of text and html records', async () => {
    const [first, second, third, ...rest] = await parseFile(`${FIXTURES}/records.json`);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      title: '东湖生物医药产业园新引进三家企业',
      publishedAt: '2023-09-05T16:40:00+08:00',
      source: '东湖日报',
      reporters: ['叶知秋', '唐若溪'],
      url: 'https://news.donghu-example.cn/2023/09/05/bio.html',
      images: [],
      links: [],
    });
    // Paragraphs trimmed, empty lines dropped, one `\n` between.
    expect(first?.text).toBe(
      '东湖日报讯（记者 叶知秋 实习生 唐若溪）9月5日，东湖生物医药产业园举行集中签约仪式。\n' +
        '三家新引进企业分别为康宁基因科技有限公司、百川医疗器械有限公司和青禾制药有限公司。\n' +
        '园区管委会主任钟立山表示，园区将为企业提供一站式服务。',
    );
    // An offset becomes +08:00; given reporters win over the byline.
    expect(second).toMatchObject({ publishedAt: '2023-09-06T09:30:00+08:00', reporters: ['白露'] });
    // html goes through the HTML parser; the record's title and date-only publishedAt win.
    expect(third).toMatchObject({
      title: '南屿港务集团与北岸港务集团签署合作协议',
      publishedAt: '2023-09-07T00:00:00+08:00',
      source: '南屿商报',
      reporters: ['江涛'],
      links: [{ title: '南屿港集装箱吞吐量创新高', date: '2023-08-30', url: null, relation: 'related' }],
    });
    expect(third?.text).toBe(
      '南屿商报讯 记者 江涛 9月7日，南屿港务集团与北岸港务集团在南屿港签署合作协议。\n双方将共同开发两港之间的集装箱航线。',
    );
  });

  it('reads NDJSON, skipping blank lines, with epoch publishedAt', async () => {
    const articles = await parseFile(`${FIXTURES}/records.ndjson`);
    expect(articles.map((a) => [a.title, a.publishedAt, a.reporters])).toEqual([
      ['北辰科技发布新一代工业机器人', '2023-10-10T09:00:00+08:00', ['程远航']],
      ['湖滨商报：东陵集团启动校园招聘', '2023-10-11T08:00:00+08:00', ['苏晚晴']],
    ]);
  });

  it('gives the same id to the same record whatever the input format', () => {
    const record = { title: '标题', publishedAt: '2023-10-10T01:00:00Z', source: '某报', text: '正文。' };
    const [fromJson] = parseBuffer(utf8(JSON.stringify(record)), 'a.json');
    const [fromNdjson] = parseBuffer(
      utf8(`${JSON.stringify({ ...record, publishedAt: '2023-10-10 09:00' })}\n`),
      'b.jsonl',
    );
    expect(fromJson?.id).toBe(fromNdjson?.id);
    expect(parseBuffer(utf8('[]'), 'empty-array.json')).toEqual([]);
  });

  it('reads an html fragment record', () => {
    const record = {
      title: '某某集团召开干部大会',
      publishedAt: 1685606400000,
      source: '某某晚报',
      html: '<p>某某晚报记者 吕思源 通讯员 周敏</p>\n<p>近日，某某集团召开干部大会。</p><figure><img src="a.jpg"><figcaption>会议现场。通讯员 周敏 摄</figcaption></figure>',
    };
    const [article] = parseBuffer(utf8(JSON.stringify(record)), 'fragment.json');
    expect(article).toMatchObject({
      publishedAt: '2023-06-01T16:00:00+08:00',
      reporters: ['吕思源', '周敏'],
      text: '某某晚报记者 吕思源 通讯员 周敏\n近日，某某集团召开干部大会。',
      images: [{ file: 'a.jpg', caption: '会议现场。', credit: '通讯员 周敏 摄' }],
    });
  });

  it('names the NDJSON line that is not JSON', async () => {
    const error = await parseFile(`${FIXTURES}/records-bad-line.ndjson`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).line).toBe(2);
    expect((error as ParseError).message).toMatch(
      /^tests\/fixtures\/parse\/records-bad-line\.ndjson: line 2: invalid JSON/,
    );
  });

  it('reports truncated JSON with its line', async () => {
    await expect(parseFile(`${FIXTURES}/truncated.json`)).rejects.toThrow(
      /^tests\/fixtures\/parse\/truncated\.json: line 5: invalid JSON \(/,
    );
  });

  it('reads a record without a title or a date: title from the text, the day from its URL', () => {
    const [article] = parseBuffer(
      utf8(
        '[{"text": "18日，某某园区举行揭牌仪式。\\n\\n园区已入驻企业20家。", "url": "https://x.example/2023/0619/1.html"}]',
      ),
      'x.json',
    );
    expect(article?.title).toBe('18日，某某园区举行揭牌仪式');
    expect(article?.publishedAt).toBe('2023-06-19T00:00:00+08:00');
    expect(article?.warnings).toEqual(['title from the first sentence', 'publishedAt from the URL']);
  });

  it('reports records that are not articles', async () => {
    await expect(parseFile(`${FIXTURES}/record-no-text.json`)).rejects.toThrow(
      'record-no-text.json: needs a non-empty "text" or "html"',
    );
    await expect(parseFile(`${FIXTURES}/record-bad-date.json`)).rejects.toThrow(
      'record-bad-date.json: record 1: "publishedAt" is not a date: "下周二"',
    );
    expect(() => parseBuffer(utf8('[1]'), 'x.json')).toThrow(
      'x.json: record 1: expected a record object, got number',
    );
    expect(() => parseBuffer(utf8('{"title":"t","text":"x","reporters":"张三"}'), 'x.json')).toThrow(
      'x.json: "reporters" must be an array of strings',
    );
    expect(() => parseBuffer(utf8('{"a":1}\n[2]\n'), 'x.ndjson')).toThrow(
      'x.ndjson: line 1: needs a non-empty',
    );
  });

  it('reads crawler spellings: the body as content or body, the date as pubDate or date', () => {
    const [plain, markup] = parseBuffer(
      utf8(
        '{"title":"甲","pubDate":"2023-10-10 09:00","content":"本报讯 今天上午，会议召开。\\n会议强调，要抓落实。"}\n' +
          '{"title":"乙","date":"2023-10-11","body":"<p>第一段。</p><p>第二段。</p>"}\n',
      ),
      'x.ndjson',
    );
    expect(plain).toMatchObject({ publishedAt: '2023-10-10T09:00:00+08:00' });
    expect(plain?.text).toBe('本报讯 今天上午，会议召开。\n会议强调，要抓落实。');
    expect(markup?.text).toBe('第一段。\n第二段。');
    expect(markup?.publishedAt).toMatch(/^2023-10-11/);
  });
});
