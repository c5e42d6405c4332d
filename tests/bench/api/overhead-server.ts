import Fastify from 'fastify';
import type { SearchResult } from '../../../contract/api/payloads.ts';
import { buildApp } from '../../../graph/api/app.ts';
import type { GraphRepository } from '../../../graph/queries/repository.ts';

/**
 * A server for api-overhead-bench.ts, started as a child process: `bare` is Fastify alone with one route,
 * `app` the project's app (every plugin, hook, validation and the serialiser) over a repository whose search
 * answers at once with a fixed result. Prints OVERHEAD_READY <port>; ends when its stdin closes.
 */
export const CANNED_SEARCH: SearchResult = {
  query: 'zhangsan',
  hits: Array.from({ length: 10 }, (_, i) => ({
    id: `person:张三${i}`,
    type: 'Person',
    kind: null,
    name: `张三${i}`,
    matched: i % 2 ? 'zhang san' : null,
    articleCount: 3 + i,
    score: 1.5 - i / 10,
  })),
  groups: [{ type: 'Person', count: 10 }],
};

const which = process.argv[2];
if (which === 'bare' || which === 'app') {
  const repository = { db: {}, search: async () => CANNED_SEARCH } as unknown as GraphRepository;
  const app =
    which === 'bare'
      ? Fastify()
      : await buildApp({ repository, rateLimit: 100_000_000, strictRateLimit: 100_000_000 });
  if (which === 'bare') app.get('/api/search', async () => CANNED_SEARCH);
  await app.listen({ host: '127.0.0.1', port: 0 });
  console.log(`OVERHEAD_READY ${(app.server.address() as { port: number }).port}`);
  process.stdin.resume();
  process.stdin.on('end', () => void app.close().then(() => process.exit(0)));
}
