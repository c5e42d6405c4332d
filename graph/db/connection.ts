import neo4j, { type Driver, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { DeadlineError, isDatabaseUnavailable, isTransient, UnavailableBreaker } from './unavailable.ts';
import { retryDelayMs, WRITE_ATTEMPTS } from './write-retry.ts';

export const READ_TIMEOUT_MS = 10_000;

/** JS numbers reach Cypher as floats; whole numbers must be Integers (LIMIT, offsets, counts). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  // Plain objects, and objects without a prototype (Fastify's parsed query strings are such).
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

type Params = Record<string, unknown>;

/** What a write transaction function gets: `run` with parameters. */
export interface Transaction {
  run<T extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<T>>;
}
const cypherParams = (params: Params) => toCypherParams(params) as Params;
export const WRITE_TIMEOUT_MS = 60_000;
/**
 * The full-text indexes are eventually consistent (migration 012: their updates are applied after the
 * commit, in batches); a write waits for them before it returns, so a search after a finished write sees it.
 */
const AWAIT_FULLTEXT = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

export interface WriteOptions {
  /**
   * Wait for the full-text indexes to show the write before returning (default true). A load of many batches
   * passes false and waits once at its end (`awaitSearchable`): a refresh after every batch cost back most of
   * what eventual consistency saves (`npm run bench -- jvm-ab`: JVM CPU 0.84× without it, 0.95× with it).
   */
  searchable?: boolean;
}
/**
 * A query's deadline in the client: the server's transaction timeout plus this much. The server ends a
 * query that runs too long; the client ends the wait for a server that does not answer at all (stopped).
 */
const CLIENT_GRACE_MS = 2_000;
/**
 * How long a query past its client deadline waits for a probe of the server: a server that answers it is
 * up (the query alone was slow); one that does not is away and opens the breaker. Generous, so that a
 * loaded machine is not taken for a frozen server.
 */
const DEADLINE_PROBE_MS = 3_000;

export interface GraphDbOptions {
  /** The default timeout of reads (10 s). */
  readTimeoutMs?: number;
  /** Called when Neo4j stops answering and when it answers again: every state change is logged. */
  onStateChange?: (change: { up: boolean; reason: string }) => void;
  /** Called when a write is tried again after a transient error (deadlock, lock wait). */
  onRetry?: (retry: { attempt: number; delayMs: number; code: string }) => void;
  /** Called when waiting for the full-text indexes after a write failed: the write stands, search lags behind. */
  onSearchLag?: (error: unknown) => void;
  /**
   * How much longer than the server's transaction timeout the client waits for an answer (2 s). Tests set
   * it below zero to have a query still running on a server that answers when the client gives up (what a
   * path search at a million entities did: the server ended it seconds after its timeout).
   */
  clientGraceMs?: number;
}

/**
 * The one driver of a process and the only way queries reach Neo4j: reads run in READ sessions,
 * writes in WRITE sessions, every transaction with a timeout on the server and a deadline in the
 * client, always with parameters. Writes that meet a transient error are tried again with jitter.
 */
export class GraphDb {
  readonly driver: Driver;
  readonly database: string | undefined;
  private readonly breaker = new UnavailableBreaker();
  private readonly readTimeoutMs: number;
  private readonly clientGraceMs: number;
  private up = true;
  /** The probe of the server after a query's client deadline; shared by the queries that meet it together. */
  private deadlineProbe: Promise<boolean> | undefined;

  constructor(
    target: Neo4jTarget,
    private readonly options: GraphDbOptions = {},
  ) {
    this.readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
    this.clientGraceMs = options.clientGraceMs ?? CLIENT_GRACE_MS;
    const auth =
      target.username !== undefined
        ? neo4j.auth.basic(target.username, target.password ?? '')
        : neo4j.auth.basic('neo4j', target.password ?? '');
    this.driver = neo4j.driver(target.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 2_000,
      connectionAcquisitionTimeout: 3_000,
      maxTransactionRetryTime: 800,
      logging: { level: 'error', logger: () => {} },
    });
    this.database = target.database;
  }

  async read<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs = this.readTimeoutMs,
  ): Promise<QueryResult<T>> {
    // An auto-commit transaction: the statement and its records in one round trip, where a managed
    // transaction adds a commit's (a third of a short read's time). Reads take no locks, so a transient error
    // is rare; it is tried once more, as the managed transaction's retry did.
    const once = () =>
      this.inSession(neo4j.session.READ, timeoutMs, async (session) =>
        session.run<T>(cypher, cypherParams(params), { timeout: timeoutMs }),
      );
    try {
      return await once();
    } catch (error) {
      if (!isTransient(error) || isDatabaseUnavailable(error)) throw error;
      return once();
    }
  }

  async write<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs = WRITE_TIMEOUT_MS,
  ): Promise<QueryResult<T>> {
    return this.writeTransaction((tx) => tx.run<T>(cypher, params), timeoutMs);
  }

  /**
   * Several statements in one managed write transaction. A transient error (a deadlock with another writer,
   * a lock that timed out) runs `work` again after a random wait that grows with each attempt, so keep it
   * idempotent; after the last attempt the error reaches the caller (the API answers 503 with Retry-After).
   */
  async writeTransaction<R>(
    work: (tx: Transaction) => Promise<R>,
    timeoutMs = WRITE_TIMEOUT_MS,
    options: WriteOptions = {},
  ): Promise<R> {
    let result: R;
    for (let attempt = 1; ; attempt++) {
      try {
        result = await this.inSession(neo4j.session.WRITE, timeoutMs, (session) =>
          session.executeWrite(
            (tx) => work({ run: (cypher, params = {}) => tx.run(cypher, cypherParams(params)) }),
            { timeout: timeoutMs },
          ),
        );
        break;
      } catch (error) {
        if (!isTransient(error) || isDatabaseUnavailable(error) || attempt >= WRITE_ATTEMPTS) throw error;
        const delayMs = retryDelayMs(attempt);
        this.options.onRetry?.({ attempt, delayMs, code: (error as { code: string }).code });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
    // Outside the retries: the write is committed whatever happens here, so it is neither run again nor
    // reported failed when the wait fails (search catches up by itself); the failure is reported as a lag.
    if (options.searchable !== false) await this.awaitSearchable(timeoutMs);
    return result;
  }

  /**
   * Waits until the full-text indexes show every committed write (after writes made with `searchable: false`).
   * Never throws: a wait that fails (a timeout behind a long load's backlog, Neo4j gone) goes to `onSearchLag`.
   */
  async awaitSearchable(timeoutMs = WRITE_TIMEOUT_MS): Promise<void> {
    try {
      await this.inSession(neo4j.session.WRITE, timeoutMs, async (session) => {
        await session.run(AWAIT_FULLTEXT, {}, { timeout: timeoutMs });
      });
    } catch (error) {
      this.options.onSearchLag?.(error);
    }
  }

  /**
   * One statement in an auto-commit transaction: what `CALL { … } IN TRANSACTIONS` needs (schema
   * migrations that rewrite a large graph in batches). Never retried, so the statement must be safe to run again.
   */
  async autoCommit(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs = WRITE_TIMEOUT_MS,
  ): Promise<void> {
    await this.inSession(neo4j.session.WRITE, timeoutMs, async (session) => {
      await session.run(cypher, cypherParams(params), { timeout: timeoutMs });
    });
    await this.awaitSearchable(timeoutMs);
  }

  /**
   * One session for `work`, with the breaker in front and a deadline in the client: when Neo4j does not
   * answer at all (a stopped JVM), the caller gets a DeadlineError instead of waiting for ever. The breaker
   * opens when Neo4j is unreachable, or when a query past its deadline finds the server does not answer a
   * probe either; a query that is merely slow fails alone.
   */
  private async inSession<R>(
    mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE,
    timeoutMs: number,
    work: (session: Session) => Promise<R>,
  ): Promise<R> {
    this.breaker.check();
    const session = this.driver.session({ defaultAccessMode: mode, database: this.database });
    const running = work(session);
    const deadlineMs = Math.max(timeoutMs + this.clientGraceMs, 0);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new DeadlineError(deadlineMs)), deadlineMs);
    });
    try {
      const result = await Promise.race([running, deadline]);
      this.setUp(true, 'a query succeeded');
      return result;
    } catch (error) {
      if (error instanceof DeadlineError) {
        const answers = await this.probeAfterDeadline();
        const judged = new DeadlineError(deadlineMs, answers);
        if (!answers) this.markAway(judged);
        throw judged;
      }
      if (isDatabaseUnavailable(error)) this.markAway(error);
      throw error;
    } finally {
      clearTimeout(timer);
      // A session whose server froze closes once the server answers again; nobody waits for it.
      running.catch(() => {});
      session.close().catch(() => {});
    }
  }

  private markAway(error: unknown): void {
    this.breaker.open(error);
    this.setUp(false, error instanceof Error ? error.message : String(error));
  }

  private probeAfterDeadline(): Promise<boolean> {
    this.deadlineProbe ??= this.answersWithin(DEADLINE_PROBE_MS).finally(() => {
      this.deadlineProbe = undefined;
    });
    return this.deadlineProbe;
  }

  private setUp(up: boolean, reason: string): void {
    if (up === this.up) return;
    this.up = up;
    this.options.onStateChange?.({ up, reason });
  }

  /** Whether Neo4j answers within `withinMs` (health must answer within a second, whatever Neo4j does). */
  async isUp(withinMs = 800): Promise<boolean> {
    const up = await this.answersWithin(withinMs);
    this.setUp(up, up ? 'it answered a health check' : `no answer to a health check within ${withinMs} ms`);
    return up;
  }

  private async answersWithin(withinMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), withinMs);
    });
    // A query, not getServerInfo(): that one answers without a round trip from a pooled connection whose
    // last message was its login (neo4j-driver skips the RESET then), whether the server is frozen or not.
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database: this.database });
    const probe = session.run('RETURN 1', {}, { timeout: withinMs }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, late]);
    } finally {
      clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
