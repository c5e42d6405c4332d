import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import { ArticleArchive } from '../../../../graph/archive/archive.ts';
import { loadArchived } from '../../../../graph/archive/archived-load.ts';
import { fingerprintArchivedArticles } from '../../../../graph/archive/fingerprints.ts';
import { rebuildFromArchive } from '../../../../graph/archive/rebuild.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { parseBuffer } from '../../../../seed/pipeline/parse/index.ts';
import { emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { modelProblems } from '../../../support/model-invariants.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;
let dir: string | undefined;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const PAGE = readFileSync('seed/articles/000_e788ae00edbc24f8.txt');
const OLD = 'old0000000000001';

/** The seed page as a parser without fingerprints read it: a sidebar line for its title, so another id. */
function olderReading(): Annotation {
  const a = seedAnnotation();
  a.article = { ...a.article, id: OLD, title: '热门资讯' };
  return a;
}

/** The same page read now: the parser's id and fingerprint. */
function newerReading(): Annotation {
  const [read] = parseBuffer(PAGE, 'page.txt');
  const a = seedAnnotation();
  a.article = { ...a.article, id: read?.id ?? '', fingerprint: read?.fingerprint };
  return a;
}

async function articleIds(): Promise<string[]> {
  const result = await db.read<{ id: string }>(
    'MATCH (a:Article {stub: false}) RETURN a.id AS id ORDER BY id',
  );
  return result.records.map((r) => r.get('id'));
}

describe('articles archived before they had fingerprints', () => {
  it('get the one of their archived page once, so a newer reading of the page replaces them; a rebuild too', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-fingerprints-'));
    const archive = new ArticleArchive(dir);
    // The mark of a backfill done lives on the schema's node, which emptying the database keeps.
    await db.write('MATCH (s:GuanxiSchema) REMOVE s.fingerprintsFromArchive');
    const sha256 = await archive.putSource(PAGE);
    await loadArchived(db, archive, [{ annotation: olderReading(), source: { sha256, name: 'page.txt' } }]);

    expect(await fingerprintArchivedArticles(db, archive)).toBe(1);
    expect(await fingerprintArchivedArticles(db, archive)).toBe(0);
    const summary = await loadArchived(db, archive, [
      { annotation: newerReading(), source: { sha256, name: 'page.txt' } },
    ]);
    expect(summary.articles.replaced).toBe(1);
    expect(await articleIds()).toEqual([newerReading().article.id]);

    await rebuildFromArchive(db, archive);
    expect(await articleIds()).toEqual([newerReading().article.id]);
    expect(await modelProblems(db)).toEqual([]);
  });
});
