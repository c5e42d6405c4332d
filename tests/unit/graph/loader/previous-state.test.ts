import { describe, expect, it } from 'vitest';
import { prepareBatch } from '../../../../graph/loader/prepare.ts';
import { batchEdges, type PreviousState } from '../../../../graph/loader/previous-state.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

/** The seed article again under another id and date, so every fact has two supports in one batch. */
function second() {
  const b = seedAnnotation();
  b.article.id = 'second-article';
  b.article.publishedAt = '2023-05-01T09:00:00+08:00';
  return b;
}

describe('batchEdges', () => {
  it('makes every support and mention of articles the graph does not hold, and counts them per fact and entity', () => {
    const batch = prepareBatch([seedAnnotation(), second()]);
    const edges = batchEdges([], batch);
    const facts = Object.values(batch.relations).flat();
    expect(edges.newSupports).toHaveLength(facts.length * 2);
    expect(edges.keptSupports).toEqual([]);
    const fact = facts[0];
    expect(edges.counters.get(fact?.id ?? '')).toEqual({
      added: 2,
      first: '2023-04-24T07:02:00.000Z',
      last: '2023-05-01T01:00:00.000Z',
    });
    const entity = batch.mentions.find((m) => m.count > 1)?.entity;
    const mentioned = edges.newMentions.find((m) => m.entity === entity);
    expect(mentioned?.mentions.map((m) => m.article)).toEqual([batch.articleIds[0], 'second-article']);
    expect(mentioned?.mentions[0]?.count).toBeGreaterThan(1);
    expect(edges.keptMentions).toEqual([]);
  });

  it('keeps what an article held before with the same date, and makes again a support whose date changed', () => {
    const batch = prepareBatch([seedAnnotation()]);
    const [first, other] = Object.values(batch.relations).flat();
    if (!first || !other) throw new Error('fixture: the seed states two facts or more');
    const article = batch.articleIds[0] ?? '';
    const entity = batch.mentions[0]?.entity ?? '';
    const previous: PreviousState[] = [
      {
        article,
        supports: [
          { fact: first.id, date: first.supports[0]?.date ?? '' },
          { fact: other.id, date: '2020-01-01T00:00:00.000Z' },
        ],
        mentions: [entity],
      },
    ];
    const edges = batchEdges(previous, batch);
    expect(edges.keptSupports.map((s) => s.fact)).toEqual([first.id]);
    expect(edges.newSupports.map((s) => s.fact)).toContain(other.id);
    expect(edges.newSupports.map((s) => s.fact)).not.toContain(first.id);
    expect(edges.counters.get(first.id)).toEqual({ added: 0, first: null, last: null });
    expect(edges.counters.get(other.id)?.added).toBe(1);
    expect(edges.keptMentions.map((m) => m.entity)).toEqual([entity]);
    expect(edges.newMentions.some((m) => m.entity === entity)).toBe(false);
    expect(edges.newMentions).toHaveLength(batch.mentions.length - 1);
  });

  it('leaves a support without a date out of the first and last report', () => {
    const undated = seedAnnotation();
    undated.article.publishedAt = null;
    const batch = prepareBatch([undated]);
    const fact = Object.values(batch.relations).flat()[0];
    expect(batchEdges([], batch).counters.get(fact?.id ?? '')).toEqual({ added: 1, first: null, last: null });
  });
});
