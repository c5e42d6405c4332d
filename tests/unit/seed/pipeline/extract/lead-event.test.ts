import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

/** Invented pages: the happening their lead reports, when no frame of its own reads one (events/lead-event.ts). */
describe('the event a page’s lead reports', () => {
  it('reads a visit after a list of matters, with who leads it, who escorts and who speaks', () => {
    const a = annotate(
      '4月2日，区长邝明远带队围绕冷链仓储、消防通道等薄弱环节开展专项督导，副区长孙立群陪同。\n邝明远指出，要加快物流园区建设。',
    );
    const event = 'event:2023-04-02:薄弱环节专项督导';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN person:邝明远 -> ${event} attendee`,
        `PARTICIPATED_IN person:孙立群 -> ${event} attendee`,
        `PARTICIPATED_IN person:邝明远 -> ${event} speaker`,
      ]),
    );
  });

  it('reads a visit named after the matter written after its verb, or quoted before it, with who leads and escorts', () => {
    const a = annotate(
      '3月8日，县人大常委会主任范文涛率执法检查组，先后赴禾溪镇、青石镇督查秸秆禁烧落实情况，副县长孙立群陪同。',
    );
    const event = 'event:2023-03-08:秸秆禁烧落实情况督查';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN person:范文涛 -> ${event} attendee`,
        `PARTICIPATED_IN person:孙立群 -> ${event} attendee`,
      ]),
    );
    const b = annotate(
      '6月4日，市人大常委会主任欧阳宁一行开展“老旧小区加装电梯”专项督查，区人大常委会主任韦东川全程参加。',
    );
    expect(ids(b)).toContain('event:2023-06-04:老旧小区加装电梯专项督查');
  });

  it('reads no visit from a time, a group or a second verb after the verb', () => {
    for (const text of [
      '7月3日，副区长孙立群赴禾溪镇调研时强调，要抓好防汛工作。',
      '7月3日，副区长孙立群莅临禾溪镇考察督查。',
      '区长邝明远要求，各镇要对城南片区防汛设施进行察看。',
    ])
      expect(annotate(text).entities.filter((e) => e.type === 'Event')).toEqual([]);
  });

  it('names an act done to a project a ceremony when the page calls it one, held at the park', () => {
    const a = annotate('5月6日，澜湾科创园顺利开园。区委书记陆文澜出席并为开园仪式剪彩。');
    const event = 'event:2023-05-06:澜湾科创园开园仪式';
    expect(ids(a)).toContain(event);
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN person:陆文澜 -> ${event} attendee`,
        `HELD_AT ${event} -> place:澜湾科创园`,
      ]),
    );
  });

  it('reads no event on a page that reports no happening (a notice, a profile, a place, a plan)', () => {
    for (const text of [
      '为进一步规范企业走访调研工作，现将有关事项通知如下。一、走访调研应提前报备。',
      '邝明远，男，1972年生，现任青川区区长，分管企业服务工作。',
      '澜湾科创园位于城东，占地300亩，二期计划于明年开园。',
      '定于3月5日起，由副区长孙立群带队围绕冷链仓储、消防通道等薄弱环节开展督导，请各单位配合。',
      '据了解，区长邝明远曾于2019年带队围绕冷链仓储、消防通道等薄弱环节开展督导。',
      '下周，区长邝明远将带队围绕冷链仓储、消防通道等薄弱环节开展督导。',
    ])
      expect(annotate(text).entities.filter((e) => e.type === 'Event')).toEqual([]);
  });

  it('leaves a page whose frames read a happening as they read it', () => {
    const a = annotate('5月9日上午，历城区委书记范承志带队调研全区重点产业项目建设情况。');
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2023-05-09:历城区重点产业项目建设情况调研',
    ]);
  });
});
