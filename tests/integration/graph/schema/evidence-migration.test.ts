import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { relationId } from '../../../../graph/loader/prepare.ts';
import { GraphRepository } from '../../../../graph/queries/repository.ts';
import { applySchema, readMigrations } from '../../../../graph/schema/apply-schema.ts';
import { clearDatabase, openTestDb } from '../../../support/graph-db.ts';
import { factState, modelProblems } from '../../../support/model-invariants.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;

const LHZ = 'person:李红珍';
const DEPARTMENT = 'org:上海市普陀区委组织部';
const COMMITTEE = 'org:上海市普陀区委';
const HEAD = relationId('HOLDS_POSITION', LHZ, DEPARTMENT, '部长');
const MEMBER = relationId('HOLDS_POSITION', LHZ, COMMITTEE, '常委');
const PART = relationId('PART_OF', DEPARTMENT, COMMITTEE, undefined);

/**
 * A graph as the loader wrote it before schema version 5: the evidence of each relationship in parallel
 * lists on it (articles, articleDates, evidenceText, evidenceStart, evidenceEnd), `weight` recomputed from
 * them, no counters on the entities. Two old articles; one support without a date; one emptied relationship.
 */
const VERSION_4_GRAPH = `
CREATE (a1:Article {id: 'old-1', title: '旧报道一', stub: false, text: '李红珍任区委组织部部长。', publishedAt: datetime('2022-01-05T10:00:00+08:00')})
CREATE (a2:Article {id: 'old-2', title: '旧报道二', stub: false, text: '区委组织部部长李红珍出席。'})
CREATE (p:Entity:Person {id: $lhz, name: '李红珍', aliases: []})
CREATE (d:Entity:Organization:Party {id: $department, name: '普陀区委组织部', aliases: [], kind: 'party'})
CREATE (c:Entity:Organization:Party {id: $committee, name: '普陀区委', aliases: [], kind: 'party'})
CREATE (a1)-[:MENTIONS {count: 1, starts: [0], ends: [3]}]->(p), (a1)-[:MENTIONS {count: 1}]->(d),
       (a2)-[:MENTIONS {count: 1}]->(p), (a2)-[:MENTIONS {count: 1}]->(d), (a2)-[:MENTIONS {count: 1}]->(c)
CREATE (p)-[:HOLDS_POSITION {id: $head, title: '部长', weight: 2, firstReported: '2022-01-05T02:00:00.000Z',
          articles: ['old-1', 'old-2'], articleDates: ['2022-01-05T02:00:00.000Z', ''],
          evidenceText: ['李红珍任区委组织部部长。', '区委组织部部长李红珍出席。'],
          evidenceStart: [0, 0], evidenceEnd: [12, 13]}]->(d)
CREATE (d)-[:PART_OF {id: $part, weight: 1, firstReported: null,
          articles: ['old-2'], articleDates: [''], evidenceText: ['区委组织部部长李红珍出席。'],
          evidenceStart: [0], evidenceEnd: [13]}]->(c)
CREATE (p)-[:HOLDS_POSITION {id: $member, title: '常委', weight: 0, articles: [], articleDates: [],
          evidenceText: [], evidenceStart: [], evidenceEnd: []}]->(c)`;

beforeAll(async () => {
  db = await openTestDb();
  await clearDatabase(db);
  await db.write('MATCH (s:GuanxiSchema) SET s.version = 4');
  await db.write(VERSION_4_GRAPH, {
    lhz: LHZ,
    department: DEPARTMENT,
    committee: COMMITTEE,
    head: HEAD,
    member: MEMBER,
    part: PART,
  });
});

afterAll(async () => {
  await db?.close();
});

describe('schema migration 5: evidence off the relationships', () => {
  it('turns the parallel lists into facts with supports, counters and no lists', async () => {
    const { from, to } = await applySchema(db);
    expect(from).toBe(4);
    expect(to).toBeGreaterThanOrEqual(5);
    expect(await modelProblems(db)).toEqual([]);
    const head = await db.read(
      `MATCH ()-[r:HOLDS_POSITION {id: $id}]->() RETURN r.weight AS weight, r.firstReported AS first, r.lastReported AS last, keys(r) AS keys`,
      { id: HEAD },
    );
    expect(head.records[0]?.toObject()).toMatchObject({
      weight: 2,
      first: '2022-01-05T02:00:00.000Z',
      last: '2022-01-05T02:00:00.000Z',
    });
    expect(head.records[0]?.get('keys')).not.toContain('articles');
    const evidence = await new GraphRepository(db).edgeEvidence(HEAD, 10);
    expect(evidence?.total).toBe(2);
    expect(evidence?.evidence.map((e) => [e.article.id, e.text, e.start, e.end])).toEqual([
      ['old-1', '李红珍任区委组织部部长。', 0, 12],
      ['old-2', '区委组织部部长李红珍出席。', 0, 13],
    ]);
    const part = await db.read(
      `MATCH ()-[r:PART_OF]->() RETURN r.weight AS weight, r.firstReported AS first`,
    );
    expect(part.records[0]?.toObject()).toEqual({ weight: 1, first: null });
    // The relationship whose lists were empty supported nothing: it is gone.
    expect((await db.read('MATCH ()-[r {id: $id}]->() RETURN r', { id: MEMBER })).records).toHaveLength(0);
    const lhz = await db.read(
      'MATCH (n {id: $id}) RETURN n.articleCount AS articles, n.neighboursOrganization AS orgs, n.neighboursPerson AS people',
      { id: LHZ },
    );
    expect(lhz.records[0]?.toObject()).toEqual({ articles: 2, orgs: 1, people: 0 });
  });

  it('can run again over a migrated graph and change nothing', async () => {
    const before = await factState(db);
    const migration = (await readMigrations()).find((m) => m.version === 5);
    for (const statement of migration?.statements ?? []) await db.autoCommit(statement);
    expect(await factState(db)).toEqual(before);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('leaves a graph the loader goes on with: a new article adds its support to the migrated fact', async () => {
    await loadAnnotations(db, [seedAnnotation()]);
    const head = await db.read(
      `MATCH ()-[r:HOLDS_POSITION {id: $id}]->() RETURN r.weight AS weight, r.firstReported AS first, r.lastReported AS last`,
      { id: HEAD },
    );
    expect(head.records[0]?.toObject()).toEqual({
      weight: 3,
      first: '2022-01-05T02:00:00.000Z',
      last: '2023-04-24T07:02:00.000Z',
    });
    expect(await modelProblems(db)).toEqual([]);
  });
});
