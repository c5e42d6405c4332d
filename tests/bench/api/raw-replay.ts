import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../../../graph/config.ts';
import { toCypherParams } from '../../../graph/db/connection.ts';
import type { RecordedRead } from './recording-db.ts';

/**
 * Replays the reads of one request through the bare driver (a READ session and an auto-commit transaction per
 * statement, as GraphDb does, without Fastify, mapping or JSON): reads the API ran side by side run side by
 * side again, the others one after another.
 */
export class RawReplay {
  private readonly driver: Driver;

  constructor(target: Neo4jTarget) {
    this.driver = neo4j.driver(
      target.uri,
      neo4j.auth.basic(target.username ?? 'neo4j', target.password ?? ''),
      {
        disableLosslessIntegers: true,
        logging: { level: 'error', logger: () => {} },
      },
    );
  }

  async run(reads: RecordedRead[]): Promise<{ status: number; ms: number }> {
    const started = performance.now();
    try {
      for (const group of overlapping(reads)) await Promise.all(group.map((r) => this.one(r)));
      return { status: 200, ms: performance.now() - started };
    } catch {
      return { status: 500, ms: performance.now() - started };
    }
  }

  private async one(read: RecordedRead): Promise<void> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(read.cypher, toCypherParams(read.params) as Record<string, unknown>, {
        timeout: read.timeoutMs,
      });
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Groups reads whose run times overlapped (they were started together with Promise.all). */
export function overlapping(reads: RecordedRead[]): RecordedRead[][] {
  const sorted = [...reads].sort((a, b) => a.start - b.start);
  const groups: RecordedRead[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const read of sorted) {
    const current = groups.at(-1);
    if (current && read.start < end) {
      current.push(read);
      end = Math.max(end, read.end);
    } else {
      groups.push([read]);
      end = read.end;
    }
  }
  return groups;
}
