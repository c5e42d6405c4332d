import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { seedIfEmpty } from '../loader/seed.ts';
import { GraphRepository } from '../queries/repository.ts';
import { Neo4jStartError } from '../runtime/errors.ts';
import { openGraph } from '../runtime/open-graph.ts';
import { DIST_DIR, ensureSpaBuilt } from './spa-build.ts';

const log = (message: string) => console.log(`[guanxi] ${message}`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  await ensureSpaBuilt(log);
  const graph = await openGraph(config, log);
  let app: FastifyInstance | undefined;
  const shutdown = onceShutdown(async () => {
    log('Stopping…');
    await app?.close();
    await graph.close();
    log('Stopped.');
  });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const seeded = await seedIfEmpty(graph.db);
  if (seeded) {
    log(
      `Seeded ${seeded.articles.created} article(s), ${seeded.entities.created} entities, ${seeded.relations.created} relationships.`,
    );
  }
  app = await buildApp({ repository: new GraphRepository(graph.db), staticDir: DIST_DIR });
  await app.listen({ host: config.host, port: config.port });
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://${config.host}:${config.port}/  (Ctrl-C stops)`,
  );
}

function onceShutdown(stop: () => Promise<void>): () => void {
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
}

main().catch((error: unknown) => {
  if (error instanceof Neo4jStartError || error instanceof ConfigError)
    console.error(`[guanxi] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
