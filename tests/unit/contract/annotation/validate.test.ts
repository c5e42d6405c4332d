import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnnotationError, validateAnnotation } from '../../../../contract/annotation/validate.ts';

const SEED = 'seed/annotations/f272be3deda32c55.json';
const seed = () => JSON.parse(readFileSync(SEED, 'utf8'));

function problemsOf(value: unknown): string[] {
  try {
    validateAnnotation(value, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as Error).message).toContain('x.json');
    return (error as AnnotationError).problems;
  }
  throw new Error('expected the annotation to be rejected');
}

describe('validateAnnotation', () => {
  it('accepts the reviewed seed annotation', () => {
    const annotation = validateAnnotation(seed(), SEED);
    expect(annotation.entities.filter((e) => e.type === 'Person')).toHaveLength(11);
  });

  it('names the field of a schema violation', () => {
    const value = seed();
    value.entities[0].type = 'Robot';
    expect(problemsOf(value)).toEqual([
      expect.stringMatching(/^\/entities\/0\/type: .*Person, Organization/),
    ]);
  });

  it('rejects relations whose ends are not entities of the annotation', () => {
    const value = seed();
    value.relations[0].to = 'org:nobody';
    expect(problemsOf(value)).toContain('/relations/0/to: unknown entity "org:nobody"');
  });

  it('rejects evidence that does not match the text at its offsets', () => {
    const value = seed();
    value.relations[1].evidence.start += 1;
    expect(problemsOf(value)).toEqual([
      expect.stringContaining('/relations/1/evidence/text: does not match'),
    ]);
  });

  it('rejects offsets past the end of the text and duplicate ids', () => {
    const value = seed();
    value.entities[1].mentions = [{ start: 0, end: 99_999 }];
    value.entities[2].id = value.entities[3].id;
    const problems = problemsOf(value);
    expect(problems).toContainEqual(
      expect.stringContaining('/entities/1/mentions/0: end 99999 is past the end'),
    );
    expect(problems).toContainEqual(expect.stringContaining('duplicate id'));
  });

  it('rejects a missing required field with its path', () => {
    const value = seed();
    delete value.article.title;
    expect(problemsOf(value)).toEqual([
      expect.stringContaining("/article: must have required property 'title'"),
    ]);
  });
});
