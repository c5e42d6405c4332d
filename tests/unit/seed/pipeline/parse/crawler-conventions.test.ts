import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const body = '区长王建国出席活动并讲话。会议由副区长李明主持。\n活动吸引了众多企业参加。';

describe('conventions of real pages and crawlers', () => {
  it('reads `author` as the reporters of a JSON record', () => {
    const [a] = parseBuffer(
      encode({
        title: '标题',
        publishedAt: '2024-04-12 09:15',
        source: '某报',
        author: '苏芮 陈立',
        text: body,
      }),
      'r.json',
    );
    expect(a?.reporters).toEqual(['苏芮', '陈立']);
    const [b] = parseBuffer(
      encode({ title: '标题', publishedAt: '2024-04-12', source: '某报', authors: ['苏芮'], text: body }),
      'r.json',
    );
    expect(b?.reporters).toEqual(['苏芮']);
  });

  it('resolves protocol-relative images of an html record against its url', () => {
    const html = `<h1>标题</h1><p>${body}</p><figure><img src="//img.example.cn/a.jpg"><figcaption>图为活动现场。</figcaption></figure>`;
    const [a] = parseBuffer(
      encode({
        title: '标题',
        publishedAt: '2024-04-12',
        source: '某报',
        url: 'https://news.example.cn/1.html',
        html,
      }),
      'r.json',
    );
    expect(a?.images?.[0]?.file).toBe('https://img.example.cn/a.jpg');
  });

  it('drops counter lines with numbers from a scrape and never reads 分享 as a reporter', () => {
    const page = [
      '某某新闻网',
      '区长调研企业',
      '2024-04-12 09:15 来源:某某日报 作者：王小明 分享',
      '本报讯 区长王建国出席活动并讲话。',
      '会议由副区长李明主持。',
      '点赞 2316\u3000\u3000收藏\u3000\u3000分享',
    ].join('\n');
    const [a] = parseBuffer(encode(page), 'p.txt');
    expect(a?.text).not.toContain('点赞');
    expect(a?.reporters).toEqual(['王小明']);
  });
});

describe('titles and bylines of newer outlets', () => {
  it('takes the site off a title joined by a bare hyphen, when the tail reads as a site', () => {
    const page = (title: string) =>
      encode(
        `<html><head><title>${title}</title></head><body><div>${'区长王建国出席活动并讲话。'.repeat(8)}</div></body></html>`,
      );
    expect(parseBuffer(page('平台在天津启动-新华网'), 'a.html')[0]).toMatchObject({
      title: '平台在天津启动',
      source: '新华网',
    });
    expect(parseBuffer(page('中欧班列-长安号开行'), 'b.html')[0]?.title).toBe('中欧班列-长安号开行');
  });

  it('reads 全媒体记者 and 融媒体记者 bylines with their outlet', () => {
    const html = `<h1>标题</h1><p><strong>湖南日报全媒体记者 龙思远 通讯员 彭雪</strong></p><p>${body}</p>`;
    const [a] = parseBuffer(
      encode({ title: '标题', publishedAt: '2024-04-12', source: '湖南日报', html }),
      'r.json',
    );
    expect(a?.reporters).toEqual(['龙思远', '彭雪']);
  });
  it("reads a crawler's date stamp glued before the first line as the date, never as the headline", () => {
    const [a] = parseBuffer(encode(` date 2024-04-12 ${body}`), 'p.txt');
    expect(a?.publishedAt).toBe('2024-04-12T00:00:00+08:00');
    expect(a?.title).not.toMatch(/date|2024/u);
    expect(a?.text).toMatch(/^区长王建国出席活动/u);
    const [b] = parseBuffer(encode(`Date: 2024-04-12 09:15\n${body}`), 'p.txt');
    expect(b?.publishedAt).toBe('2024-04-12T09:15:00+08:00');
  });
});
