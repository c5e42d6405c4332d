import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('title chains', () => {
  it('splits a chain joined by 、 and takes the organisation part out of each title', () => {
    const a = annotate('4月23日,普陀区委常委、组织部部长李红珍在讲话中表示感谢。');
    expect(positionsOf(a, '李红珍')).toEqual([
      '常委 -> org:上海市普陀区委',
      '部长 -> org:上海市普陀区委组织部',
    ]);
    expect(a.relations.some((r) => r.type === 'PART_OF' && r.from === 'org:上海市普陀区委组织部')).toBe(true);
  });

  it('reads a chain with two organisations of one district', () => {
    const a = annotate('普陀区副区长肖立,区委组织部副部长、区社会工作党委书记卢礼卿出席。');
    expect(positionsOf(a, '肖立')).toEqual(['副区长 -> place:上海市普陀区']);
    expect(positionsOf(a, '卢礼卿')).toEqual([
      '副部长 -> org:上海市普陀区委组织部',
      '书记 -> org:上海市普陀区社会工作党委',
    ]);
  });

  it('keeps the words between a company and the title in the title', () => {
    const a = annotate(
      '施耐德电气(中国)有限公司政府事务总监郁芳,上海航天科工电器研究院有限公司副总经理匡秀娟出席。',
    );
    expect(positionsOf(a, '郁芳')).toEqual(['政府事务总监 -> org:施耐德电气(中国)有限公司']);
    expect(positionsOf(a, '匡秀娟')).toEqual(['副总经理 -> org:上海航天科工电器研究院有限公司']);
  });

  it('reads 兼 as a joiner', () => {
    const a = annotate('杭州瀚澜智能科技股份有限公司董事长兼首席执行官林屹出席。');
    expect(positionsOf(a, '林屹')).toEqual([
      '董事长 -> org:杭州瀚澜智能科技股份有限公司',
      '首席执行官 -> org:杭州瀚澜智能科技股份有限公司',
    ]);
  });

  it('sends a newsroom title to the outlet and leaves a correspondent without one', () => {
    const a = annotate('杭州日报讯 记者 沈嘉禾 通讯员 陆婷婷 昨天上午,会议召开。', {
      source: '杭州日报',
      reporters: ['沈嘉禾', '陆婷婷'],
    });
    expect(positionsOf(a, '沈嘉禾')).toEqual(['记者 -> org:杭州日报']);
    expect(positionsOf(a, '陆婷婷')).toEqual([]);
    expect(a.entities.find((e) => e.id === 'person:陆婷婷')?.kind).toBe('correspondent');
    expect(a.entities.find((e) => e.id === 'person:沈嘉禾')?.kind).toBe('reporter');
  });

  it('reads closing credits whose titles are set off by a bar or a colon', () => {
    for (const credits of ['记者丨沈嘉禾  通讯员丨陆婷婷', '记者：沈嘉禾 通讯员：陆婷婷']) {
      const a = annotate(`杭州日报讯 昨天上午,会议召开。\n${credits}`, {
        source: '杭州日报',
        reporters: ['沈嘉禾', '陆婷婷'],
      });
      expect(positionsOf(a, '沈嘉禾'), credits).toEqual(['记者 -> org:杭州日报']);
      expect(a.entities.find((e) => e.id === 'person:陆婷婷')?.kind, credits).toBe('correspondent');
    }
  });

  it('reads posts given name first and skips former posts', () => {
    const a = annotate(
      '宣读了任职决定:宁致远任山东泉城数字产业集团有限公司党委书记、董事长;原党委书记、董事长施广源不再担任上述职务。',
    );
    expect(positionsOf(a, '宁致远')).toEqual([
      '书记 -> org:山东泉城数字产业集团有限公司党委',
      '董事长 -> org:山东泉城数字产业集团有限公司',
    ]);
    expect(positionsOf(a, '施广源')).toEqual([]);
  });

  it('reads 任命X为…新任总经理', () => {
    const a = annotate('仪式上,集团宣布,任命周以宁为克劳森传动技术(太仓)有限公司新任总经理。');
    expect(positionsOf(a, '周以宁')).toEqual(['总经理 -> org:克劳森传动技术(太仓)有限公司']);
  });
});
