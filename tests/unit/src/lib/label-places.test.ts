import { describe, expect, it } from 'vitest';
import { labelPlaces } from '../../../../src/lib/cy-labels.ts';
import { PLACEMENTS } from '../../../../src/lib/label-lod.ts';

describe("a node label's places around its body", () => {
  const body = { x1: 100, y1: 100, x2: 120, y2: 120 };
  const below = { x1: 80, y1: 124, x2: 140, y2: 148 };

  it('keeps the size and the distance from the body on every side', () => {
    const places = labelPlaces(below, body, 'below');
    expect(places.below).toEqual(below);
    expect(places.above).toEqual({ x1: 80, y1: 72, x2: 140, y2: 96 });
    expect(places.right).toEqual({ x1: 124, y1: 98, x2: 184, y2: 122 });
    expect(places.left).toEqual({ x1: 36, y1: 98, x2: 96, y2: 122 });
    expect(places['below-right']).toEqual({ x1: 124, y1: 124, x2: 184, y2: 148 });
    expect(places['below-left']).toEqual({ x1: 36, y1: 124, x2: 96, y2: 148 });
    expect(places['above-right']).toEqual({ x1: 124, y1: 72, x2: 184, y2: 96 });
    expect(places['above-left']).toEqual({ x1: 36, y1: 72, x2: 96, y2: 96 });
  });

  it('gives the same places whichever side the label is drawn on now', () => {
    const fromBelow = labelPlaces(below, body, 'below');
    for (const now of PLACEMENTS) {
      expect(labelPlaces(fromBelow[now], body, now)).toEqual(fromBelow);
    }
  });
});
