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

  it('keeps the relations of an id whose duplicate is left out', () => {
    const value: Annotation = seedAnnotation();
    const first = value.relations[0] as Annotation['relations'][number];
    const twin = value.entities.find((e) => e.id === first.from) as Annotation['entities'][number];
    value.entities.push({ ...twin });
    const trimmed = trimInvalid(value, 'x.txt');
    expect(trimmed.entities.filter((e) => e.id === twin.id)).toHaveLength(1);
    expect(trimmed.relations).toHaveLength(value.relations.length);
  });

  it('leaves out only a mention off the text, not its entity', () => {
    const value: Annotation = seedAnnotation();
    const entity = value.entities.find(
      (e) => (e.mentions?.length ?? 0) > 1,
    ) as Annotation['entities'][number];
    const count = entity.mentions?.length ?? 0;
    entity.mentions?.push({ start: value.article.text.length + 5, end: value.article.text.length + 8 });
    const trimmed = trimInvalid(value, 'x.txt');
    expect(trimmed.entities.find((e) => e.id === entity.id)?.mentions).toHaveLength(count);
    expect(trimmed.relations).toHaveLength(value.relations.length);
    expect(trimmed.article.warnings?.at(-1)).toBe(
      'left out what the schema refused: 0 entities, 0 relations, 1 mentions',
    );
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
