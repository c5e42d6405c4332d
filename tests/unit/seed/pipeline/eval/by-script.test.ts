import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Annotation } from '../../../../../contract/annotation/types.ts';
import { evaluateCases } from '../../../../../seed/pipeline/eval/evaluate.ts';
import type { GoldCase } from '../../../../../seed/pipeline/eval/gold-set.ts';

function goldCase(name: string, text: string, goldIds: string[]): GoldCase {
  const article: AnnotatedArticle = {
    id: name,
    title: name,
    publishedAt: null,
    source: null,
    reporters: [],
    language: 'zh',
    text,
  };
  const gold: Annotation = {
    schemaVersion: 1,
    article,
    entities: goldIds.map((id) => ({ id, type: 'Place', name: id.slice('place:'.length) })),
    relations: [],
  };
  return { name, file: undefined, note: undefined, refused: undefined, article, gold };
}

describe('figures by script', () => {
  const cases = [
    goldCase('simplified', '2025年3月4日，青禾集团董事长林川到浙江省杭州市考察。', ['place:浙江省杭州市']),
    goldCase('traditional', '2025年3月4日，青禾集團董事長林川到浙江省杭州市考察，參觀園區並與員工座談。', [
      'place:浙江省杭州市',
      'place:浙江省',
    ]),
  ];
  const result = evaluateCases(cases);

  it('splits the pages by the script they are written in', () => {
    expect(result.byScript.simplified.articles).toBe(1);
    expect(result.byScript.traditional.articles).toBe(1);
  });

  it('gives each part the micro figures of its own pages, which add up to the whole', () => {
    const { simplified, traditional } = result.byScript;
    expect(simplified.entities.gold).toBe(1);
    expect(traditional.entities.gold).toBe(2);
    for (const key of ['truePositives', 'predicted', 'gold'] as const) {
      expect(simplified.entities[key] + traditional.entities[key]).toBe(result.entities[key]);
      expect(simplified.relations[key] + traditional.relations[key]).toBe(result.relations[key]);
    }
    expect(traditional.entities).toEqual(
      expect.objectContaining({ truePositives: result.scores[1]?.entities.truePositives }),
    );
  });
});
