import { describe, expect, it } from 'vitest';
import {
  COMPACT_SPACING,
  spacingAtZoom,
} from '../../../../../../src/components/graph-canvas/layouts/spacing.ts';

describe('room for labels at the zoom a drawing is shown at', () => {
  it('keeps the spacing at zoom 1 and above, where labels scale with the drawing', () => {
    expect(spacingAtZoom(COMPACT_SPACING, 1)).toBe(COMPACT_SPACING);
    expect(spacingAtZoom(COMPACT_SPACING, 1.4)).toBe(COMPACT_SPACING);
  });

  it('grows the room by 1 / zoom below 1, up to the widest label, and leaves the forces alone', () => {
    const half = spacingAtZoom(COMPACT_SPACING, 0.5);
    expect(half.labelWidth).toBe(COMPACT_SPACING.labelWidth * 2);
    expect(half.labelHeight).toBe(COMPACT_SPACING.labelHeight * 2);
    expect(half.repulsion).toBe(COMPACT_SPACING.repulsion);
    expect(spacingAtZoom(COMPACT_SPACING, 0.1).labelWidth).toBe(130);
    expect(spacingAtZoom(COMPACT_SPACING, 0.1).labelHeight).toBe(3 * COMPACT_SPACING.labelHeight);
  });
});
