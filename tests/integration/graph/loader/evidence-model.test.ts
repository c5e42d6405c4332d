import type { ProfiledPlan } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { prepareBatch } from '../../../../graph/loader/prepare.ts';
import { mergeFacts, NEW_SUPPORTS } from '../../../../graph/loader/statements.ts';
import { writeBatch } from '../../../../graph/loader/write-batch.ts';
import { GraphRepository } from '../../../../graph/queries/repository.ts';
import { emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { factState, modelProblems } from '../../../support/model-invariants.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

const B = 'bbbbbbbbbbbbbbbb';

/** The seed article again under another id and date: every fact gets a second supporting article. */
function secondArticle(): Annotation {
  const b = seedAnnotation();
  b.article.id = B;
  b.article.title = '另一篇报道';
  b.article.publishedAt = '2023-05-01T09:00:00+08:00';
  b.article.links = [];
  return b;
}

function withoutTopics(annotation: Annotation): Annotation {
  annotation.relations = annotation.relations.filter((r) => r.type !== 'FOCUSES_ON');
  annotation.entities = annotation.entities.filter((e) => e.type !== 'Topic');
  return annotation;
}

async function one<T>(cypher: string, key: string): Promise<T> {
  return (await db.read(cypher)).records[0]?.get(key) as T;
}

async function entityCounters(): Promise<unknown[]> {
  const result = await db.read(
    'MATCH (n:Entity) RETURN n.id AS id, n.articleCount AS articles, n.neighboursPerson AS people, n.neighboursOrganization AS orgs, n.neighboursPlace AS places, n.neighboursEvent AS events, n.neighboursTopic AS topics ORDER BY id',
  );
  return result.records.map((r) => r.toObject());
}

async function supportsOf(article: string): Promise<unknown[]> {
  const result = await db.read(
    'MATCH (:Article {id: $article})-[s:SUPPORTS]->(f:Fact) RETURN f.id AS fact, s.date AS date, s.text AS text, s.start AS start, s.end AS end ORDER BY fact',
    { article },
  );
  return result.records.map((r) => r.toObject());
}

describe('evidence as supports of facts', () => {
  it('reloading articles changes nothing: weights, reports, sentences and counters stay as they were', async () => {
    await loadAnnotations(db, [seedAnnotation(), secondArticle()], { batchSize: 1 });
    const facts = await factState(db);
    const counters = await entityCounters();
    expect(facts).toHaveLength(42);
    expect(facts.every((f) => (f as { weight: number }).weight === 2)).toBe(true);
    await loadAnnotations(db, [seedAnnotation()]);
    await loadAnnotations(db, [secondArticle(), seedAnnotation()], { batchSize: 2 });
    expect(await factState(db)).toEqual(facts);
    expect(await entityCounters()).toEqual(counters);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('serves the sentences of an edge newest first, as many as asked, with the count of all', async () => {
    await loadAnnotations(db, [seedAnnotation(), secondArticle()]);
    const id = await one<string>(
      `MATCH (:Person {name: '肖立'})-[r:HOLDS_POSITION]->() RETURN r.id AS id`,
      'id',
    );
    const repository = new GraphRepository(db);
    const newest = await repository.edgeEvidence(id, 1);
    expect(newest?.total).toBe(2);
    expect(newest?.evidence.map((e) => e.article.id)).toEqual([B]);
    expect(newest?.edge.properties).toMatchObject({ weight: 2, lastReported: '2023-05-01T01:00:00.000Z' });
    expect((await repository.edgeEvidence(id, 10))?.evidence.map((e) => e.article.id)).toEqual([
      B,
      'f272be3deda32c55',
    ]);
  });

  it('reloading an article replaces exactly its own support and leaves the other article’s untouched', async () => {
    await loadAnnotations(db, [seedAnnotation(), secondArticle()], { batchSize: 1 });
    const bBefore = await supportsOf(B);
    const revised = withoutTopics(seedAnnotation());
    revised.article.publishedAt = '2023-06-01T08:00:00+08:00';
    await loadAnnotations(db, [revised]);
    expect(await supportsOf(B)).toEqual(bBefore);
    const focus = await db.read<{ weight: number; first: string; last: string }>(
      'MATCH ()-[r:FOCUSES_ON]->() RETURN r.weight AS weight, r.firstReported AS first, r.lastReported AS last',
    );
    expect(focus.records.map((r) => r.toObject())).toEqual(
      Array(3).fill({ weight: 1, first: '2023-05-01T01:00:00.000Z', last: '2023-05-01T01:00:00.000Z' }),
    );
    const position = await db.read<{ weight: number; first: string; last: string }>(
      `MATCH (:Person {name: '肖立'})-[r:HOLDS_POSITION]->() RETURN r.weight AS weight, r.firstReported AS first, r.lastReported AS last`,
    );
    // The article moved to June: the first report is now B's, the last A's new date.
    expect(position.records[0]?.toObject()).toEqual({
      weight: 2,
      first: '2023-05-01T01:00:00.000Z',
      last: '2023-06-01T00:00:00.000Z',
    });
    expect(await one<number>(`MATCH (t:Topic {name: '智能制造'}) RETURN t.articleCount AS n`, 'n')).toBe(1);
    expect(await modelProblems(db)).toEqual([]);

    await loadAnnotations(db, [withoutTopics(secondArticle())]);
    expect(await one<number>('MATCH ()-[r:FOCUSES_ON]->() RETURN count(r) AS n', 'n')).toBe(0);
    expect(await one<number>('MATCH (t:Topic) RETURN count(t) AS n', 'n')).toBe(0);
    expect(await one<number>(`MATCH (f:Fact) WHERE f.type = 'FOCUSES_ON' RETURN count(f) AS n`, 'n')).toBe(0);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('counts a pair of entities as neighbours once, however many relationships join them', async () => {
    await loadAnnotations(db, [seedAnnotation()]);
    // 李红珍 holds two posts at two bodies of the district committee; both are organisations.
    const lhz = await db.read(
      `MATCH (n:Person {name: '李红珍'}) RETURN n.neighboursOrganization AS orgs, n.neighboursEvent AS events, n.articleCount AS articles`,
    );
    expect(lhz.records[0]?.toObject()).toEqual({ orgs: 2, events: 1, articles: 1 });
    const revised = seedAnnotation();
    revised.relations = revised.relations.filter(
      (r) => !(r.from === 'person:李红珍' && r.type === 'HOLDS_POSITION' && r.properties?.title === '常委'),
    );
    await loadAnnotations(db, [revised]);
    expect(
      await one<number>(`MATCH (n:Person {name: '李红珍'}) RETURN n.neighboursOrganization AS n`, 'n'),
    ).toBe(1);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('adds a support with the same database work whether the fact has 60 or 180 supports already', async () => {
    const base = seedAnnotation();
    const located = base.relations.find((r) => r.type === 'LOCATED_IN');
    if (!located) throw new Error('fixture: the seed has a LOCATED_IN');
    const part = { ...located, type: 'PART_OF' as const };
    const ends = base.entities.filter((e) => e.id === located.from || e.id === located.to);
    const article = (i: number, relations: Annotation['relations']): Annotation => ({
      ...base,
      article: { ...base.article, id: `support-${String(i).padStart(4, '0')}`, title: `报道${i}`, links: [] },
      entities: ends,
      relations,
    });
    // Both facts are past Neo4j's dense-node threshold (50 relationships), where the store layout stops changing.
    const corpus = Array.from({ length: 180 }, (_, i) => article(i, i < 60 ? [located, part] : [located]));
    await loadAnnotations(db, corpus, { batchSize: 60 });
    const hits = async (annotation: Annotation) => {
      await loadAnnotations(db, [{ ...annotation, relations: [] }]);
      // The statements that write the fact and its new support, profiled inside the whole batch. Writing
      // the four counters reads 8–10 property records depending on how the relationship's properties are
      // laid out (not on its support), so those operators are left out.
      const profiled = new Set([mergeFacts('LOCATED_IN'), mergeFacts('PART_OF'), NEW_SUPPORTS]);
      return db.writeTransaction(async (tx) => {
        let total = 0;
        await writeBatch(
          {
            run: async (cypher, params) => {
              if (!profiled.has(cypher)) return tx.run(cypher, params);
              const result = await tx.run(`PROFILE ${cypher}`, params);
              total += totalHits(result.summary.profile as ProfiledPlan);
              return result;
            },
          },
          prepareBatch([annotation]),
        );
        return total;
      });
    };
    const crowded = await hits(article(1000, [located]));
    const fewer = await hits(article(1001, [part]));
    expect(await one<number>('MATCH ()-[r:LOCATED_IN]->() RETURN r.weight AS n', 'n')).toBe(181);
    expect(await one<number>('MATCH ()-[r:PART_OF]->() RETURN r.weight AS n', 'n')).toBe(61);
    expect(crowded).toBe(fewer);
    expect(await modelProblems(db)).toEqual([]);
  });
});

function totalHits(plan: ProfiledPlan): number {
  const own = plan.operatorType.startsWith('SetProperties') ? 0 : plan.dbHits;
  return own + plan.children.reduce((n, c) => n + totalHits(c), 0);
}
