import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * A query that passed its deadline in the client. `databaseAnswers` says what a probe found right after:
 * true when the server still answers (the query itself ran on past its timeout: one slow query, not a
 * database away), false when it does not (a frozen or unreachable server), undefined when not probed.
 */
export class DeadlineError extends Error {
  constructor(
    readonly timeoutMs: number,
    readonly databaseAnswers?: boolean,
  ) {
    super(
      databaseAnswers
        ? `the query ran past its deadline of ${timeoutMs / 1000} s (the graph database answers)`
        : `the graph database did not answer within ${timeoutMs / 1000} s`,
    );
    this.name = 'DeadlineError';
  }
}

/**
 * A query that would read more than its budget (a filtered neighbourhood of a very large hub): refused
 * before it runs, a 503 with the reason rather than a timeout after seconds of work.
 */
export class QueryBudgetError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'QueryBudgetError';
  }
}

/** Neo4j cannot be reached (or is not serving): a 503 for the client, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.Database');
}

export function isTimedOut(error: unknown): boolean {
  if (error instanceof DeadlineError) return true;
  return (
    error instanceof Neo4jError && /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(error.code)
  );
}

/**
 * The server stopped the transaction: the database is shutting down (a JVM killed or restarting under a
 * query: LockClientStopped, seen in the supervision test) or an operator or timeout terminated it.
 */
const TERMINATED = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
]);

export function isTerminated(error: unknown): boolean {
  return error instanceof Neo4jError && TERMINATED.has(error.code);
}

/**
 * Every connection of the driver's pool stayed busy past the acquisition timeout. The server is loaded, or
 * frozen: a frozen one is found by the queries' own deadlines, so this alone neither marks the database down
 * nor opens the breaker. The driver gives this error no code of its own (N/A), only its message.
 */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out');
}

/** Deadlocks, lock waits and the like: the same transaction may well succeed when tried again. */
export function isTransient(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.');
}

/**
 * What a client is told (with 503 and Retry-After) when a database error is not its fault; undefined
 * for errors that are bugs.
 */
export function databaseProblem(error: unknown): string | undefined {
  if (error instanceof QueryBudgetError)
    return `This query would read too much of the graph: ${error.message}`;
  if (isDatabaseUnavailable(error)) return 'The graph database is not reachable; try again shortly.';
  if (error instanceof DeadlineError && !error.databaseAnswers)
    return 'The graph database did not answer in time; try again shortly.';
  if (isTimedOut(error))
    return 'This query took longer than the graph database allows; try again shortly or ask for less.';
  if (isTerminated(error)) return 'The graph database stopped this query; try again shortly.';
  if (isTransient(error) || isPoolExhausted(error)) return 'The graph database is busy; try again shortly.';
  return undefined;
}

/**
 * After Neo4j was found unreachable, further queries fail at once for a short while instead of each
 * waiting out its own connection attempts and retries: a request answers 503 quickly even when it
 * needs several queries, and a down database is not hammered. Opened only on evidence that the database
 * is away (connection refused or lost, no answer to a probe), never by one query that runs too long.
 */
export class UnavailableBreaker {
  private openUntil = 0;
  private lastError: unknown;

  constructor(private readonly coolDownMs = 1_000) {}

  check(): void {
    if (Date.now() < this.openUntil) throw this.lastError;
  }

  open(error: unknown): void {
    this.openUntil = Date.now() + this.coolDownMs;
    this.lastError = error;
  }
}
