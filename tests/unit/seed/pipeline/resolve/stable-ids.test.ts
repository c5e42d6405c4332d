import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('canonical ids', () => {
  const first = annotate(
    '4月23日,普陀区委常委、组织部部长李红珍在桃浦镇出席活动,施耐德电气(中国)有限公司政府事务总监郁芳参加。',
  );
  const second = annotate('普陀区召开会议。区委组织部部长李红珍表示,施耐德电气（中国）有限公司将继续支持。', {
    source: '新民晚报',
  });

  it('are the same for the same entity written differently in two articles', () => {
    for (const id of ['person:李红珍', 'org:上海市普陀区委组织部', 'org:施耐德电气(中国)有限公司']) {
      expect(ids(first)).toContain(id);
      expect(ids(second)).toContain(id);
    }
  });

  it('are the same on every run', () => {
    const again = annotate(
      '4月23日,普陀区委常委、组织部部长李红珍在桃浦镇出席活动,施耐德电气(中国)有限公司政府事务总监郁芳参加。',
    );
    expect(again).toEqual(first);
  });
});
