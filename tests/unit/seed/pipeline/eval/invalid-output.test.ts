import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Annotation } from '../../../../../contract/annotation/types.ts';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { evaluateCases } from '../../../../../seed/pipeline/eval/evaluate.ts';
import type { GoldCase } from '../../../../../seed/pipeline/eval/gold-set.ts';
import { extractAnnotation } from '../../../../../seed/pipeline/extract/extract.ts';
import { WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

const TEXT = '2025年3月4日，禾川县县长林川到青溪古遗址考察。';

function goldCase(article: AnnotatedArticle): GoldCase {
  const gold: Annotation = {
    schemaVersion: 1,
    article,
    entities: [{ id: 'person:林川', type: 'Person', name: '林川' }],
    relations: [],
  };
  return { name: 'site-visit', file: undefined, note: undefined, refused: undefined, article, gold };
}

const article = (id: string): AnnotatedArticle => ({
  id,
  title: '林川到青溪古遗址考察',
  publishedAt: null,
  source: null,
  reporters: [],
  language: 'zh',
  text: TEXT,
});

// The first extraction loads the segmenter's dictionaries: a loaded machine takes longer than a test's 5 s for it.
beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('an extraction the annotation schema refuses', () => {
  it('counts as refused with the schema’s reason and predicts nothing, as `npm run extract` would', () => {
    // An article without an id: the extractor copies it, and the schema requires one.
    const result = evaluateCases([goldCase(article(''))]);
    expect(result.cases[0]?.refused).toMatch(/site-visit/);
    expect(result.entities.predicted).toBe(0);
  });

  it('is not what a site a visit goes to gives: its kind is one the graph knows', () => {
    const annotation = extractAnnotation(article('a1b2c3d4e5f60718'));
    expect(() => validateAnnotation(annotation, 'site-visit')).not.toThrow();
    expect(annotation.entities.find((e) => e.name.endsWith('遗址'))?.kind).toBe('venue');
    const result = evaluateCases([goldCase(article('a1b2c3d4e5f60718'))]);
    expect(result.cases[0]?.refused).toBeUndefined();
    expect(result.entities.truePositives).toBe(1);
  });
});
