import { describe, expect, it } from 'vitest';
import { seededRandom, withSeededRandom } from '../../../../src/lib/seeded-random.ts';

describe('seeded random numbers', () => {
  it('gives the same numbers for the same seed and others for another', () => {
    const draw = (seed: string | number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 5 }, () => r());
    };
    expect(draw('view')).toEqual(draw('view'));
    expect(draw('view')).not.toEqual(draw('other view'));
    expect(draw(7)).toEqual(draw(7));
    for (const x of draw('range')) expect(x >= 0 && x < 1).toBe(true);
  });

  it('seeds Math.random only while the work runs, even when it throws', () => {
    const original = Math.random;
    const a = withSeededRandom('s', () => [Math.random(), Math.random()]);
    const b = withSeededRandom('s', () => [Math.random(), Math.random()]);
    expect(a).toEqual(b);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom('s', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
