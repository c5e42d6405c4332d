import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { UnavailableBreaker } from './unavailable.ts';

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
 * The one driver of a process and the only way queries reach Neo4j: reads run in READ sessions,
 * writes in WRITE sessions, every transaction with a timeout, always with parameters.
 */
export class GraphDb {
  readonly driver: Driver;
  readonly database: string | undefined;
  private readonly breaker = new UnavailableBreaker();

  constructor(target: Neo4jTarget) {
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
    timeoutMs = READ_TIMEOUT_MS,
  ): Promise<QueryResult<T>> {
    this.breaker.check();
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, database: this.database });
    try {
      return await session.executeRead((tx) => tx.run<T>(cypher, cypherParams(params)), {
        timeout: timeoutMs,
      });
    } catch (error) {
      this.breaker.record(error);
      throw error;
    } finally {
      await session.close();
    }
  }

  async write<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs = WRITE_TIMEOUT_MS,
  ): Promise<QueryResult<T>> {
    return this.writeTransaction((tx) => tx.run<T>(cypher, params), timeoutMs);
  }

  /** Several statements in one write transaction (a managed one: the driver may retry it, so keep it idempotent). */
  async writeTransaction<R>(work: (tx: Transaction) => Promise<R>, timeoutMs = WRITE_TIMEOUT_MS): Promise<R> {
    this.breaker.check();
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE, database: this.database });
    try {
      return await session.executeWrite(
        (tx) => work({ run: (cypher, params = {}) => tx.run(cypher, cypherParams(params)) }),
        { timeout: timeoutMs },
      );
    } catch (error) {
      this.breaker.record(error);
      throw error;
    } finally {
      await session.close();
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
    this.breaker.check();
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE, database: this.database });
    try {
      await session.run(cypher, cypherParams(params), { timeout: timeoutMs });
    } catch (error) {
      this.breaker.record(error);
      throw error;
    } finally {
      await session.close();
    }
  }

  async isUp(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
