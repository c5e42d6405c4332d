import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Titles and bodies as Taiwan, Hong Kong and Macau pages write them (invented sentences in traditional characters).
 * Each case has a near miss the rule must leave alone.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe("Taiwan's central government", () => {
  it('reads a minister whose title shares the last character of the body (經濟部長, 行政院長)', () => {
    const a = annotate('行政院長周立群18日率經濟部長施國平、交通部次長梁志宏前往雲林縣參訪。');
    expect(positionsOf(a, '周立群')).toEqual(['院長 -> org:行政院']);
    expect(positionsOf(a, '施国平')).toEqual(['部長 -> org:经济部']);
    expect(positionsOf(a, '梁志宏')).toEqual(['次長 -> org:交通部']);
  });

  it('reads the same glued title on a simplified page for the mainland ministries it already knows', () => {
    expect(positionsOf(annotate('财政部长刘昆出席。'), '刘昆')).toEqual(['部长 -> org:财政部']);
  });

  it('names a short form by the full name the page writes (客委會 of 行政院客家委員會)', () => {
    const a = annotate('客委會副主委賴志遠表示，行政院客家委員會將與青禾大學合作。');
    expect(positionsOf(a, '赖志远')).toEqual(['副主委 -> org:行政院客家委员会']);
    expect(ids(a)).not.toContain('org:客委会');
  });

  it('keeps the short form when the page writes no full name', () => {
    expect(positionsOf(annotate('陸委會副主委林致遠出席論壇。'), '林致远')).toEqual(['副主委 -> org:陆委会']);
  });

  it('reads no Taiwan ministry on a simplified page (a firm may have an 经济部)', () => {
    expect(ids(annotate('青禾集团经济部部长周立群出席。'))).not.toContain('org:经济部');
  });

  it('reads 立委 as a legislator (a person), the seat going to the county when one is named before it', () => {
    const a = annotate('立委徐明堂、雲林縣立法委員張文華出席。');
    expect(ids(a)).toContain('person:徐明堂');
    expect(positionsOf(a, '张文华')).toEqual(['立法委員 -> place:云林县']);
  });
});
