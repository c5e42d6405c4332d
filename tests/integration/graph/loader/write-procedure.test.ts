import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import { applyCorrection } from '../../../../graph/corrections/apply-correction.ts';
import { loadCorrected } from '../../../../graph/corrections/load-corrected.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { prepareBatch } from '../../../../graph/loader/prepare.ts';
import { hasWriteProcedure, writeBatch } from '../../../../graph/loader/write-batch.ts';
import { clearDatabase, countGraph, emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { canonicalDump } from '../../../support/graph-dump.ts';
import { goldAnnotations, seedAnnotation } from '../../../support/graph-fixtures.ts';
import { modelProblems } from '../../../support/model-invariants.ts';
import { KEWEI, KEWEI_LONG, secondArticle } from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

/** The first gold article again, saying less, later, and with one entity fewer: supports, mentions and counters move. */
function changedReload(annotation: Annotation): Annotation {
  const changed = structuredClone(annotation);
  const dropped = changed.entities.find((e) =>
    changed.relations.some((r) => r.from === e.id || r.to === e.id),
  );
  changed.entities = changed.entities.filter((e) => e !== dropped);
  changed.relations = changed.relations
    .filter((r, i) => i % 2 === 0 && r.from !== dropped?.id && r.to !== dropped?.id)
    .map((r) => ({ ...r, evidence: { ...r.evidence, text: `${r.evidence.text}。` } }));
  changed.article.publishedAt = '2025-02-03T08:00:00+08:00';
  changed.article.reporters = [];
  return changed;
}

/** Loads, re-loads and a changed re-load, in batches of several sizes, by one write path; returns the graph. */
async function loadScenario(writePath: 'auto' | 'cypher'): Promise<string[]> {
  await clearDatabase(db);
  const gold = goldAnnotations();
  const first = gold[0] as Annotation;
  await loadAnnotations(db, [seedAnnotation(), ...gold], { batchSize: 4, writePath });
  await loadAnnotations(db, gold.slice(0, 5), { batchSize: 2, writePath });
  await loadAnnotations(db, [changedReload(first), ...gold.slice(6, 9)], { batchSize: 3, writePath });
  await loadAnnotations(db, [seedAnnotation()], { writePath });
  expect(await modelProblems(db)).toEqual([]);
  return canonicalDump(db);
}

/** Loads through the corrections (as seed, ingest and the API do), corrects, then re-loads changed; returns the graph. */
async function correctedScenario(writePath: 'auto' | 'cypher'): Promise<string[]> {
  await clearDatabase(db);
  await loadCorrected(db, [seedAnnotation(), secondArticle()], { batchSize: 2, writePath });
  await applyCorrection(db, { op: 'merge', entity: KEWEI_LONG, into: KEWEI }, 'tester');
  await applyCorrection(db, { op: 'rename', entity: KEWEI, name: '科委' }, 'tester');
  await applyCorrection(
    db,
    { op: 'retype', entity: 'topic:智能制造', type: 'Organization', kind: 'institute' },
    'tester',
  );
  const summary = await loadCorrected(db, [changedReload(seedAnnotation()), secondArticle()], {
    batchSize: 2,
    writePath,
  });
  expect(summary.writePath).toBe(writePath === 'auto' ? 'procedure' : 'cypher');
  await loadCorrected(db, [secondArticle(), seedAnnotation(), changedReload(seedAnnotation())], {
    batchSize: 3,
    writePath,
  });
  expect(await modelProblems(db)).toEqual([]);
  // A correction's id and time are its own in each run: the rest must be the same.
  return (await canonicalDump(db)).map((line) =>
    line
      .replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/"at":"[^"]*"/g, '"at":"<time>"'),
  );
}

describe('the launcher write procedure (guanxi.writeBatch)', () => {
  it('is on the embedded launcher, where a load uses it', async () => {
    expect(await hasWriteProcedure(db)).toBe(true);
    expect((await loadAnnotations(db, [seedAnnotation()])).writePath).toBe('procedure');
    expect((await loadAnnotations(db, [seedAnnotation()], { writePath: 'cypher' })).writePath).toBe('cypher');
    // `npm run seed`, `npm run ingest` and the ingest API load through the corrections, which use it too.
    expect((await loadCorrected(db, [seedAnnotation()])).writePath).toBe('procedure');
  });

  it('writes the same graph as the Cypher statements: loads, re-loads and a changed re-load', async () => {
    const cypher = await loadScenario('cypher');
    const procedure = await loadScenario('auto');
    expect(cypher.length).toBeGreaterThan(1000);
    expect(procedure).toEqual(cypher);
  });

  it('writes the same graph as the Cypher statements through the corrections: merge, rename, retype, changed re-loads', async () => {
    const cypher = await correctedScenario('cypher');
    const procedure = await correctedScenario('auto');
    expect(cypher.some((line) => line.includes('科委'))).toBe(true);
    expect(procedure).toEqual(cypher);
  });

  it('is idempotent: loading again changes nothing and reports everything as merged', async () => {
    const gold = goldAnnotations();
    const first = await loadAnnotations(db, gold, { batchSize: 5 });
    expect(first.relations.created).toBeGreaterThan(0);
    const once = await canonicalDump(db);
    const again = await loadAnnotations(db, [...gold].reverse(), { batchSize: 3 });
    expect(await canonicalDump(db)).toEqual(once);
    expect(again.articles.created).toBe(0);
    expect(again.entities.created).toBe(0);
    expect(again.relations.created).toBe(0);
    expect(again.relations.merged).toBe(first.relations.created + first.relations.merged);
  });

  it('lets two loads writing the same new entities and facts run at once: both finish, the graph as one after the other', async () => {
    const gold = goldAnnotations();
    const copies = gold.map((a, i) => {
      const copy = structuredClone(a);
      copy.article.id = `c0ffee${String(i).padStart(10, '0')}`;
      copy.article.title = `${copy.article.title}（转载）`;
      return copy;
    });
    // One transaction each, so each holds its new entities' and facts' ids until it commits.
    const both = await Promise.all([
      loadAnnotations(db, gold, { batchSize: gold.length }),
      loadAnnotations(db, copies, { batchSize: copies.length }),
    ]);
    expect(both.map((s) => s.articles.created)).toEqual([gold.length, copies.length]);
    const together = await canonicalDump(db);
    await clearDatabase(db);
    await loadAnnotations(db, gold, { batchSize: gold.length });
    await loadAnnotations(db, copies, { batchSize: copies.length });
    expect(together).toEqual(await canonicalDump(db));
    expect(await modelProblems(db)).toEqual([]);
  });

  it('refuses a label or type outside the model, naming it, and writes nothing of the batch', async () => {
    await loadAnnotations(db, [seedAnnotation()]);
    const before = await canonicalDump(db);
    const gold = goldAnnotations();
    const badLabel = prepareBatch([gold[1] as Annotation]);
    (badLabel.entities[0] as { label: string }).label = 'Weapon';
    await expect(db.writeTransaction((tx) => writeBatch(tx, badLabel, { procedure: true }))).rejects.toThrow(
      /unknown entity label Weapon/,
    );
    const badType = prepareBatch([gold[2] as Annotation]);
    const facts = Object.values(badType.relations).find((rows) => rows?.length);
    badType.relations = { OWNS: facts } as unknown as typeof badType.relations;
    await expect(db.writeTransaction((tx) => writeBatch(tx, badType, { procedure: true }))).rejects.toThrow(
      /unknown relationship type OWNS/,
    );
    const badProperty = prepareBatch([gold[3] as Annotation]);
    (badProperty.entities[0] as { props: Record<string, unknown> }).props = { articleCount: 3 };
    await expect(
      db.writeTransaction((tx) => writeBatch(tx, badProperty, { procedure: true })),
    ).rejects.toThrow(/property articleCount is the graph's own/);
    expect(await canonicalDump(db)).toEqual(before);
    expect((await countGraph(db)).nodes).toBeGreaterThan(0);
  });
});
