import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AnnotatedArticle, Annotation } from '../../../contract/annotation/types.ts';
import { AnnotationError, validateAnnotation } from '../../../contract/annotation/validate.ts';
import type { IngestFailure, IngestResult } from '../../../contract/api/payloads.ts';
import {
  cancelIngestJobRoute,
  ingestJobRoute,
  ingestJobsRoute,
  ingestRoute,
  previewRoute,
  RAW_ARTICLE_TYPES,
} from '../../../contract/api/schemas/ingest.ts';
import type { ArchiveItem, ArticleArchive } from '../../archive/archive.ts';
import { loadArchived } from '../../archive/archived-load.ts';
import { requireToken } from '../auth.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { extractUpload, parseUpload } from '../ingest/extract-upload.ts';
import { IngestJobs } from '../ingest/ingest-jobs.ts';
import type { ArticlePipeline } from '../pipeline.ts';

/** Uploads of many articles (an NDJSON crawl) may be large; JSON annotations are far smaller. */
const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
/** More articles than this in one upload make it a job (202) unless `async=false` says otherwise. */
export const INLINE_MAX_ARTICLES = 100;

export interface IngestOptions {
  token: string | undefined;
  pipeline: ArticlePipeline | undefined;
  /** Where ingest jobs are kept (GUANXI_DATA_DIR/jobs); absent: in memory, lost with the process. */
  jobsDir: string | undefined;
  /** Where ingested articles are kept before they are loaded (GUANXI_DATA_DIR/archive); none in tests. */
  archive: ArticleArchive | undefined;
}

/**
 * POST /ingest/preview: raw articles in, their annotations out, nothing written.
 * POST /ingest: an annotation (JSON) or raw articles (bytes) in, loaded into the graph; an article of
 * several that cannot be read is reported in `failed` while the others load. An upload of more than
 * INLINE_MAX_ARTICLES articles (or any with `async=true`) becomes a job: 202 at once with the job and
 * its Location, GET /ingest/jobs/:id follows it, GET /ingest/jobs lists the recent ones.
 */
export const ingestRoutes: FastifyPluginAsyncTypebox<IngestOptions> = async (app, options) => {
  // Raw articles arrive as bytes: their charset is the parser's business (GBK pages are common).
  app.addContentTypeParser(
    [...RAW_ARTICLE_TYPES.keys()],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_r, body, done) => done(null, body),
  );
  const guard = requireToken(options.token);
  const jobs = options.pipeline
    ? new IngestJobs({
        db: app.repository.db,
        pipeline: options.pipeline,
        dir: options.jobsDir,
        archive: options.archive,
        log: app.log,
      })
    : undefined;
  if (jobs) {
    app.addHook('onReady', () => jobs.open());
    app.addHook('onClose', () => jobs.close());
  }

  app.route({
    ...previewRoute,
    onRequest: guard,
    bodyLimit: MAX_UPLOAD_BYTES,
    handler: async (request) => {
      const { items, failed } = await extractRaw(request, options.pipeline);
      return { annotations: items.map((item) => item.annotation), failed };
    },
  });

  app.route({
    ...ingestRoute,
    onRequest: guard,
    bodyLimit: MAX_UPLOAD_BYTES,
    handler: async (request, reply) => {
      let items: ArchiveItem[];
      let failed: IngestFailure[] = [];
      if (Buffer.isBuffer(request.body) || request.body === undefined) {
        const name = uploadName(request);
        const bytes = uploadBytes(request);
        const articles = await parseUpload(options.pipeline, bytes, name);
        const wanted = request.query.async;
        if (jobs && bytes && (wanted ?? articles.length > INLINE_MAX_ARTICLES)) {
          const job = await jobs.submit(bytes, name, articles);
          return reply.code(202).header('location', `/api/ingest/jobs/${job.id}`).send(job);
        }
        const source =
          options.archive && bytes ? { sha256: await options.archive.putSource(bytes), name } : undefined;
        ({ items, failed } = await extractAll(options.pipeline as ArticlePipeline, articles, name, source));
      } else items = [{ annotation: annotationOf(request.body), name: 'POST /api/ingest' }];
      // Kept in the archive (the raw bytes as they came) before the load commits.
      const summary = await loadArchived(app.repository.db, options.archive, items);
      const result: IngestResult = {
        summary: { articles: summary.articles, entities: summary.entities, relations: summary.relations },
        articles: items.map((item) => item.annotation.article.id),
        failed,
      };
      return result;
    },
  });

  app.route({
    ...ingestJobRoute,
    onRequest: guard,
    handler: async (request) => {
      const job = jobs?.get(request.params.id);
      if (!job) throw new NotFoundError(`ingest job ${request.params.id}`);
      return job;
    },
  });

  app.route({
    ...cancelIngestJobRoute,
    onRequest: guard,
    handler: async (request) => {
      const job = await jobs?.cancel(request.params.id);
      if (!job) throw new NotFoundError(`ingest job ${request.params.id}`);
      if (job === 'ended') {
        const status = jobs?.get(request.params.id)?.status;
        throw new ConflictError(
          `ingest job ${request.params.id} has ended already (${status}): nothing to cancel`,
        );
      }
      return job;
    },
  });

  app.route({
    ...ingestJobsRoute,
    onRequest: guard,
    handler: async () => ({ jobs: jobs?.list() ?? [] }),
  });
};

function annotationOf(body: unknown): Annotation {
  try {
    return validateAnnotation(body, 'body');
  } catch (error) {
    if (error instanceof AnnotationError) throw new BadRequestError(`body${error.field}`, error.message);
    throw error;
  }
}

function uploadName(request: FastifyRequest): string {
  const { filename } = request.query as { filename?: string };
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return filename ?? RAW_ARTICLE_TYPES.get(type as never) ?? 'upload.json';
}

/** The bytes of a raw upload (a JSON record arrives parsed by Fastify's JSON parser and is sent back to bytes). */
function uploadBytes(request: FastifyRequest): Buffer | undefined {
  const body = request.body;
  if (body === undefined) return undefined;
  return Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body ?? ''), 'utf8');
}

/**
 * Every article of a raw upload, extracted and validated on the pipeline's workers; one that fails is
 * reported and skipped. An upload in which no article can be read is a 400 naming the file and the
 * first reason.
 */
async function extractRaw(
  request: FastifyRequest,
  pipeline: ArticlePipeline | undefined,
): Promise<{ items: ArchiveItem[]; failed: IngestFailure[] }> {
  const name = uploadName(request);
  const articles = await parseUpload(pipeline, uploadBytes(request), name);
  return extractAll(pipeline as ArticlePipeline, articles, name);
}

async function extractAll(
  pipeline: ArticlePipeline,
  articles: AnnotatedArticle[],
  name: string,
  source?: { sha256: string; name: string },
): Promise<{ items: ArchiveItem[]; failed: IngestFailure[] }> {
  const items: ArchiveItem[] = [];
  const failed: IngestFailure[] = [];
  for await (const outcome of extractUpload(pipeline, articles, name)) {
    if ('annotation' in outcome) {
      const where = articles.length > 1 ? `${name} record ${outcome.record}` : name;
      items.push({ annotation: outcome.annotation, name: where, ...(source ? { source } : {}) });
    } else failed.push(outcome.failure);
  }
  if (items.length === 0) {
    throw new BadRequestError('body', failed[0]?.reason ?? `${name}: no article could be read`);
  }
  return { items, failed };
}
