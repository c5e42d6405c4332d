import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

const focus = (text: string) => relations(annotate(text)).filter((r) => r.startsWith('FOCUSES_ON'));

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('topics', () => {
  it('reads a quoted list with bracketed industries and leaves brands out', () => {
    expect(
      focus(
        '未来岛园区是产业园,目前正重点聚焦“数(数字供应链)、智(智能制造)、炬(“炬”创·来谷)、生(生命健康)”产业发展战略。',
      ),
    ).toEqual([
      'FOCUSES_ON place:未来岛园区 -> topic:数字供应链',
      'FOCUSES_ON place:未来岛园区 -> topic:智能制造',
      'FOCUSES_ON place:未来岛园区 -> topic:生命健康',
    ]);
  });

  it('stops a list at 等 and at 三大', () => {
    expect(focus('近年来,余杭区聚焦人工智能、生物医药、智能物联等重点产业。')).toHaveLength(3);
    expect(focus('该园区位于上海。漕河泾科技园重点发展集成电路、软件和信息服务三大产业。')).toEqual([
      'FOCUSES_ON place:漕河泾科技园 -> topic:集成电路',
      'FOCUSES_ON place:漕河泾科技园 -> topic:软件',
      'FOCUSES_ON place:漕河泾科技园 -> topic:信息服务',
    ]);
  });

  it('gives the clause subject, also when it is a reference (公司, 联盟)', () => {
    expect(focus('来到杭州钱塘芯谷半导体有限公司。公司专注于功率半导体器件的研发制造。')).toEqual([
      'FOCUSES_ON org:杭州钱塘芯谷半导体有限公司 -> topic:功率半导体器件',
    ]);
  });

  it('reads 集成电路是南山区重点发展的…产业', () => {
    expect(focus('南山区委常委出席。集成电路是南山区重点发展的战略性新兴产业。')).toEqual([
      'FOCUSES_ON place:广东省深圳市南山区 -> topic:集成电路',
    ]);
  });

  it('takes no aims or slogans for topics', () => {
    expect(focus('集团要聚焦主责主业,深化改革。会议要求聚焦年度目标任务。')).toEqual([]);
  });
});
