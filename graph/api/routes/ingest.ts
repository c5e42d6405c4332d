import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Annotation } from '../../../contract/annotation/types.ts';
import { AnnotationError, validateAnnotation } from '../../../contract/annotation/validate.ts';
import type { IngestFailure, IngestResult } from '../../../contract/api/payloads.ts';
import { ingestRoute, previewRoute, RAW_ARTICLE_TYPES } from '../../../contract/api/schemas/ingest.ts';
import { loadCorrected } from '../../corrections/load-corrected.ts';
import { requireToken } from '../auth.ts';
import { BadRequestError } from '../errors.ts';
import { extractUpload, parseUpload } from '../ingest/extract-upload.ts';
import type { ArticlePipeline } from '../pipeline.ts';

/** Uploads of many articles (an NDJSON crawl) may be large; JSON annotations are far smaller. */
const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

export interface IngestOptions {
  token: string | undefined;
  pipeline: ArticlePipeline | undefined;
}

/**
 * POST /ingest/preview: raw articles in, their annotations out, nothing written.
 * POST /ingest: an annotation (JSON) or raw articles (bytes) in, loaded into the graph; an article of
 * several that cannot be read is reported in `failed` while the others load.
 */
export const ingestRoutes: FastifyPluginAsyncTypebox<IngestOptions> = async (app, options) => {
  // Raw articles arrive as bytes: their charset is the parser's business (GBK pages are common).
  app.addContentTypeParser(
    [...RAW_ARTICLE_TYPES.keys()],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_r, body, done) => done(null, body),
  );
  const guard = requireToken(options.token);

  app.route({
    ...previewRoute,
    onRequest: guard,
    bodyLimit: MAX_UPLOAD_BYTES,
    handler: async (request) => {
      const { annotations, failed } = await extractRaw(request, options.pipeline);
      return { annotations, failed };
    },
  });

  app.route({
    ...ingestRoute,
    onRequest: guard,
    bodyLimit: MAX_UPLOAD_BYTES,
    handler: async (request) => {
      const { annotations, failed } =
        Buffer.isBuffer(request.body) || request.body === undefined
          ? await extractRaw(request, options.pipeline)
          : { annotations: [annotationOf(request.body)], failed: [] };
      const summary = await loadCorrected(app.repository.db, annotations);
      const result: IngestResult = {
        summary: { articles: summary.articles, entities: summary.entities, relations: summary.relations },
        articles: annotations.map((a) => a.article.id),
        failed,
      };
      return result;
    },
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
): Promise<{ annotations: Annotation[]; failed: IngestFailure[] }> {
  const name = uploadName(request);
  const articles = await parseUpload(pipeline, uploadBytes(request), name);
  const annotations: Annotation[] = [];
  const failed: IngestFailure[] = [];
  for await (const outcome of extractUpload(pipeline as ArticlePipeline, articles, name)) {
    if ('annotation' in outcome) annotations.push(outcome.annotation);
    else failed.push(outcome.failure);
  }
  if (annotations.length === 0) {
    throw new BadRequestError('body', failed[0]?.reason ?? `${name}: no article could be read`);
  }
  return { annotations, failed };
}
