import { existsSync } from 'node:fs';
import path from 'node:path';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import type { ArticleArchive } from '../archive/archive.ts';
import { CorrectionService } from '../corrections/service.ts';
import type { GraphRepository } from '../queries/repository.ts';
import type { Neo4jStatus } from '../runtime/supervised-neo4j.ts';
import { CSP_DIRECTIVES, upgradeOverHttps } from './csp.ts';
import { registerEmbedPages } from './embed-pages.ts';
import { badUrl, registerErrorHandling, sendProblem } from './error-handler.ts';
import { ApiProblem, NotFoundError } from './errors.ts';
import { registerJsonBodies } from './json-body.ts';
import { collectRoutes } from './method-not-allowed.ts';
import type { ArticlePipeline } from './pipeline.ts';
import { newRequestId, registerRequestLog } from './request-log.ts';
import { articleRoutes } from './routes/articles.ts';
import { correctionRoutes } from './routes/corrections.ts';
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
import { serializerCompiler, validatorCompiler } from './validation.ts';
import { API_VERSION } from './version.ts';

declare module 'fastify' {
  interface FastifyInstance {
    repository: GraphRepository;
    corrections: CorrectionService;
    /** The database process: running, restarting or given up (health reports it). */
    databaseStatus: () => Neo4jStatus;
  }
}

export interface AppOptions {
  repository: GraphRepository;
  /** The built SPA (dist/); absent: API only. */
  staticDir?: string;
  /** Requests per minute per client on the API. */
  rateLimit?: number;
  /** Paths, exports and snapshots: requests per minute per client (they cost more). */
  strictRateLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /** One logger shared with the rest of the process (npm start): the server's lines and the database's. */
  loggerInstance?: FastifyBaseLogger;
  /** The supervised Neo4j's state; absent: always running (a server of NEO4J_URI, tests). */
  databaseStatus?: () => Neo4jStatus;
  /** GUANXI_API_TOKEN: without it, write endpoints answer 403. */
  apiToken?: string;
  /** Who writes made with the token are by, in the corrections' history (GUANXI_API_TOKEN_LABEL). */
  apiTokenLabel?: string;
  /** Parser and extractor for raw articles sent to the write endpoints. */
  pipeline?: ArticlePipeline;
  /** Where ingest jobs are kept so they outlive a restart (GUANXI_DATA_DIR/jobs); absent: in memory. */
  jobsDir?: string;
  /** Where ingested articles and corrections are kept before they commit (GUANXI_DATA_DIR/archive); none in most tests. */
  archive?: ArticleArchive;
  /** Origins allowed to read the API from a browser (GUANXI_CORS_ORIGINS); none by default. */
  corsOrigins?: string[];
  /** Sites that may frame /embed/ pages (GUANXI_EMBED_ORIGINS); any site by default. */
  embedOrigins?: string[];
}

/**
 * Request lines may carry an export's 1,000 ids (at most 20,000 characters, up to 12 bytes each once
 * percent-encoded): well past Node's 16 KB default, still bounded.
 */
const MAX_HEADER_BYTES = 512 * 1024;

/** Builds the HTTP app without listening, so tests can call `app.inject()`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? false }),
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: newRequestId,
    bodyLimit: 2 * 1024 * 1024,
    http: { maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 120_000 },
    routerOptions: { maxParamLength: 3_000 },
    frameworkErrors: badUrl,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('repository', options.repository);
  app.decorate('corrections', new CorrectionService(options.repository.db, options.archive?.journal));
  app.decorate('databaseStatus', options.databaseStatus ?? (() => ({ state: 'running' }) as Neo4jStatus));
  registerJsonBodies(app);
  registerRequestLog(app);
  await app.register(helmet, {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  upgradeOverHttps(app);
  registerErrorHandling(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'guanxi API',
        description:
          'Read the news knowledge graph: search, entities, neighbourhoods, paths, articles, evidence, export, oEmbed; write articles and review and correct the graph with a token.',
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
      const routes = collectRoutes(api);
      await api.register(rateLimit, {
        max: options.rateLimit ?? 600,
        timeWindow: '1 minute',
        errorResponseBuilder: (_request, context) =>
          new ApiProblem(
            429,
            'rate_limited',
            `Too many requests: at most ${context.max} per ${context.after}.`,
          ),
      });
      if (options.corsOrigins?.length)
        await api.register(cors, { origin: options.corsOrigins, methods: ['GET'] });
      const strict = { max: options.strictRateLimit ?? 30, timeWindow: '1 minute' };
      await api.register(metaRoutes);
      await api.register(searchRoutes);
      await api.register(entityRoutes);
      await api.register(entitySummaryRoutes);
      await api.register(overviewRoutes);
      await api.register(pathRoutes, { rateLimit: strict });
      await api.register(articleRoutes);
      await api.register(exportRoutes, { rateLimit: strict });
      await api.register(oembedRoutes);
      await api.register(ingestRoutes, {
        token: options.apiToken,
        pipeline: options.pipeline,
        jobsDir: options.jobsDir,
        archive: options.archive,
      });
      await api.register(snapshotRoutes, { token: options.apiToken, rateLimit: strict });
      await api.register(correctionRoutes, {
        token: options.apiToken,
        tokenLabel: options.apiTokenLabel ?? 'editor',
      });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
      routes.answerOtherMethods({ options: !options.corsOrigins?.length });
      api.setNotFoundHandler((request, reply) =>
        sendProblem(request, reply, new NotFoundError(`API route ${request.method} ${clipUrl(request.url)}`)),
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

const clipUrl = (url: string) => (url.length > 200 ? `${url.slice(0, 200)}…` : url);

/** Files from dist/, and index.html for every client-side route. */
async function registerSpa(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || path.extname(request.url.split('?')[0] ?? '') !== '') {
      return sendProblem(request, reply, new NotFoundError(`${request.method} ${clipUrl(request.url)}`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
