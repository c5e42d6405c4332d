import { describe, expect, it } from 'vitest';
import { asOfBound } from '../../../../contract/api/as-of.ts';

describe('asOfBound', () => {
  it('is the end of the day in China time, in UTC', () => {
    expect(asOfBound('2023-04-24')).toBe('2023-04-24T15:59:59.999Z');
    expect(asOfBound('2024-02-29')).toBe('2024-02-29T15:59:59.999Z');
  });

  it('is null for days that do not exist or are not written YYYY-MM-DD', () => {
    for (const day of [
      '2023-13-45',
      '0000-00-00',
      '2023-02-29',
      '2023-04-31',
      '2023-4-1',
      '20230401',
      '',
      'x',
    ]) {
      expect(asOfBound(day)).toBeNull();
    }
  });
});
