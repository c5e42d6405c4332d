import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Neo4j cannot be reached (or is not serving): a 503 for the client, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.Database');
}

/**
 * After Neo4j was found unreachable, further queries fail at once for a short while instead of each
 * waiting out its own connection attempts and retries: a request answers 503 quickly even when it
 * needs several queries, and a down database is not hammered.
 */
export class UnavailableBreaker {
  private openUntil = 0;
  private lastError: unknown;

  constructor(private readonly coolDownMs = 1_000) {}

  check(): void {
    if (Date.now() < this.openUntil) throw this.lastError;
  }

  record(error: unknown): void {
    if (!isDatabaseUnavailable(error)) return;
    this.openUntil = Date.now() + this.coolDownMs;
    this.lastError = error;
  }
}
