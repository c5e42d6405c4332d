import { describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { hasWriteProcedure } from '../../../../graph/loader/write-batch.ts';

/** A database answering the procedure question with `found`, or refusing it. */
function answering(found: number | Error): Pick<GraphDb, 'read'> {
  return {
    read: (async () => {
      if (found instanceof Error) throw found;
      return { records: [{ get: () => found }] };
    }) as unknown as GraphDb['read'],
  };
}

describe('the write path a load takes', () => {
  it('takes the procedure when the server lists it, Cypher when it does not', async () => {
    expect(await hasWriteProcedure(answering(1))).toBe(true);
    expect(await hasWriteProcedure(answering(0))).toBe(false);
  });

  it('falls back to Cypher when the server will not list its procedures', async () => {
    const refused = Object.assign(new Error('Permission denied'), {
      code: 'Neo.ClientError.Security.Forbidden',
    });
    expect(await hasWriteProcedure(answering(refused))).toBe(false);
  });
});
