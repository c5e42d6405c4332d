import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../../seed/pipeline/eval/evaluate.ts';

/**
 * The extractor's quality on the gold set (tests/fixtures/gold), scored as `npm run eval` scores it. The floors
 * sit just under the figures reached when they were set; a change that loses quality fails here.
 */
const FLOOR = { entityF1: 0.99, relationF1: 0.99, articleEntityF1: 0.95, articleRelationF1: 0.9 };

describe('quality on the gold set', async () => {
  const result = await evaluate(new URL('../../../../fixtures/gold', import.meta.url).pathname);

  it('scores every gold article', () => {
    expect(result.scores.length).toBeGreaterThanOrEqual(11);
  });

  it(`keeps overall entity F1 ≥ ${FLOOR.entityF1} and relation F1 ≥ ${FLOOR.relationF1}`, () => {
    expect(result.entities.f1).toBeGreaterThanOrEqual(FLOOR.entityF1);
    expect(result.relations.f1).toBeGreaterThanOrEqual(FLOOR.relationF1);
  });

  it('reproduces the seed annotation', () => {
    const seed = result.scores.find((s) => s.name.startsWith('000_'));
    expect(seed?.entities.f1).toBe(1);
    expect(seed?.relations.f1).toBe(1);
  });

  it.each(result.scores.map((s) => [s.name, s] as const))(
    '%s stays above the per-article floors',
    (_name, s) => {
      expect(s.entities.f1).toBeGreaterThanOrEqual(FLOOR.articleEntityF1);
      expect(s.relations.f1).toBeGreaterThanOrEqual(FLOOR.articleRelationF1);
    },
  );
});
