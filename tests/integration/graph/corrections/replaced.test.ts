import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import { applyCorrection } from '../../../../graph/corrections/apply-correction.ts';
import { loadCorrected } from '../../../../graph/corrections/load-corrected.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { modelProblems } from '../../../support/model-invariants.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

/** The seed page read under `id`: an older parser's title gave the same page another id. */
function reading(id: string, title: string): Annotation {
  const a = seedAnnotation();
  a.article = { ...a.article, id, title, fingerprint: 'abcabcabcabcabcabcabcabc' };
  return a;
}

describe('a correction made on an article that a later reading of its page replaced', () => {
  it('is undone without asking for the article again: nothing of it is left to correct', async () => {
    await loadCorrected(db, [reading('old0000000000001', '热门资讯')]);
    const reject = await applyCorrection(
      db,
      { op: 'reject', entity: 'person:肖立', article: 'old0000000000001' },
      'tester',
    );
    const summary = await loadCorrected(db, [reading('f272be3deda32c55', '党建联盟成立')]);
    expect(summary.articles.replaced).toBe(1);
    // The rejection named the old reading only: the new one says what its page says.
    const people = await db.read<{ n: number }>("MATCH (p:Person {name: '肖立'}) RETURN count(p) AS n");
    expect(people.records[0]?.get('n')).toBe(1);
    // What the extractor said of the old reading goes with it; the new reading's is kept.
    const kept = await db.read<{ article: string }>('MATCH (x:Extraction) RETURN x.article AS article');
    expect(kept.records.map((r) => r.get('article'))).toEqual(['f272be3deda32c55']);

    const undo = await applyCorrection(db, { op: 'undo', correction: reject.correction.id }, 'tester');
    expect(undo.reloaded).toEqual([]);
    expect(await modelProblems(db)).toEqual([]);
  });
});
