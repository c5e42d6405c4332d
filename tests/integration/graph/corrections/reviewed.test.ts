import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../../graph/corrections/apply-correction.ts';
import { loadCorrected } from '../../../../graph/corrections/load-corrected.ts';
import { reviewedAnnotations } from '../../../../graph/corrections/reviewed.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { evaluateCases, reviewedCase } from '../../../../seed/pipeline/eval/evaluate.ts';
import { emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

const A = 'f272be3deda32c55';

describe('the reviewed set', () => {
  it('is what reviewers left of the articles they marked reviewed, and scores the extractor against it', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    expect((await reviewedAnnotations(db)).annotations).toEqual([]);

    await applyCorrection(db, { op: 'reject', entity: 'person:肖立', article: A }, 'tester');
    await applyCorrection(db, { op: 'review', article: A }, 'tester');
    const { annotations, missing } = await reviewedAnnotations(db);
    expect(missing).toEqual([]);
    expect(annotations.map((a) => a.article.id)).toEqual([A]);
    const reviewed = annotations[0];
    if (!reviewed) throw new Error('no reviewed annotation');
    expect(reviewed.review?.status).toBe('reviewed');
    expect(reviewed.entities.map((e) => e.id)).not.toContain('person:肖立');
    expect(reviewed.article.text.length).toBeGreaterThan(100);

    // The extractor still finds 肖立, which the reviewer rejected: one spurious entity, nothing missed.
    const result = evaluateCases([reviewedCase(reviewed)]);
    expect(result.scores[0]?.spuriousEntities).toEqual(['Person|person:肖立']);
    expect(result.scores[0]?.missedEntities).toEqual([]);
    expect(result.entities.recall).toBe(1);
    expect(result.entities.precision).toBeLessThan(1);
  });
});
