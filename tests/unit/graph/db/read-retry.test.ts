import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphDb } from '../../../../graph/db/connection.ts';

/** A GraphDb whose sessions are replaced by `attempt` (no server: the driver connects only when used). */
function dbAnswering(attempt: (n: number) => unknown): { db: GraphDb; calls: () => number } {
  const db = new GraphDb({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' });
  let calls = 0;
  Object.assign(db, {
    inSession: async () => {
      calls += 1;
      return attempt(calls);
    },
  });
  return { db, calls: () => calls };
}

const opened: GraphDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

describe('reads', () => {
  it('try a read again once after a transient error', async () => {
    const { db, calls } = dbAnswering((n) => {
      if (n === 1) throw new Neo4jError('lock', 'Neo.TransientError.Transaction.LockClientStopped', '', '');
      return { records: [] };
    });
    opened.push(db);
    await expect(db.read('RETURN 1')).resolves.toEqual({ records: [] });
    expect(calls()).toBe(2);
  });

  it('do not try again when the database is unavailable or the error is not transient', async () => {
    for (const code of [
      'Neo.TransientError.Database.DatabaseUnavailable',
      'Neo.ClientError.Statement.SyntaxError',
    ]) {
      const { db, calls } = dbAnswering(() => {
        throw new Neo4jError('no', code, '', '');
      });
      opened.push(db);
      await expect(db.read('RETURN 1')).rejects.toThrow('no');
      expect(calls()).toBe(1);
    }
  });

  it('fail after the second transient error', async () => {
    const { db, calls } = dbAnswering(() => {
      throw new Neo4jError('lock', 'Neo.TransientError.Transaction.LockClientStopped', '', '');
    });
    opened.push(db);
    await expect(db.read('RETURN 1')).rejects.toThrow('lock');
    expect(calls()).toBe(2);
  });
});
