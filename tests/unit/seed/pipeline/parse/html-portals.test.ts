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

  it('takes the headline in an <h2> over a logo <h1> that names the site', () => {
    const article = read(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>区委书记柏青调研园区企业-某某区人民政府网</title></head><body>
<div class="header"><h1 class="logo"><a href="/">某某区人民政府</a></h1><ul><li>首页</li><li>政务公开</li></ul></div>
<div class="article"><h2 class="title">区委书记柏青调研园区企业</h2>
<div class="info">发布时间：2023-06-02 16:20　来源：区委办</div>
<div class="content"><p>6月1日，区委书记柏青到临江产业园调研，先后走访青禾科技、远山材料两家企业。</p>
<p>区委常委、办公室主任韩立秋陪同。</p></div></div>
<div class="footer">版权所有 某某区人民政府</div></body></html>`);
    expect(article.title).toBe('区委书记柏青调研园区企业');
    expect(article.source).toBe('区委办');
    expect(article.text.split('\n')).toHaveLength(2);
  });

  it("reads a Founder e-paper's <founder-title> as the headline and its <title> as the paper", () => {
    const article = read(`<html><head><meta charset="utf-8"><title>某某日报数字报</title></head><body>
<table><tr><td><a>第A02版：要闻</a></td></tr></table>
<founder-title>市长柏青会见青禾集团客人</founder-title>
<founder-author>本报记者 韩立秋</founder-author>
<founder-content><p>本报讯 12月3日，市长柏青会见青禾集团董事长林晚照一行。</p><p>副市长岳青禾参加会见。</p></founder-content>
<table><tr><td>2023-12-04　第A02版：要闻</td></tr></table></body></html>`);
    expect(article.title).toBe('市长柏青会见青禾集团客人');
    expect(article.source).toBe('某某日报');
    expect(article.reporters).toEqual(['韩立秋']);
    expect(article.publishedAt).toBe('2023-12-04T00:00:00+08:00');
  });
});
