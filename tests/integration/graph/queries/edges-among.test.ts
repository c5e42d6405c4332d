import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../../contract/model.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { edgesAmong } from '../../../../graph/queries/subgraph.ts';
import { clearDatabase, openTestDb } from '../../../support/graph-db.ts';
import { partnerStarAnnotations } from '../../../support/graph-fixtures.ts';

let db: GraphDb;

beforeAll(async () => {
  db = await openTestDb();
  await clearDatabase(db);
  await loadAnnotations(db, partnerStarAnnotations(12));
});

afterAll(async () => {
  await db?.close();
});

const star = 'org:星链集团';
const partner = (n: number) => `org:伙伴${String(n).padStart(2, '0')}`;
const all = { relations: [...RELATION_TYPES], asOf: null, edgeLimit: 100 };
const ends = (edges: { source: string; target: string }[]) => edges.map((e) => `${e.source} -> ${e.target}`);

/** Every relationship among the ids by expanding each of them: what the answer must hold. */
async function expanded(ids: string[]): Promise<string[]> {
  const result = await db.read<{ source: string; target: string }>(
    'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS source, b.id AS target',
    { ids },
  );
  return ends(result.records.map((r) => r.toObject())).sort();
}

describe('relationships among a set of entities', () => {
  it('finds those of an entity with more relationships than the set has members, as expanding would', async () => {
    // 星链集团 has 12 outgoing relationships, the set 4 members: its side comes from the facts' index.
    const ids = [star, partner(1), partner(2), partner(3)];
    const edges = await edgesAmong(db, ids, all);
    expect(ends(edges).sort()).toEqual(await expanded(ids));
    expect(ends(edges).sort()).toEqual(
      [
        `${star} -> ${partner(1)}`,
        `${star} -> ${partner(2)}`,
        `${star} -> ${partner(3)}`,
        `${partner(1)} -> ${partner(2)}`,
      ].sort(),
    );
    const larger = [star, ...Array.from({ length: 12 }, (_, i) => partner(i + 1))];
    expect(ends(await edgesAmong(db, larger, all)).sort()).toEqual(await expanded(larger));
  });

  it('keeps the strongest when there are more than the limit', async () => {
    const ids = [star, partner(1), partner(2), partner(3)];
    const [strongest, ...rest] = await edgesAmong(db, ids, all);
    expect(strongest).toMatchObject({ source: star, target: partner(3), type: 'PARTNERS_WITH' });
    expect(strongest?.properties.weight).toBe(2);
    expect(rest.map((e) => e.properties.weight)).toEqual([1, 1, 1]);
    expect(ends(await edgesAmong(db, ids, { ...all, edgeLimit: 1 }))).toEqual([`${star} -> ${partner(3)}`]);
  });

  it('reads by weight in rounds and gives the strongest whatever the rounds, as ordering them all would', async () => {
    // Every relationship among the ids, strongest first (ties by id): what any limit must take the head of.
    const ordered = async (ids: string[], edgeLimit: number) =>
      (
        await db.read<{ id: string }>(
          `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
           RETURN r.id AS id ORDER BY r.weight DESC, r.id LIMIT $edgeLimit`,
          { ids, edgeLimit },
        )
      ).records.map((r) => r.get('id'));
    const sets = [
      [star, partner(1), partner(2), partner(3)],
      [star, ...Array.from({ length: 12 }, (_, i) => partner(i + 1))],
    ];
    for (const ids of sets) {
      for (const steps of [[], [1], [2], [3], [2, 1]]) {
        for (const edgeLimit of [1, 2, 3, 5, 20]) {
          const edges = await edgesAmong(db, ids, { ...all, edgeLimit }, steps);
          expect(edges.map((e) => e.id)).toEqual(await ordered(ids, edgeLimit));
        }
      }
    }
  });

  it('stops after a round only when the limit is met at or above its bound', async () => {
    let reads = 0;
    const counting = {
      read: (...args: Parameters<GraphDb['read']>) => {
        reads++;
        return db.read(...args);
      },
    } as unknown as GraphDb;
    const ids = [star, partner(1), partner(2), partner(3)];
    // The one relationship of weight 2 (星链集团 → 伙伴03) is found by the range round and is the limit: done.
    await edgesAmong(counting, ids, { ...all, edgeLimit: 1 }, [2]);
    expect(reads).toBe(1);
    // Two wanted: 伙伴01 → 伙伴02 (weight 1, from the small member) is found too, but below the bound, so
    // 星链集团's other relationships of weight 1 must still be looked up.
    reads = 0;
    const edges = await edgesAmong(counting, ids, { ...all, edgeLimit: 2 }, [2]);
    expect(reads).toBe(2);
    expect(edges).toHaveLength(2);
  });

  it('applies the relation filter and the date bound on both sides', async () => {
    const ids = [star, partner(1), partner(2), partner(3)];
    expect(await edgesAmong(db, ids, { ...all, relations: ['MEMBER_OF'] })).toEqual([]);
    expect(await edgesAmong(db, ids, { ...all, asOf: '2023-07-31T23:59:59.999Z' })).toEqual([]);
    expect(await edgesAmong(db, ids, { ...all, asOf: '2023-08-02T00:00:00.000Z' })).toHaveLength(4);
    for (const steps of [[], [1], [2]]) {
      expect(await edgesAmong(db, ids, { ...all, relations: ['MEMBER_OF'] }, steps)).toEqual([]);
      expect(await edgesAmong(db, ids, { ...all, asOf: '2023-07-31T23:59:59.999Z' }, steps)).toEqual([]);
      expect(await edgesAmong(db, ids, { ...all, asOf: '2023-08-02T00:00:00.000Z' }, steps)).toHaveLength(4);
    }
  });
});
