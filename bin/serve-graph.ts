import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../graph/api/app.ts';
import { ArticleArchive, archiveDir } from '../graph/archive/archive.ts';
import { fingerprintArchivedArticles } from '../graph/archive/fingerprints.ts';
import type { GuanxiConfig } from '../graph/config.ts';
import { GraphRepository } from '../graph/queries/repository.ts';
import { warmUp } from '../graph/queries/warm-up.ts';
import { type OpenGraph, openGraph } from '../graph/runtime/open-graph.ts';
import { seedIfEmpty } from '../graph/seeding/seed.ts';
import { startArticlePipeline } from './article-pipeline.ts';

/**
 * The server's one logger: JSON lines on stdout (structured: one object per line), shared by the HTTP app
 * (one line per failed request, with its request id), the database supervision and the database's state
 * changes. LOG_LEVEL=debug|info|warn|error (default info).
 */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { app: 'guanxi' } });
export const log = (message: string) => logger.info(message);

export interface Served {
  graph: OpenGraph;
  app: FastifyInstance;
}

/**
 * Opens the graph (embedded or NEO4J_URI), seeds an empty database, builds the HTTP app and stops
 * everything cleanly on SIGINT/SIGTERM: what `npm start` and `npm run dev` share.
 */
export async function serveGraph(config: GuanxiConfig, staticDir: string | undefined): Promise<Served> {
  const graph = await openGraph(config, log, {}, logger);
  let app: FastifyInstance | undefined;
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    (async () => {
      await app?.close();
      await graph.close();
    })().then(
      () => {
        log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Stopping failed.');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const archive = new ArticleArchive(archiveDir(config.dataDir));
  const seeded = await seedIfEmpty(graph.db, undefined, archive);
  if (seeded) {
    log(
      `Seeded ${seeded.articles.created} article(s), ${seeded.entities.created} entities, ${seeded.relations.created} relationships.`,
    );
  }
  const fingerprinted = await fingerprintArchivedArticles(graph.db, archive);
  if (fingerprinted)
    log(`Gave ${fingerprinted} article(s) loaded earlier the fingerprint of their archived page.`);
  const repository = new GraphRepository(graph.db);
  // The composition root wires the pipeline from seed/ into the API (graph/api never imports seed/): its
  // worker threads parse and extract uploads while this thread answers requests.
  const pipeline = startArticlePipeline();
  app = await buildApp({
    repository,
    loggerInstance: logger,
    databaseStatus: graph.status,
    ...(staticDir ? { staticDir } : {}),
    ...(config.apiToken ? { apiToken: config.apiToken } : {}),
    apiTokenLabel: config.apiTokenLabel,
    corsOrigins: config.corsOrigins,
    embedOrigins: config.embedOrigins,
    rateLimit: config.rateLimit.perMinute,
    strictRateLimit: config.rateLimit.strictPerMinute,
    pipeline: pipeline.pipeline,
    jobsDir: path.join(config.dataDir, 'jobs'),
    archive,
  });
  app.addHook('onClose', pipeline.close);
  app.addHook('onReady', async () => {
    warmUp(repository).catch(() => {});
  });
  return { graph, app };
}
