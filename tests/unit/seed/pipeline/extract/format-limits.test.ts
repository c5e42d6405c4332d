import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../../contract/annotation/limits.ts';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { annotate, WARM_UP_TIMEOUT, warmUp } from './article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

/** `、`-joined invented names, enough to push one sentence past the evidence limit. */
function longNameList(count: number): string {
  const given = ['立新', '晓岚', '书衡', '启明', '若川', '文清', '向东', '承远'];
  return Array.from(
    { length: count },
    (_, i) => `${'赵钱孙李周吴'[i % 6]}${given[i % given.length]}${i}`,
  ).join('、');
}

describe("the format's limits", () => {
  it('gives the part of an overlong sentence around the relation as its evidence', () => {
    const sentence = `5月6日，青浦区召开全区干部大会，区委书记林望舒出席并讲话，出席的还有${longNameList(900)}等同志。`;
    expect(sentence.length).toBeGreaterThan(LIMITS.evidence);
    const annotation = validateAnnotation(annotate(sentence), 'long sentence');
    const held = annotation.relations.find((r) => r.type === 'HOLDS_POSITION');
    expect(held?.evidence.text.length).toBeLessThanOrEqual(LIMITS.evidence);
    expect(held?.evidence.text).toContain('区委书记林望舒');
  });

  it('keeps the sentence whole when it fits', () => {
    const annotation = annotate('5月6日，青浦区召开全区干部大会，区委书记林望舒出席并讲话。');
    expect(annotation.relations.map((r) => r.evidence.text)).toContain(
      '5月6日，青浦区召开全区干部大会，区委书记林望舒出席并讲话。',
    );
  });
});
