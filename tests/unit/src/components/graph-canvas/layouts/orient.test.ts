import { describe, expect, it } from 'vitest';
import {
  fitToBox,
  orientToBox,
  stretchToBox,
} from '../../../../../../src/components/graph-canvas/layouts/orient.ts';
import type { Point } from '../../../../../../src/components/graph-canvas/layouts/positions.ts';

const wide = new Map<string, Point>([
  ['a', { x: -200, y: 0 }],
  ['b', { x: 200, y: 10 }],
  ['c', { x: 0, y: -60 }],
  ['d', { x: 40, y: 80 }],
]);
const distance = (m: Map<string, Point>, a: string, b: string) => {
  const p = m.get(a) as Point;
  const q = m.get(b) as Point;
  return Math.hypot(p.x - q.x, p.y - q.y);
};

/** Pairs of the drawing's nodes whose distances the tests compare. */
const PAIRS = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['a', 'd'],
] as const;

describe('orientToBox', () => {
  it('turns a wide drawing to stand in a tall box, keeping every distance', () => {
    const turned = orientToBox(wide, { width: 200, height: 370 });
    const ys = [...turned.values()].map((p) => p.y);
    const xs = [...turned.values()].map((p) => p.x);
    expect(Math.max(...ys) - Math.min(...ys)).toBe(400);
    expect(Math.max(...xs) - Math.min(...xs)).toBe(140);
    for (const [a, b] of PAIRS) expect(distance(turned, a, b)).toBeCloseTo(distance(wide, a, b));
  });

  it('leaves a drawing that already lies along the box, or a near-square box, as it is', () => {
    expect(orientToBox(wide, { width: 400, height: 300 })).toBe(wide);
    expect(orientToBox(wide, { width: 330, height: 360 })).toBe(wide);
    expect(orientToBox(wide, { width: 0, height: 0 })).toBe(wide);
  });

  it('turns a tall drawing to lie in a wide box', () => {
    const tall = new Map([...wide].map(([id, p]) => [id, { x: p.y, y: p.x }]));
    const turned = orientToBox(tall, { width: 600, height: 300 });
    const xs = [...turned.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBe(400);
  });
});

describe('stretchToBox', () => {
  const span = (m: Map<string, Point>, axis: 'x' | 'y') => {
    const v = [...m.values()].map((p) => p[axis]);
    return Math.max(...v) - Math.min(...v);
  };

  it('draws a wide drawing out to the height of a near-square box, no two nodes coming closer', () => {
    // 400 × 140 in a 500 × 480 box: the height is drawn out by the most allowed.
    const drawn = stretchToBox(wide, { width: 500, height: 480 });
    expect(span(drawn, 'x')).toBe(400);
    expect(span(drawn, 'y')).toBeCloseTo(140 * 1.6);
    for (const [a, b] of PAIRS) expect(distance(drawn, a, b)).toBeGreaterThanOrEqual(distance(wide, a, b));
  });

  it('stops where the drawing has the box shape', () => {
    const drawn = stretchToBox(wide, { width: 500, height: 200 });
    expect(span(drawn, 'y') / span(drawn, 'x')).toBeCloseTo(200 / 500);
  });

  it('leaves a drawing of the box shape, or an unmeasured box, as it is', () => {
    expect(stretchToBox(wide, { width: 400, height: 140 })).toBe(wide);
    expect(stretchToBox(wide, { width: 0, height: 0 })).toBe(wide);
  });

  it('turns a wide drawing in a tall box before drawing it out', () => {
    const fitted = fitToBox(wide, { width: 200, height: 370 });
    expect(span(fitted, 'y')).toBe(400);
    expect(span(fitted, 'x')).toBeCloseTo(200 * (400 / 370));
  });
});
