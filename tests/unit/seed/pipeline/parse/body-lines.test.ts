import { describe, expect, it } from 'vitest';
import { classifyLine, cleanLine, tidyBody } from '../../../../../seed/pipeline/parse/body-lines.ts';
import { page } from './page.ts';

/**
 * The lines of the story told from widgets, captions, credits and junk, and cleaned of debris
 * (seed/pipeline/parse/body-lines.ts). The sample lines are made up in the shapes the pages print.
 */

describe('body lines', () => {
  it('sorts widgets, placeholders, captions, credits, info lines and junk from the story', () => {
    const cases: [string, string][] = [
      ['首页 > 新闻中心 > 政务要闻 |', 'chrome'],
      ['热门资讯> 正文', 'chrome'],
      ['【点击查看】更多街道新闻>>', 'chrome'],
      ['本篇文章318字，读完约1分钟', 'chrome'],
      ['點擊查看更多內容', 'chrome'],
      ['点击蓝字 关注我们', 'chrome'],
      ['【我要糾錯】 責任編輯：某某', 'credit'],
      ['【纠错】 【责任编辑：某某】', 'credit'],
      ['（文/某某 图/某某）', 'credit'],
      ['文字：某某', 'credit'],
      ['打开APP', 'chrome'],
      ['（资料图）', 'placeholder'],
      ['【資料圖】', 'placeholder'],
      ['[图片]', 'placeholder'],
      ['▲区长某某致辞', 'caption'],
      ['（某市副市长某某宣布开园）', 'caption'],
      ['图1：调研现场', 'caption'],
      ['某某 摄', 'credit'],
      ['一审：张某 二审：李某', 'credit'],
      ['（撰稿人：某某 審稿人：某某）', 'credit'],
      ['监制 :黄某 蔡某', 'credit'],
      ['发布时间：2023-07-16 17:30　　浏览次数：863', 'info'],
      ["; Z' O, M6 Y8 n& S", 'junk'],
      ['5月11日下午，某镇召开推进会。', 'body'],
      ['（记者 某某 通讯员 某某）', 'body'],
      ['某学院副校长、科技园管委会主任某某', 'body'],
    ];
    for (const [line, expected] of cases) expect([line, classifyLine(line)]).toEqual([line, expected]);
  });

  it('cleans encoding debris and trailing junk, and reads reporters, footers and an author line', () => {
    expect(cleanLine('??? 5月16日至17日，某区考察。')).toBe('5月16日至17日，某区考察。');
    expect(cleanLine('▲区长某某致辞 ! Q, S$ G" Q) ?- P& u( U0 [')).toBe('▲区长某某致辞');
    const tidy = tidyBody([
      '5月11日，某镇召开推进会。',
      '柏小雯',
      '来源:',
      '编辑:靳某',
      '来源 :区融媒体中心 记者/苏晴 林嘉树',
      '标题：某镇召开推进会',
      '地址：http://x.example/20231010/1.html',
    ]);
    expect(tidy.paragraphs).toEqual(['5月11日，某镇召开推进会。']);
    expect(tidy.reporters).toEqual(['柏小雯', '苏晴', '林嘉树']);
    expect(tidy.footerTitle).toBe('某镇召开推进会');
    expect(tidy.footerUrl).toBe('http://x.example/20231010/1.html');
  });
});

describe('debris', () => {
  it('reads a list mark a mirror doubled (，、) as the enumeration comma', () => {
    const article = page([
      '市领导调研重点项目',
      '来源:某某网 2024-01-05',
      '1月4日，市委书记赵明远，市长钱立新，、副市长孙一帆调研重点项目。',
    ]);
    expect(article.text).toBe('1月4日，市委书记赵明远，市长钱立新、副市长孙一帆调研重点项目。');
  });
});
