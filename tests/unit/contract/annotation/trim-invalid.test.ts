import { describe, expect, it } from 'vitest';
import { trimInvalid } from '../../../../contract/annotation/trim-invalid.ts';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import { AnnotationError } from '../../../../contract/annotation/validate.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

describe('trimInvalid: an extraction as the schema accepts it', () => {
  it('gives a valid annotation back unchanged', () => {
    const seed = seedAnnotation();
    expect(trimInvalid(seed, 'x.txt')).toEqual(seed);
  });

  it('leaves out an entity of an unknown kind with its relations, and says so in the warnings', () => {
    const value: Annotation = seedAnnotation();
    const entity = value.entities.find((e) => e.type === 'Place') as Annotation['entities'][number];
    (entity as { kind?: string }).kind = 'site';
    const touching = value.relations.filter((r) => r.from === entity.id || r.to === entity.id).length;
    expect(touching).toBeGreaterThan(0);
    const trimmed = trimInvalid(value, 'x.txt');
    expect(trimmed.entities.map((e) => e.id)).not.toContain(entity.id);
    expect(trimmed.relations).toHaveLength(value.relations.length - touching);
    expect(trimmed.article.warnings?.at(-1)).toBe(
      `left out what the schema refused: 1 entities (${entity.id}), ${touching} relations`,
    );
  });

  it('leaves out a relation whose evidence does not match the text', () => {
    const value: Annotation = seedAnnotation();
    const relation = value.relations[0] as Annotation['relations'][number];
    relation.evidence = { ...relation.evidence, text: `${relation.evidence.text}错` };
    const trimmed = trimInvalid(value, 'x.txt');
    expect(trimmed.relations).toHaveLength(value.relations.length - 1);
    expect(trimmed.entities).toHaveLength(value.entities.length);
  });

  it('takes out more problems than one error lists, round by round', () => {
    const value: Annotation = seedAnnotation();
    for (const relation of value.relations.slice(0, 25))
      relation.evidence = { ...relation.evidence, text: `${relation.evidence.text}错` };
    expect(value.relations.length).toBeGreaterThan(25);
    expect(trimInvalid(value, 'x.txt').relations).toHaveLength(value.relations.length - 25);
  });

  it('still refuses, naming the source, when the article itself is invalid', () => {
    const value: Annotation = seedAnnotation();
    value.article.id = '';
    expect(() => trimInvalid(value, 'x.txt')).toThrow(AnnotationError);
    expect(() => trimInvalid(value, 'x.txt')).toThrow(/x\.txt/);
  });
});
