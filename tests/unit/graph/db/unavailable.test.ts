import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DeadlineError, databaseProblem, QueryBudgetError } from '../../../../graph/db/unavailable.ts';

/** An error as neo4j-driver makes it (code N/A when it has none of its own). */
const newError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error');

describe('database problems a client is told about with 503', () => {
  it('reads a query past its timeout, a busy pool and an unreachable server as not the client’s fault', () => {
    const timedOut = newError(
      'The transaction has been terminated. Retry your operation in a new transaction…',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    expect(databaseProblem(timedOut)).toMatch(/took longer than the graph database allows/);
    // Past the client's deadline: a server that answers a probe is up (the query alone was slow).
    expect(databaseProblem(new DeadlineError(10_000, true))).toMatch(
      /took longer than the graph database allows/,
    );
    expect(databaseProblem(new DeadlineError(10_000, false))).toMatch(/did not answer in time/);
    // What neo4j-driver throws when all its connections stay busy: no code, only the message.
    const pool = newError(
      'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 100',
    );
    expect(databaseProblem(pool)).toMatch(/busy/);
    expect(databaseProblem(newError('connect ECONNREFUSED', 'ServiceUnavailable'))).toMatch(/not reachable/);
  });

  it('reads a query the database stopped while shutting down as not the client’s fault', () => {
    // What a neighbourhood read got while the supervision test killed the JVM under it (it answered 500).
    const stopped = newError(
      'The transaction has been terminated. … or because the database is shutting down. ForsetiClient[transactionId=11, clientId=1]',
      'Neo.ClientError.Transaction.LockClientStopped',
    );
    expect(databaseProblem(stopped)).toMatch(/stopped this query/);
  });

  it('tells a query refused for its budget with the reason', () => {
    const problem = databaseProblem(new QueryBudgetError('枢纽 has 25,000 relationships of the asked types'));
    expect(problem).toMatch(/would read too much/);
    expect(problem).toMatch(/25,000 relationships/);
  });

  it('leaves errors that are bugs to be 500s', () => {
    expect(
      databaseProblem(newError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')),
    ).toBeUndefined();
    expect(databaseProblem(new Error('TypeError'))).toBeUndefined();
  });
});
