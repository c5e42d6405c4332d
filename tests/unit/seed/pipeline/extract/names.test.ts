import { beforeAll, describe, expect, it } from 'vitest';
import { surnameAt } from '../../../../../seed/pipeline/extract/lexicon/surnames.ts';
import { readName } from '../../../../../seed/pipeline/extract/names.ts';
import { WARM_UP_TIMEOUT, warmUp } from './article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('reading one name', () => {
  it('prefers the reading followed by the stronger boundary', () => {
    expect(readName('时雨陪同走访', 0)).toEqual({ start: 0, end: 2 });
    expect(readName('李红珍在讲话中', 0)).toEqual({ start: 0, end: 3 });
    expect(readName('肖立,区委', 0)).toEqual({ start: 0, end: 2 });
  });

  it('knows compound surnames and the surnames the brief lists', () => {
    expect(surnameAt('欧阳蕾', 0)).toBe(2);
    for (const s of ['肖', '覃', '冼', '钱', '江', '匡', '龚', '郁']) expect(surnameAt(`${s}明`, 0)).toBe(1);
    expect(surnameAt('和平', 0)).toBe(0);
  });
});
