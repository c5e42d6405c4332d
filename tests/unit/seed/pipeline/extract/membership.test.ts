import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

const of = (text: string, type: string) => relations(annotate(text)).filter((r) => r.startsWith(type));

describe('membership and agreements', () => {
  it('reads companies joining an existing alliance', () => {
    expect(
      of(
        '会上，深圳比亚迪汽车工业有限公司、深圳星源材质科技股份有限公司正式加入坪山新能源汽车产业联盟。',
        'MEMBER_OF',
      ),
    ).toEqual([
      'MEMBER_OF org:深圳比亚迪汽车工业有限公司 -> org:坪山新能源汽车产业联盟',
      'MEMBER_OF org:深圳星源材质科技股份有限公司 -> org:坪山新能源汽车产业联盟',
    ]);
  });

  it('reads 理事长单位 and 成为…成员单位', () => {
    expect(of('萧山物流产业联盟成立。杭州传化物流有限公司为联盟理事长单位。', 'MEMBER_OF')).toEqual([
      'MEMBER_OF org:杭州传化物流有限公司 -> org:萧山物流产业联盟',
    ]);
  });

  it('makes no partners of an intended agreement', () => {
    expect(of('双方表示，下一步将与上海交通大学签署合作协议。', 'PARTNERS_WITH')).toEqual([]);
    expect(of('杭州传化物流有限公司与浙江大学签署战略合作协议。', 'PARTNERS_WITH')).toEqual([
      'PARTNERS_WITH org:杭州传化物流有限公司 -> org:浙江大学',
    ]);
  });

  it('takes a department written short and in full for one body', () => {
    const a = annotate('济南市工业和信息化局召开座谈会。市工信局局长赵立新出席并讲话。');
    expect(ids(a).filter((id) => id.startsWith('org:'))).toEqual(['org:山东省济南市工业和信息化局']);
  });
});

describe('ceremonies', () => {
  it('reads 成立暨…签约仪式 as two events', () => {
    const a = annotate('6月8日上午，萧山物流产业联盟成立暨战略合作签约仪式在萧山国际会议中心举行。', {
      publishedAt: '2023-06-09T08:00:00+08:00',
    });
    const events = a.entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => e.kind)).toEqual(['founding', 'signing']);
    expect(events[0]?.id).toBe('event:2023-06-08:萧山物流产业联盟成立');
    for (const e of events) expect(relations(a)).toContain(`HELD_AT ${e.id} -> place:萧山国际会议中心`);
  });

  it('takes no event from a plan', () => {
    const a = annotate('园区计划于年内举办第二届产业发展论坛。');
    expect(a.entities.filter((e) => e.type === 'Event')).toEqual([]);
  });
});
