import { existsSync } from 'node:fs';
import path from 'node:path';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { GraphRepository } from '../queries/repository.ts';
import { CSP_DIRECTIVES } from './csp.ts';
import { registerEmbedPages } from './embed-pages.ts';
import { registerErrorHandling } from './errors.ts';
import type { ArticlePipeline } from './pipeline.ts';
import { articleRoutes } from './routes/articles.ts';
import { entityRoutes } from './routes/entities.ts';
import { entitySummaryRoutes } from './routes/entity-summary.ts';
import { exportRoutes } from './routes/export.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { metaRoutes } from './routes/meta.ts';
import { oembedRoutes } from './routes/oembed.ts';
import { overviewRoutes } from './routes/overview.ts';
import { pathRoutes } from './routes/paths.ts';
import { searchRoutes } from './routes/search.ts';
import { snapshotRoutes } from './routes/snapshots.ts';
import { API_VERSION } from './version.ts';

declare module 'fastify' {
  interface FastifyInstance {
    repository: GraphRepository;
    /** The rate limit of the costly routes (paths, export, snapshots), per client and minute. */
    strictRateLimit: { max: number; timeWindow: string };
  }
}

export interface AppOptions {
  repository: GraphRepository;
  /** The built SPA (dist/); absent: API only. */
  staticDir?: string;
  /** Requests per minute per client on the API (GUANXI_RATE_LIMIT). */
  rateLimit?: number;
  /** Requests per minute per client on paths, export and snapshots (GUANXI_RATE_LIMIT_STRICT). */
  strictRateLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /** GUANXI_API_TOKEN: without it, write endpoints answer 403. */
  apiToken?: string;
  /** Parser and extractor for raw articles sent to the write endpoints. */
  pipeline?: ArticlePipeline;
  /** Origins allowed to read the API from a browser (GUANXI_CORS_ORIGINS); none by default. */
  corsOrigins?: string[];
  /** Sites that may frame /embed/ pages (GUANXI_EMBED_ORIGINS); any site by default. */
  embedOrigins?: string[];
}

/** Builds the HTTP app without listening, so tests can call `app.inject()`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 2 * 1024 * 1024 });
  app.decorate('repository', options.repository);
  app.decorate('strictRateLimit', { max: options.strictRateLimit ?? 30, timeWindow: '1 minute' });
  await app.register(helmet, {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  registerErrorHandling(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'guanxi API',
        description:
          'Read the news knowledge graph: search, entities, neighbourhoods, paths, articles, evidence, export, oEmbed.',
        version: API_VERSION,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'GUANXI_API_TOKEN, for writes' },
        },
      },
    },
  });
  await app.register(
    async (api) => {
      await api.register(rateLimit, { max: options.rateLimit ?? 600, timeWindow: '1 minute' });
      if (options.corsOrigins?.length)
        await api.register(cors, { origin: options.corsOrigins, methods: ['GET'] });
      await api.register(metaRoutes);
      await api.register(searchRoutes);
      await api.register(entityRoutes);
      await api.register(entitySummaryRoutes);
      await api.register(overviewRoutes);
      await api.register(pathRoutes);
      await api.register(articleRoutes);
      await api.register(exportRoutes);
      await api.register(oembedRoutes);
      await api.register(ingestRoutes, { token: options.apiToken, pipeline: options.pipeline });
      await api.register(snapshotRoutes, { token: options.apiToken });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
      api.setNotFoundHandler((request, reply) =>
        reply
          .status(404)
          .send({ error: 'not_found', message: `no API route ${request.method} ${request.url}` }),
      );
    },
    { prefix: '/api' },
  );
  if (options.staticDir && existsSync(path.join(options.staticDir, 'index.html'))) {
    await registerEmbedPages(app, options.staticDir, options.embedOrigins ?? []);
    await registerSpa(app, options.staticDir);
  }
  return app;
}

/** Files from dist/, and index.html for every client-side route. */
async function registerSpa(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || path.extname(request.url.split('?')[0] ?? '') !== '') {
      return reply
        .status(404)
        .send({ error: 'not_found', message: `no route ${request.method} ${request.url}` });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
