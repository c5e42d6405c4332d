import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GraphDb } from '../../../../graph/db/connection.ts';
import { DeadlineError, databaseProblem } from '../../../../graph/db/unavailable.ts';

/**
 * A single-row list expression that Neo4j evaluates to the end before it looks at its timeout: 200M
 * elements take seconds of one core, so the client's deadline (0.3 s here) comes while the server is busy
 * with it and still answers everything else.
 */
const SLOW = 'RETURN size([x IN range(1, $n) WHERE x < 0]) AS none';
const SLOW_PARAMS = { n: 200_000_000 };

let db: GraphDb;
const stateChanges: boolean[] = [];

beforeAll(() => {
  // The server's timeout of the slow read is 3 s; the client gives up 2.7 s before it.
  db = new GraphDb(inject('neo4j'), {
    clientGraceMs: -2_700,
    onStateChange: ({ up }) => stateChanges.push(up),
  });
});

afterAll(async () => {
  await db?.close();
});

const cheap = async (value: number) => {
  const result = await db.read<{ value: number }>('RETURN $value AS value', { value }, 10_000);
  return result.records[0]?.get('value');
};

describe('a query past its client deadline while the database answers', () => {
  it('fails alone with its own reason: reads beside it and right after it succeed', async () => {
    const slow = db.read(SLOW, SLOW_PARAMS, 3_000).then(
      () => 'finished',
      (error: unknown) => error,
    );
    const beside = await Promise.all([cheap(1), cheap(2)]);
    const error = await slow;
    // The breaker this used to open answered the next reads with 503 at once, for a second.
    const after = await Promise.all([cheap(3), cheap(4)]);

    expect(beside).toEqual([1, 2]);
    expect(after).toEqual([3, 4]);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as DeadlineError).databaseAnswers).toBe(true);
    expect(databaseProblem(error)).toMatch(/took longer than the graph database allows/);
    expect(stateChanges).not.toContain(false);
  });
});
