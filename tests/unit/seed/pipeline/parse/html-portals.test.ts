import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';

/**
 * Government portal pages in HTML without an `<h1>`: the headline in a `<div>` or a layout table's cell, the page
 * metadata of government sites (ArticleTitle, PubDate, ContentSource), a short story. Made-up pages in those shapes.
 */
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (html: string) => {
  const [article] = parseBuffer(utf8(html), 'portal.html');
  if (!article) throw new Error('no article');
  return article;
};

describe('portal pages without an h1', () => {
  it('keeps a short story when the page column around it is short enough to pass for an info line', () => {
    const article = read(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青石镇召开安全生产工作会议_青石镇_某某区人民政府</title>
<meta name="SiteName" content="某某区人民政府"><meta name="ArticleTitle" content="青石镇召开安全生产工作会议">
<meta name="PubDate" content="2024-03-12 09:30"><meta name="ContentSource" content="青石镇"></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xzdt">乡镇动态</a></div>
<div class="main">
  <div class="article-title">青石镇召开安全生产工作会议</div>
  <div class="article-info"><span>发布时间：2024-03-12 09:30</span> <span>来源：青石镇</span></div>
  <div id="zoom"><p>3月11日，青石镇召开安全生产工作会议，镇长韩立秋出席并讲话。</p>
  <p>会议要求，各村要压实责任，镇党委副书记柏青主持会议。</p></div>
  <div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
</div>
<div class="footer">主办单位：某某区人民政府办公室 网站标识码：1234567890</div></body></html>`);
    expect(article.title).toBe('青石镇召开安全生产工作会议');
    expect(article.publishedAt).toBe('2024-03-12T09:30:00+08:00');
    expect(article.source).toBe('青石镇');
    expect(article.text.split('\n')).toEqual([
      '3月11日，青石镇召开安全生产工作会议，镇长韩立秋出席并讲话。',
      '会议要求，各村要压实责任，镇党委副书记柏青主持会议。',
    ]);
  });

  it('takes the headline printed in a layout table over the shorter <title>, and the info cell, not the table', () => {
    const article = read(`<html><head><meta charset="utf-8"><title>区长调研重点项目</title></head><body>
<table width="1000"><tr><td class="nav">首页 | 政务公开 | 新闻中心</td></tr>
<tr><td class="bt" align="center"><strong>区长柏青调研重点项目建设</strong></td></tr>
<tr><td align="center" class="xx">日期：2023年05月12日 &nbsp; 来源：区发改委 &nbsp; 【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="content"><div>5月11日，区长柏青先后来到临江产业园、青禾科技公司调研重点项目建设情况。</div>
<div>副区长韩立秋陪同调研。</div></td></tr></table>
<div>版权所有：某某区人民政府 技术支持：某某网络</div></body></html>`);
    expect(article.title).toBe('区长柏青调研重点项目建设');
    expect(article.publishedAt).toBe('2023-05-12T00:00:00+08:00');
    expect(article.source).toBe('区发改委');
    expect(article.text.split('\n')).toEqual([
      '5月11日，区长柏青先后来到临江产业园、青禾科技公司调研重点项目建设情况。',
      '副区长韩立秋陪同调研。',
    ]);
  });
});
