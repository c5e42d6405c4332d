import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/** Venues read from where the page says something happened (venues.ts); invented sentences. */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('venues where something happened', () => {
  it('reads a hotel whose words stop a reading by ending, and holds the meeting there', () => {
    const a = annotate('禾川茶商联谊会秋季年会9日在禾园悦澜度假酒店举行，五十余位茶商到场。');
    expect(ids(a)).toContain('place:禾园悦澜度假酒店');
    expect(relations(a).some((r) => r.startsWith('HELD_AT') && r.endsWith('-> place:禾园悦澜度假酒店'))).toBe(
      true,
    );
  });

  it('keeps an organisation whose room is the venue, with its posts', () => {
    const a = annotate('茶农代表恳谈会下午在禾川茶叶协会会客室开幕。禾川茶叶协会会长李明到会。');
    expect(ids(a)).toEqual(expect.arrayContaining(['place:禾川茶叶协会会客室', 'org:禾川茶叶协会']));
    expect(positionsOf(a, '李明')).toEqual(['会长 -> org:禾川茶叶协会']);
  });

  it('names no venue for a body’s numbered room or a community’s own room', () => {
    const a = annotate('周五，禾溪镇在镇政府四层会议室举办培训班；结对活动在禾溪社区会议室举办。');
    expect(ids(a).filter((id) => id.endsWith('会议室'))).toEqual([]);
  });
});
