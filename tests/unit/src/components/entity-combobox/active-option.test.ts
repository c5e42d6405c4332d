import { describe, expect, it } from 'vitest';
import { nextActiveOption } from '../../../../../src/components/entity-combobox/active-option.ts';

describe('nextActiveOption', () => {
  it('moves down and up within the options', () => {
    expect(nextActiveOption('ArrowDown', 0, 3, true)).toBe(1);
    expect(nextActiveOption('ArrowDown', 3, 3, true)).toBe(3);
    expect(nextActiveOption('ArrowUp', 2, 3, true)).toBe(1);
    expect(nextActiveOption('ArrowUp', 0, 3, true)).toBe(0);
  });

  it('stays on the first place when there is nothing to move to', () => {
    expect(nextActiveOption('ArrowDown', 0, -1, false)).toBe(0);
  });

  it('jumps to the ends only while the list is shown', () => {
    expect(nextActiveOption('Home', 2, 3, true)).toBe(0);
    expect(nextActiveOption('End', 0, 3, true)).toBe(3);
    expect(nextActiveOption('Home', 2, 3, false)).toBeNull();
    expect(nextActiveOption('End', 0, 3, false)).toBeNull();
  });

  it('leaves other keys to the caller', () => {
    expect(nextActiveOption('Enter', 1, 3, true)).toBeNull();
    expect(nextActiveOption('a', 1, 3, true)).toBeNull();
  });
});
