import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import type { CorrectionInput } from '../../../../contract/api/corrections.ts';
import { applyCorrection } from '../../../../graph/corrections/apply-correction.ts';
import { parseCorrectionFile, toCorrectionFile } from '../../../../graph/corrections/file.ts';
import { loadCorrected } from '../../../../graph/corrections/load-corrected.ts';
import { CorrectionError } from '../../../../graph/corrections/resolve.ts';
import { CorrectionService } from '../../../../graph/corrections/service.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { factId } from '../../../../graph/loader/prepare.ts';
import { clearDatabase, emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { modelProblems } from '../../../support/model-invariants.ts';
import {
  KEWEI,
  KEWEI_LONG,
  SECOND_ARTICLE_ID,
  secondArticle,
  seedAnnotation,
} from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

/**
 * The first test pays for the database's first compile of every loader and correction statement (30–40 s on a
 * loaded 2-core machine, a few seconds on an idle one), so it may take longer than the suite's default.
 */
const FIRST_USE_TIMEOUT = 180_000;

const A = 'f272be3deda32c55';
const B = SECOND_ARTICLE_ID;

const correct = (input: CorrectionInput) => applyCorrection(db, input, 'tester');

async function entityIds(): Promise<string[]> {
  const result = await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
  return result.records.map((r) => r.get('id'));
}

async function relationsOf(id: string): Promise<string[]> {
  const result = await db.read<{ r: string }>(
    'MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN type(r) + " " + m.id + " w" + r.weight AS r ORDER BY r',
    { id },
  );
  return result.records.map((r) => r.get('r'));
}

async function supportCount(id: string): Promise<number> {
  const result = await db.read<{ n: number }>(
    'MATCH (:Entity {id: $id})-[r]-(:Entity) MATCH (f:Fact {id: r.id})<-[s:SUPPORTS]-() RETURN count(s) AS n',
    { id },
  );
  return Number(result.records[0]?.get('n'));
}

/** The extractor improved: article A now also says that 肖立 is a member of the alliance. */
function changedExtraction(): Annotation {
  const a = seedAnnotation();
  const sentence = a.relations[0]?.evidence;
  if (!sentence) throw new Error('seed has relations');
  a.relations.push({
    type: 'MEMBER_OF',
    from: 'person:肖立',
    to: 'org:数智炬生未来岛亿数街党建联盟',
    evidence: sentence,
  });
  return a;
}

describe('corrections survive every load', () => {
  it(
    'a merge moves relationships and evidence, redirects the old id, and survives re-ingest and a changed extraction',
    async () => {
      await loadCorrected(db, [seedAnnotation(), secondArticle()]);
      const before = await supportCount(KEWEI);
      const beforeLong = await supportCount(KEWEI_LONG);
      expect(beforeLong).toBeGreaterThan(0);

      const result = await correct({ op: 'merge', entity: KEWEI_LONG, into: KEWEI, note: 'one body' });
      expect(result.redirect).toEqual({ from: KEWEI_LONG, to: KEWEI });
      expect(result.reloaded).toEqual([B]);
      expect(result.correction.status).toBe('applied');
      expect(await entityIds()).not.toContain(KEWEI_LONG);
      expect(await supportCount(KEWEI)).toBe(before + beforeLong);
      const aliases = await db.read('MATCH (n:Entity {id: $id}) RETURN n.aliases AS a', { id: KEWEI });
      expect(aliases.records[0]?.get('a')).toContain('普陀区科学技术委员会');
      expect(await new CorrectionService(db).redirectOf(KEWEI_LONG)).toBe(KEWEI);
      expect(await modelProblems(db)).toEqual([]);
      const merged = await relationsOf(KEWEI);

      const again = await loadCorrected(db, [secondArticle()]);
      expect(again.corrections.applied).toBe(1);
      expect(await entityIds()).not.toContain(KEWEI_LONG);
      expect(await relationsOf(KEWEI)).toEqual(merged);

      const changed = secondArticle();
      changed.relations = changed.relations.filter((r) => r.type !== 'FOCUSES_ON');
      await loadCorrected(db, [changed, changedExtraction()]);
      expect(await entityIds()).not.toContain(KEWEI_LONG);
      expect(await relationsOf(KEWEI)).toEqual(merged);
      expect(await modelProblems(db)).toEqual([]);
    },
    FIRST_USE_TIMEOUT,
  );

  it('a rejected entity stays rejected after a re-ingest and a changed extraction; undo brings it back', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    const reject = await correct({ op: 'reject', entity: 'person:肖立', article: A });
    expect(await entityIds()).not.toContain('person:肖立');
    await loadCorrected(db, [seedAnnotation()]);
    expect(await entityIds()).not.toContain('person:肖立');
    await loadCorrected(db, [changedExtraction()]);
    expect(await entityIds()).not.toContain('person:肖立');
    expect(await modelProblems(db)).toEqual([]);

    const undo = await correct({ op: 'undo', correction: reject.correction.id });
    expect(undo.reloaded).toEqual([A]);
    expect(await entityIds()).toContain('person:肖立');
    expect(await relationsOf('person:肖立')).toContain('MEMBER_OF org:数智炬生未来岛亿数街党建联盟 w1');
    const list = await new CorrectionService(db).list({ entity: 'person:肖立', limit: 10 });
    expect(list.corrections.map((c) => c.status)).toEqual(['undone']);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('an added relation survives; when its end is gone it is reported as no longer applicable, and comes back with it', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    const text = seedAnnotation().article.text;
    const start = text.indexOf('龚燕凌');
    const added = await correct({
      op: 'addRelation',
      article: A,
      type: 'MEMBER_OF',
      from: 'person:龚燕凌',
      to: 'org:炬未来服务联盟',
      evidence: { start, end: start + 3 },
    });
    expect(added.correction.status).toBe('applied');
    const edge = 'MEMBER_OF org:炬未来服务联盟 w1';
    expect(await relationsOf('person:龚燕凌')).toContain(edge);

    await loadCorrected(db, [seedAnnotation()]);
    expect(await relationsOf('person:龚燕凌')).toContain(edge);
    await loadCorrected(db, [changedExtraction()]);
    expect(await relationsOf('person:龚燕凌')).toContain(edge);

    const without = seedAnnotation();
    without.entities = without.entities.filter((e) => e.id !== 'org:炬未来服务联盟');
    without.relations = without.relations.filter(
      (r) => r.from !== 'org:炬未来服务联盟' && r.to !== 'org:炬未来服务联盟',
    );
    const report = await loadCorrected(db, [without]);
    expect(report.corrections.notApplicable).toBe(1);
    expect(report.corrections.notApplicableList[0]?.id).toBe(added.correction.id);
    expect(await relationsOf('person:龚燕凌')).not.toContain(edge);
    const kept = await new CorrectionService(db).list({ article: A, limit: 10 });
    expect(kept.corrections.find((c) => c.id === added.correction.id)?.status).toBe('not-applicable');

    const back = await loadCorrected(db, [seedAnnotation()]);
    expect(back.corrections.applied).toBe(1);
    expect(await relationsOf('person:龚燕凌')).toContain(edge);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('a split moves the chosen relationships to a new entity, survives re-ingest, and undo joins them again', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    const annotation = seedAnnotation();
    const moving = annotation.relations.filter(
      (r) => r.from === 'person:钱世嵘' && r.type === 'HOLDS_POSITION',
    );
    expect(moving.length).toBeGreaterThan(0);
    const split = await correct({
      op: 'split',
      entity: 'person:钱世嵘',
      name: '钱世嵘',
      relations: moving.map(factId),
      articles: [],
    });
    if (split.correction.change.op !== 'split') throw new Error('a split');
    const created = split.correction.change.created.id;
    expect(created).toBe('person:钱世嵘~2');
    const moved = await relationsOf(created);
    expect(moved.length).toBe(moving.length);
    await loadCorrected(db, [seedAnnotation()]);
    expect(await relationsOf(created)).toEqual(moved);
    await loadCorrected(db, [changedExtraction()]);
    expect(await relationsOf(created)).toEqual(moved);
    expect(await modelProblems(db)).toEqual([]);

    await correct({ op: 'undo', correction: split.correction.id });
    expect(await entityIds()).not.toContain(created);
    expect((await relationsOf('person:钱世嵘')).length).toBeGreaterThanOrEqual(moving.length);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('rename and retype hold across loads; undo restores them; neighbour counters follow the type', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    await correct({ op: 'rename', entity: KEWEI, name: '科委' });
    const retype = await correct({
      op: 'retype',
      entity: 'topic:智能制造',
      type: 'Organization',
      kind: 'institute',
    });
    await loadCorrected(db, [seedAnnotation()]);
    const node = await db.read(
      'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, labels(n) AS labels ORDER BY id',
      { ids: [KEWEI, 'topic:智能制造'] },
    );
    expect(node.records.map((r) => r.get('name'))).toEqual(['科委', '智能制造']);
    expect(node.records[1]?.get('labels')).toEqual(expect.arrayContaining(['Organization', 'Institute']));
    expect(node.records[1]?.get('labels')).not.toContain('Topic');
    expect(await modelProblems(db)).toEqual([]);
    await correct({ op: 'undo', correction: retype.correction.id });
    const labels = await db.read('MATCH (n:Entity {id: "topic:智能制造"}) RETURN labels(n) AS l');
    expect(labels.records[0]?.get('l')).toContain('Topic');
    expect(labels.records[0]?.get('l')).not.toContain('Organization');
    expect(await modelProblems(db)).toEqual([]);
  });

  it('adds a missed entity from selected text and keeps it', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    const text = seedAnnotation().article.text;
    const start = text.indexOf('亿数街');
    await correct({ op: 'addEntity', article: A, start, end: start + 3, type: 'Place', kind: 'zone' });
    expect(await entityIds()).toContain('place:亿数街');
    await loadCorrected(db, [seedAnnotation()]);
    expect(await entityIds()).toContain('place:亿数街');
    expect(await modelProblems(db)).toEqual([]);
  });
});

describe('what a correction refuses', () => {
  async function refused(input: CorrectionInput): Promise<CorrectionError> {
    const error = await correct(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof CorrectionError))
      throw new Error(`expected a CorrectionError, got ${String(error)}`);
    return error;
  }

  it('says why a merge is wrong: into itself, different types without a type, an id that does not exist', async () => {
    await loadCorrected(db, [seedAnnotation()]);
    const self = await refused({ op: 'merge', entity: KEWEI, into: KEWEI });
    expect([self.status, self.parameter, self.message]).toEqual([
      400,
      'into',
      expect.stringContaining('itself'),
    ]);
    const types = await refused({ op: 'merge', entity: 'place:未来岛园区', into: KEWEI });
    expect([types.status, types.parameter]).toEqual([400, 'type']);
    expect(types.message).toContain('Place');
    const missing = await refused({ op: 'merge', entity: 'org:没有这个', into: KEWEI });
    expect([missing.status, missing.message]).toEqual([400, expect.stringContaining('does not exist')]);
    expect(await db.read('MATCH (c:Correction) RETURN c').then((r) => r.records.length)).toBe(0);
  });

  it('two concurrent merges of the same entity: one applies whole, the other gets a 409 with the current state', async () => {
    await loadCorrected(db, [seedAnnotation(), secondArticle()]);
    const results = await Promise.allSettled([
      correct({ op: 'merge', entity: KEWEI_LONG, into: KEWEI }),
      correct({ op: 'merge', entity: KEWEI_LONG, into: 'org:上海市普陀区政府' }),
    ]);
    const done = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(failed).toHaveLength(1);
    const error = failed[0]?.reason as CorrectionError;
    expect(error).toBeInstanceOf(CorrectionError);
    expect(error.status).toBe(409);
    expect(error.current).toMatchObject({ entity: KEWEI_LONG, mergedInto: expect.any(String) });
    expect(await entityIds()).not.toContain(KEWEI_LONG);
    expect(await db.read('MATCH (c:Correction) RETURN c').then((r) => r.records.length)).toBe(1);
    expect(await modelProblems(db)).toEqual([]);
  });
});

describe('corrections move between databases', () => {
  it('exports and imports: the same corrections give the same graph', async () => {
    await loadCorrected(db, [seedAnnotation(), secondArticle()]);
    await correct({ op: 'merge', entity: KEWEI_LONG, into: KEWEI });
    await correct({ op: 'reject', entity: 'person:肖立' });
    const service = new CorrectionService(db);
    const file = JSON.stringify(toCorrectionFile(await service.all()));
    const ids = await entityIds();

    await clearDatabase(db);
    const imported = await service.import(parseCorrectionFile(file, 'corrections.json'));
    expect(imported).toMatchObject({ added: 2, known: 0 });
    await loadCorrected(db, [seedAnnotation(), secondArticle()]);
    expect(await entityIds()).toEqual(ids);
    expect(await service.import(parseCorrectionFile(file, 'corrections.json'))).toMatchObject({
      added: 0,
      known: 2,
    });
  });

  it('names the file and the field of a bad corrections file', () => {
    expect(() =>
      parseCorrectionFile('{"kind":"guanxi-corrections","version":1,"corrections":[{"id":"x"}]}', 'c.json'),
    ).toThrow(/c\.json: corrections\[0\]\.seq is required/);
    expect(() => parseCorrectionFile('nope', 'c.json')).toThrow(/c\.json: not JSON/);
  });
});
