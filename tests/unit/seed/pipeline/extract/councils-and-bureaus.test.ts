import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Councils (议会) as a division's body, their posts written bare, and Taiwan's departments written after the
 * government they belong to (invented sentences; see seed/pipeline/extract/bodies.ts and positions.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('councils and their posts', () => {
  it('reads a county council and the posts written after it, before and after its name', () => {
    const a = annotate(
      '屏东县议会今日召开定期会，议长吕文达主持，民进党籍县议员邱雅琳、无党籍议员蔡文杰发言。屏东县议会副议长许立群也出席。',
    );
    expect(ids(a)).toContain('org:屏东县议会');
    expect(positionsOf(a, '吕文达')).toEqual(['议长 -> org:屏东县议会']);
    expect(positionsOf(a, '邱雅琳')).toEqual(['议员 -> org:屏东县议会']);
    expect(positionsOf(a, '蔡文杰')).toEqual(['议员 -> org:屏东县议会']);
    expect(positionsOf(a, '许立群')).toEqual(['副议长 -> org:屏东县议会']);
  });

  it('reads a member written after a party of any length (民主进步党籍, 中国国民党籍市议员)', () => {
    const a = annotate('桃园市议会今日开会，民主进步党籍议员简雅婷、中国国民党籍市议员郑立山发言。');
    expect(positionsOf(a, '简雅婷')).toEqual(['议员 -> org:桃园市议会']);
    expect(positionsOf(a, '郑立山')).toEqual(['议员 -> org:桃园市议会']);
  });

  it('gives a council member no council when the page names none', () => {
    const a = annotate('议员吕文达表示，将持续关心地方交通建设。');
    expect(positionsOf(a, '吕文达')).toEqual([]);
    const listed = annotate('华峰建设有限公司总经理车立文、县议员邱雅琳参观展位。');
    expect(positionsOf(listed, '邱雅琳')).toEqual([]);
  });
});

describe('departments written after their government', () => {
  it('reads a Taiwan county government’s department as part of it, with its head', () => {
    const a = annotate('屏东县政府今日举办说明会，屏东县政府农业处处长柯立宏介绍了农产品外销情况。');
    expect(ids(a)).toContain('org:屏东县政府农业处');
    expect(positionsOf(a, '柯立宏')).toEqual(['处长 -> org:屏东县政府农业处']);
  });

  it('reads a department whose name opens with a verbal noun (教育, 建设)', () => {
    expect(positionsOf(annotate('屏东县政府教育处处长柯立宏出席。'), '柯立宏')).toEqual([
      '处长 -> org:屏东县政府教育处',
    ]);
    expect(positionsOf(annotate('屏东县政府建设处处长柯立宏出席。'), '柯立宏')).toEqual([
      '处长 -> org:屏东县政府建设处',
    ]);
  });

  it('does not read a verb after a government as a department', () => {
    const a = annotate('屏东县政府联合税务局开展宣导活动，局长柯立宏出席。');
    expect(ids(a)).not.toContain('org:屏东县政府联合税务局');
  });

  it('keeps a mainland division’s government whole before a bureau written after it', () => {
    const a = annotate('余杭区人民政府办公室主任车立文出席。余杭区政府经济发展局有关负责人参加。');
    expect(ids(a).filter((id) => id.includes('政府经济发展局'))).toEqual([]);
  });

  it('reads 县府 and 市府 as the government of a Taiwan county or city, with a department after it', () => {
    const a = annotate('屏东县政府今日举办说明会。县府经济发展处处长柯立宏表示，县府将持续招商。');
    expect(ids(a)).toContain('org:屏东县政府经济发展处');
    expect(positionsOf(a, '柯立宏')).toEqual(['处长 -> org:屏东县政府经济发展处']);
  });

  it('does not read 市府 as a mainland city’s government', () => {
    const a = annotate('嘉兴市召开座谈会，市府有关部门负责人参加。屏东县长吕文达出席。');
    expect(ids(a).filter((id) => id.startsWith('org:浙江省嘉兴市'))).toEqual([]);
  });
});
