import { describe, expect, it } from 'vitest';
import {
  type BodyRule,
  type LabelBox,
  overlappingPairs,
  type PlacedBox,
  placeLabels,
} from '../../../../src/lib/label-lod.ts';
import { seededRandom } from '../../../../src/lib/seeded-random.ts';

/** The labels drawn, wherever they go. */
const chooseLabels = (boxes: readonly LabelBox[], gap?: number, body?: BodyRule) =>
  new Set(placeLabels(boxes, gap, body).keys());

const box = (id: string, priority: number, x: number, y: number, w = 40, h = 12): LabelBox => ({
  id,
  priority,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

describe('labels by level of detail', () => {
  it('keeps the more important of two touching labels and both of two apart', () => {
    const kept = chooseLabels([box('hub', 10, 0, 0), box('leaf', 1, 20, 5), box('far', 1, 200, 200)]);
    expect([...kept].sort()).toEqual(['far', 'hub']);
  });

  it('breaks ties by id, whatever the order the boxes come in', () => {
    const a = box('a', 5, 0, 0);
    const b = box('b', 5, 10, 0);
    expect([...chooseLabels([b, a])]).toEqual(['a']);
    expect([...chooseLabels([a, b])]).toEqual(['a']);
  });

  it('hides a label that would cover another node, unless it is important enough to cover it', () => {
    const bodies = [
      { id: 'a', x1: 0, y1: -20, x2: 20, y2: 0 },
      { id: 'b', x1: 10, y1: 14, x2: 30, y2: 34 },
    ];
    const labels = [box('a', 5, 0, 0), box('b', 1, 10, 34)];
    // a's label (y 0–12) ends above b's body (y 14–34); made taller (y 0–20) it covers it and gives way.
    expect([...chooseLabels(labels, 2, { bodies, coverFrom: 100 })].sort()).toEqual(['a', 'b']);
    const low = [box('a', 5, 0, 0, 40, 20), box('b', 1, 10, 34), box('top', 9, 300, 300)];
    expect([...chooseLabels(low, 2, { bodies, coverFrom: 100 })].sort()).toEqual(['b', 'top']);
    // Its own body never counts, and a label from coverFrom up is drawn over others.
    expect([...chooseLabels(low, 2, { bodies, coverFrom: 5 })].sort()).toEqual(['a', 'b', 'top']);
  });

  it('draws the most important label of all even over other nodes: an article’s event among its people', () => {
    const bodies = [
      { id: 'event', x1: 0, y1: -20, x2: 20, y2: 0 },
      { id: 'person', x1: 10, y1: 14, x2: 30, y2: 34 },
    ];
    const labels = [box('event', 9, 0, 0, 40, 20), box('person', 1, 10, 34)];
    expect([...chooseLabels(labels, 2, { bodies, coverFrom: 100 })].sort()).toEqual(['event', 'person']);
    // Also when a selected node elsewhere comes first.
    const selected = [...labels, box('selected', 500, 300, 300)];
    expect([...chooseLabels(selected, 2, { bodies, coverFrom: 100 })].sort()).toEqual([
      'event',
      'person',
      'selected',
    ]);
  });

  it('keeps a gap between labels and skips empty boxes', () => {
    expect(chooseLabels([box('a', 2, 0, 0), box('b', 1, 41, 0)], 2).size).toBe(1);
    expect(chooseLabels([box('a', 2, 0, 0), box('b', 1, 41, 0)], 0).size).toBe(2);
    expect(chooseLabels([box('empty', 9, 0, 0, 0, 0)]).size).toBe(0);
  });

  it('never keeps two overlapping labels among hundreds scattered at random, and keeps every lone one', () => {
    const random = seededRandom('labels');
    const boxes = Array.from({ length: 600 }, (_, i) =>
      box(`n${i}`, Math.floor(random() * 50), random() * 1400, random() * 900, 30 + random() * 90, 14),
    );
    const kept = chooseLabels(boxes);
    const shown = boxes.filter((b) => kept.has(b.id));
    expect(overlappingPairs(shown)).toEqual([]);
    expect(overlappingPairs(boxes).length).toBeGreaterThan(0);
    for (const b of boxes) {
      if (kept.has(b.id)) continue;
      // Every label left out touches a kept one at least as important.
      expect(shown.some((s) => s.priority >= b.priority && chooseLabels([s, b]).size === 1)).toBe(true);
    }
  });

  it('moves a label to the first free alternative before hiding it, and hides it when none is free', () => {
    const hub = box('hub', 10, 0, 0, 60, 12);
    const aside = (id: string, x: number, y: number) => ({
      placement: 'right' as const,
      ...box(id, 0, x, y),
    });
    const movable = { ...box('leaf', 1, 10, 4), alternatives: [aside('leaf', 100, 4)] };
    expect(placeLabels([hub, movable])).toEqual(
      new Map([
        ['hub', 'below'],
        ['leaf', 'right'],
      ]),
    );
    const stuck = { ...box('leaf', 1, 10, 4), alternatives: [aside('leaf', 30, 6)] };
    expect([...placeLabels([hub, stuck]).keys()]).toEqual(['hub']);
  });

  it('lets a moved label take no room a more important label needs, and covers no node where it goes', () => {
    const bodies = [{ id: 'n', x1: 100, y1: 0, x2: 120, y2: 20 }];
    const onNode = { placement: 'above' as const, x1: 95, y1: 2, x2: 125, y2: 10 };
    const free = { placement: 'left' as const, x1: -60, y1: 0, x2: -20, y2: 12 };
    const label = { ...box('a', 1, 0, 0), alternatives: [onNode, free] };
    const first = box('first', 5, 0, 0);
    const placed = placeLabels([label, first], undefined, { bodies, coverFrom: 100 });
    expect(placed.get('first')).toBe('below');
    expect(placed.get('a')).toBe('left');
  });

  it('never draws two overlapping labels when hundreds at random may each go to one of several places', () => {
    const random = seededRandom('placed labels');
    const side = ['above', 'right', 'left'] as const;
    const boxes: LabelBox[] = Array.from({ length: 600 }, (_, i) => {
      const w = 30 + random() * 90;
      const at = () => ({ x1: random() * 1400, y1: random() * 900 });
      const alternatives: PlacedBox[] = side.map((placement) => {
        const { x1, y1 } = at();
        return { placement, x1, y1, x2: x1 + w, y2: y1 + 14 };
      });
      const { x1, y1 } = at();
      return { ...box(`n${i}`, Math.floor(random() * 50), x1, y1, w, 14), alternatives };
    });
    const placed = placeLabels(boxes);
    const where = (b: LabelBox): LabelBox => {
      const p = placed.get(b.id);
      const alt = b.alternatives?.find((a) => a.placement === p);
      return alt ? { id: b.id, priority: b.priority, x1: alt.x1, y1: alt.y1, x2: alt.x2, y2: alt.y2 } : b;
    };
    const drawn = boxes.filter((b) => placed.has(b.id)).map(where);
    expect(overlappingPairs(drawn)).toEqual([]);
    expect(drawn.length).toBeGreaterThan(chooseLabels(boxes.map(({ alternatives, ...own }) => own)).size);
    expect([...placed.values()].filter((p) => p !== 'below').length).toBeGreaterThan(0);
    for (const b of boxes) {
      if (placed.has(b.id)) continue;
      // A label left out found every one of its places touching a drawn one at least as important.
      for (const p of [b, ...(b.alternatives ?? [])]) {
        const here = { ...b, x1: p.x1, y1: p.y1, x2: p.x2, y2: p.y2, alternatives: undefined };
        expect(drawn.some((d) => d.priority >= b.priority && chooseLabels([d, here]).size === 1)).toBe(true);
      }
    }
  });
});
