import { describe, expect, it } from 'vitest';
import { figures, overall, scoreArticle } from '../../../../../seed/pipeline/eval/score.ts';
import { annotation } from './annotation.ts';

describe('scoring', () => {
  it('matches entities on type + id and relations on type, ends, title and role', () => {
    const gold = annotation(
      ['person:甲', 'org:乙', 'org:丙'],
      [
        ['HOLDS_POSITION', 'person:甲', 'org:乙', { title: '书记' }],
        ['PART_OF', 'org:乙', 'org:丙'],
      ],
    );
    const predicted = annotation(
      ['person:甲', 'org:乙', 'org:丁'],
      [
        ['HOLDS_POSITION', 'person:甲', 'org:乙', { title: '副书记' }],
        ['PART_OF', 'org:乙', 'org:丙'],
      ],
    );
    const s = scoreArticle('a', predicted, gold);
    expect(s.entities).toMatchObject({ truePositives: 2, predicted: 3, gold: 3 });
    expect(s.relations).toMatchObject({ truePositives: 1, predicted: 2, gold: 2 });
    expect(s.missedEntities).toEqual(['Organization|org:丙']);
    expect(s.spuriousRelations).toEqual(['HOLDS_POSITION|person:甲|org:乙|副书记']);
  });

  it('computes micro averages and handles empty sets', () => {
    expect(figures({ truePositives: 0, predicted: 0, gold: 0 })).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
    });
    const a = scoreArticle('a', annotation(['person:甲'], []), annotation(['person:甲', 'person:乙'], []));
    const b = scoreArticle('b', annotation(['person:丙', 'person:丁'], []), annotation(['person:丙'], []));
    expect(overall([a, b], 'entities')).toMatchObject({ truePositives: 2, predicted: 3, gold: 3 });
  });
});
