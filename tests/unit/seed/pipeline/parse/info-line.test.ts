import { describe, expect, it } from 'vitest';
import { headlineBeforeInfo, readInfoLine } from '../../../../../seed/pipeline/parse/info-line.ts';

/** The info line under a headline: its date and source, the headline printed before it (seed/pipeline/parse/info-line.ts). */

describe('info lines', () => {
  it('finds the headline printed before the date and source', () => {
    expect(headlineBeforeInfo('某镇召开推进会 ( 2023年05月12日 )      来源: 某镇')).toBe('某镇召开推进会');
    expect(headlineBeforeInfo('某社区结成党建联盟（2023-06-02）    来源：某日报')).toBe('某社区结成党建联盟');
    expect(headlineBeforeInfo('发布日期：2023-03-14  来源：某区')).toBeUndefined();
  });

  it('reads a source written without a key, a WeChat account and a forum poster', () => {
    expect(readInfoLine('2023-04-11 20:45:22    某某證券報').source).toBe('某某證券報');
    expect(readInfoLine('某某资讯 2023-05-12').source).toBe('某某资讯');
    expect(readInfoLine('原创 城南发布 城南发布 2023-09-12 20:15 甘肃').source).toBe('城南发布');
    expect(readInfoLine('发表于 2023-11-21 08:41 | 来自 湖东发布').source).toBe('湖东发布');
    expect(readInfoLine('城北发布 2023-02-17 21:06 发表于黑龙江').source).toBe('城北发布');
  });
});
