import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holds, readBaseline } from '../../../../../seed/pipeline/eval/baseline.ts';
import { type Evaluation, evaluate } from '../../../../../seed/pipeline/eval/evaluate.ts';
import { EVAL_SETS } from '../../../../../seed/pipeline/eval/sets.ts';

/**
 * The extractor's quality on every scored set, as `npm run eval` scores it, held to the figures recorded in
 * seed/pipeline/eval/baseline.json (`npm run eval -- --record`): no set may fall below its recorded entity or
 * relation F1 or refuse more pages, and no article of a training set below its own. Held sets (heldout, blind,
 * wild-scored) are held to their overall figures only.
 */
const baseline = readBaseline();
const results = new Map<string, Evaluation>();
for (const set of EVAL_SETS) results.set(set.name, await evaluate(resolve(set.dir)));

describe.each(EVAL_SETS.map((s) => [s.name, s] as const))('quality on %s', (name, set) => {
  const result = results.get(name) as Evaluation;
  const recorded = baseline[name];

  it('has a recorded baseline and scores every case', () => {
    expect(recorded).toBeDefined();
    expect(result.scores.length).toBe(Object.keys(recorded?.articles ?? {}).length || result.scores.length);
    expect(result.scores.length).toBeGreaterThan(0);
  });

  it('refuses no more pages than recorded', () => {
    expect(result.cases.filter((c) => c.refused).length).toBeLessThanOrEqual(recorded?.refused ?? 0);
  });

  it('keeps entity and relation F1 at or above the recorded figures', () => {
    expect(holds(result.entities.f1, recorded?.entityF1 ?? 1), `entity F1 ${result.entities.f1}`).toBe(true);
    expect(holds(result.relations.f1, recorded?.relationF1 ?? 1), `relation F1 ${result.relations.f1}`).toBe(
      true,
    );
  });

  if (set.role === 'training') {
    it('keeps every article at or above its recorded F1', () => {
      const below = result.scores.filter((s) => {
        const was = recorded?.articles?.[s.name];
        return !was || !holds(s.entities.f1, was.entityF1) || !holds(s.relations.f1, was.relationF1);
      });
      expect(
        below.map((s) => `${s.name}: ${s.entities.f1.toFixed(3)} / ${s.relations.f1.toFixed(3)}`),
      ).toEqual([]);
    });
  }
});

describe('the seed article', () => {
  it('is reproduced exactly', () => {
    const seed = results.get('gold')?.scores.find((s) => s.name.startsWith('000_'));
    expect(seed?.entities.f1).toBe(1);
    expect(seed?.relations.f1).toBe(1);
  });
});
