import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules that decide by the structure around a name or a title (function words, past markers), not by a list of the
 * names seen; every sentence is invented.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('titles and the clause around them', () => {
  it('holds the current posts of a chain and not the past one inside it (市委常委、原副市长)', () => {
    const held = positionsOf(annotate('江山市委常委、原副市长林国栋出席会议。'), '林国栋');
    expect(held).toEqual(['常委 -> org:浙江省衢州市江山市委']);
  });

  it('keeps a preposition or pronoun in front of a title out of the title (会议由市长X主持)', () => {
    const held = positionsOf(
      annotate('江山市召开座谈会。会议由市长吴建平主持，随后该县长郑一鸣发言。'),
      '吴建平',
    );
    expect(held).toEqual(['市长 -> place:浙江省衢州市江山市']);
  });
});
