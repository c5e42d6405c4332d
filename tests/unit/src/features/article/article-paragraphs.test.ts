import { describe, expect, it } from 'vitest';
import type { ArticleMention } from '../../../../../contract/api/payloads.ts';
import { articleParagraphs, pickMentions } from '../../../../../src/features/article/article-paragraphs.ts';

const mention = (entityId: string, start: number, end: number): ArticleMention => ({
  entityId,
  name: entityId,
  type: 'Person',
  kind: null,
  start,
  end,
});

const text = '李红珍在普陀区讲话。\n吴晨海出席。';

describe('article paragraphs', () => {
  it('cuts the text at mentions, the evidence span and line breaks, losing no character', () => {
    const paragraphs = articleParagraphs(
      text,
      [mention('person:李红珍', 0, 3), mention('place:普陀区', 4, 7)],
      {
        start: 0,
        end: 10,
      },
    );
    expect(paragraphs).toHaveLength(2);
    const first = paragraphs[0]?.segments ?? [];
    expect(first.map((s) => s.text).join('')).toBe('李红珍在普陀区讲话。');
    expect(first.map((s) => s.mention?.entityId ?? null)).toEqual([
      'person:李红珍',
      null,
      'place:普陀区',
      null,
    ]);
    expect(first.every((s) => s.evidence)).toBe(true);
    expect(paragraphs[1]?.segments.map((s) => s.text).join('')).toBe('吴晨海出席。');
    expect(paragraphs[1]?.segments.some((s) => s.evidence)).toBe(false);
  });

  it('keeps the earlier and longer of overlapping mentions and drops spans outside the text', () => {
    const picked = pickMentions(
      [mention('b', 4, 6), mention('a', 4, 7), mention('c', 5, 9), mention('x', 40, 45)],
      text.length,
    );
    expect(picked.map((m) => m.entityId)).toEqual(['a']);
  });

  it('ignores an evidence span that does not fit the text', () => {
    const paragraphs = articleParagraphs(text, [], { start: 5, end: 500 });
    expect(paragraphs.flatMap((p) => p.segments).some((s) => s.evidence)).toBe(false);
  });
});
