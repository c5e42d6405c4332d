import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { clearDatabase, countGraph, emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { factState, modelProblems } from '../../../support/model-invariants.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

const PAGE = 'a1b2c3d4e5f6a7b8c9d0e1f2';

/** The seed page as an older parser read it: no date, a sidebar line for its title, hence another id. */
function olderReading(): Annotation {
  const a = seedAnnotation();
  a.article = {
    ...a.article,
    id: 'old0000000000001',
    title: '热门资讯',
    publishedAt: null,
    fingerprint: PAGE,
  };
  return a;
}

/** The same page read now: its own title and date, and one finding fewer (the topic). */
function newerReading(): Annotation {
  const a = seedAnnotation();
  a.article.fingerprint = PAGE;
  a.relations = a.relations.filter((r) => r.type !== 'FOCUSES_ON');
  a.entities = a.entities.filter((e) => e.type !== 'Topic');
  return a;
}

async function articleIds(): Promise<string[]> {
  const result = await db.read<{ id: string }>(
    'MATCH (a:Article {stub: false}) RETURN a.id AS id ORDER BY id',
  );
  return result.records.map((r) => r.get('id'));
}

/** The graph as it stands, to compare with another: its size and every fact with its supports. */
async function snapshot() {
  return { size: await countGraph(db), facts: await factState(db), articles: await articleIds() };
}

describe.each(['auto', 'cypher'] as const)(
  'an article read again from its page under another id (%s)',
  (writePath) => {
    it('replaces the earlier reading: the graph is the one the new reading alone makes', async () => {
      await loadAnnotations(db, [newerReading()], { writePath });
      const alone = await snapshot();
      await clearDatabase(db);

      await loadAnnotations(db, [olderReading()], { writePath });
      expect(await articleIds()).toEqual(['old0000000000001']);
      const summary = await loadAnnotations(db, [newerReading()], { writePath });
      expect(summary.articles).toEqual({ created: 1, merged: 0, replaced: 1 });
      expect(await snapshot()).toEqual(alone);
      expect(await modelProblems(db)).toEqual([]);

      const again = await loadAnnotations(db, [newerReading()], { writePath });
      expect(again.articles).toEqual({ created: 0, merged: 1, replaced: 0 });
      expect(await snapshot()).toEqual(alone);
    });

    it('leaves articles of other pages, and articles without a fingerprint, as they are', async () => {
      const other = olderReading();
      other.article.fingerprint = 'ffffffffffffffffffffffff';
      const unmarked = olderReading();
      unmarked.article = { ...unmarked.article, id: 'old0000000000002', fingerprint: undefined };
      await loadAnnotations(db, [other, unmarked], { writePath });
      const summary = await loadAnnotations(db, [newerReading()], { writePath });
      expect(summary.articles.replaced).toBe(0);
      expect(await articleIds()).toEqual(['f272be3deda32c55', 'old0000000000001', 'old0000000000002']);
      const weight = await db.read<{ w: number }>(
        "MATCH (:Person {name: '肖立'})-[r:HOLDS_POSITION]->() RETURN max(r.weight) AS w",
      );
      expect(weight.records[0]?.get('w')).toBe(3);
      expect(await modelProblems(db)).toEqual([]);
    });
  },
);
