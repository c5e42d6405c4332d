import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphDb } from '../../../../graph/db/connection.ts';

/**
 * A GraphDb whose sessions are fakes (no server: the driver connects only when used): `executeWrite` runs the
 * work, `run` is the wait for the full-text indexes, which fails with a transient error here.
 */
function dbWithFailingWait() {
  const lags: unknown[] = [];
  const db = new GraphDb(
    { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' },
    { onSearchLag: (error) => lags.push(error) },
  );
  const waits: string[] = [];
  const session = {
    executeWrite: async (fn: (tx: unknown) => Promise<unknown>) => fn({ run: async () => ({ records: [] }) }),
    run: async (cypher: string) => {
      waits.push(cypher);
      throw new Neo4jError('timed out', 'Neo.TransientError.Transaction.Timeout', '', '');
    },
  };
  Object.assign(db, {
    inSession: async (_mode: unknown, _timeoutMs: number, work: (s: typeof session) => Promise<unknown>) =>
      work(session),
  });
  return { db, lags, waits };
}

const opened: GraphDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

describe('a write and the full-text indexes', () => {
  it('is done once and reported done when the wait for the indexes fails; the failure goes to onSearchLag', async () => {
    const { db, lags, waits } = dbWithFailingWait();
    opened.push(db);
    let runs = 0;
    const result = await db.writeTransaction(async () => {
      runs += 1;
      return 'written';
    });
    expect(result).toBe('written');
    expect(runs).toBe(1);
    expect(waits).toEqual(['CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()']);
    expect(lags).toHaveLength(1);
  });

  it('does not wait when the caller says it waits later (a load between its batches)', async () => {
    const { db, lags, waits } = dbWithFailingWait();
    opened.push(db);
    await expect(db.writeTransaction(async () => 'written', 1_000, { searchable: false })).resolves.toBe(
      'written',
    );
    expect(waits).toEqual([]);
    expect(lags).toEqual([]);
  });
});
