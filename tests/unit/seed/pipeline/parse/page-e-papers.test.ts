import { describe, expect, it } from 'vitest';
import { page } from './page.ts';

/**
 * E-papers: the masthead, date and page header above the story, the template's property line, kickers and adverts
 * around the headline. The pages are made up in the shapes the real ones print.
 */

describe('e-papers', () => {
  it('reads the masthead, date and page header as the head, and the template property line as the paper and day', () => {
    const article = page([
      '江城日报',
      '2023年03月20日',
      '第02版:要闻',
      '政企对接推进会召开',
      '常务副市长秦远山出席并见证签约',
      '本报江城3月19日讯(记者沈若溪)今天下午，政企对接推进会召开。常务副市长秦远山出席。',
      '2023-03-20 常务副市长秦远山出席并见证签约 1 1 江城日报 c181070.html 1 政企对接推进会召开 /enpproperty-->',
    ]);
    expect(article.title).toBe('政企对接推进会召开');
    expect(article.publishedAt).toBe('2023-03-20T00:00:00+08:00');
    expect(article.source).toBe('江城日报');
    expect(article.reporters).toEqual(['沈若溪']);
    expect(article.text.split('\n')).toEqual([
      '常务副市长秦远山出席并见证签约',
      '本报江城3月19日讯(记者沈若溪)今天下午，政企对接推进会召开。常务副市长秦远山出席。',
    ]);
  });

  it('drops the photo number and credit that close a photo story, and reads a closing byline before the property line', () => {
    const article = page([
      '2024年02月03日',
      '第A05版:要 闻 PDF版',
      '小记者走进两会',
      '2月1日，小记者采访两会执勤人员。③2 柳一舟 摄',
      '(记者秋白 通讯员林溪)',
      '2024-02-03 2 2 某州晚报 content_226314.html 1 小记者走进两会 /enpproperty-->',
    ]);
    expect(article.title).toBe('小记者走进两会');
    expect(article.source).toBe('某州晚报');
    expect(article.text.split('\n')).toEqual(['2月1日，小记者采访两会执勤人员。', '(记者秋白 通讯员林溪)']);
    expect(article.reporters).toEqual(['秋白', '林溪']);
  });
});

describe('e-paper kickers, comment counters, numbers and author lines', () => {
  it('drops a detail label, a comment counter and a telephone number, and reads an author line as part of the info block', () => {
    const epaper = page([
      '内容详情',
      '2024年11月26日',
      '某某数字经济产业园项目',
      '加快项目建设 优化园区环境',
      '本报讯(记者郭远)进入四季度以来，高新区全力推进产业园项目建设。',
    ]);
    expect(epaper.title).toBe('某某数字经济产业园项目');
    expect(epaper.reporters).toEqual(['郭远']);
    const portal = page([
      '13691128829',
      '行业资讯',
      '专家解读:园区如何稳定发展?',
      '发布时间:2020-02-19 浏览量:300',
      '  作者:李远山 某某大学博士',
      '受疫情影响，企业复工难问题突出。',
      '来源:某某融媒体中心',
      '记者:鲁一舟',
      '留言与评论(共有 0 条评论) “” |',
    ]);
    expect(portal.title).toBe('专家解读:园区如何稳定发展?');
    expect(portal.text).toBe('受疫情影响，企业复工难问题突出。\n记者:鲁一舟');
    // The closing byline first, then the info block's author.
    expect(portal.reporters).toEqual(['鲁一舟', '李远山']);
  });
});

describe('e-papers with adverts around the head', () => {
  it('takes the headline after the page header, the one printed twice, not an advert above or below it', () => {
    const article = page([
      '某某銀行信用卡',
      '2024年11月17日',
      '第A04版:澳聞',
      '某某虛擬圖書館',
      '某某集體採訪啟動',
      '六十多名記者參與',
      '某某集體採訪啟動',
      '【本報消息】某某集中採訪活動昨日啟動，記者將採訪局長張遠山。',
      '2024-11-17 1 1 某某日报 content_375247.html 1 某某集體採訪啟動 /enpproperty-->',
    ]);
    expect(article.title).toBe('某某集體採訪啟動');
    expect(article.source).toBe('某某日报');
    expect(article.text).toBe('【本報消息】某某集中採訪活動昨日啟動，記者將採訪局長張遠山。');
  });
});
