import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Annotation } from '../../../contract/annotation/types.ts';
import { AnnotationError, validateAnnotation } from '../../../contract/annotation/validate.ts';
import { loadAnnotations } from '../../loader/load-annotations.ts';
import { requireToken } from '../auth.ts';
import { BadRequestError } from '../errors.ts';
import type { ArticlePipeline } from '../pipeline.ts';

interface IngestQuery {
  filename?: string;
}

const RAW_TYPES = ['text/html', 'text/plain', 'application/octet-stream', 'application/x-ndjson'];
const DEFAULT_NAME: Record<string, string> = {
  'text/html': 'upload.html',
  'text/plain': 'upload.txt',
  'application/x-ndjson': 'upload.ndjson',
  'application/octet-stream': 'upload',
};

export interface IngestOptions {
  token: string | undefined;
  pipeline: ArticlePipeline | undefined;
}

/**
 * POST /ingest/preview: a raw article in, its annotations out, nothing written.
 * POST /ingest: an annotation (JSON with schemaVersion) or a raw article in, loaded into the graph.
 */
export async function ingestRoutes(app: FastifyInstance, options: IngestOptions): Promise<void> {
  // Raw articles arrive as bytes: their charset is the parser's business (GBK pages are common).
  app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const guard = requireToken(options.token);
  const querystring = {
    type: 'object',
    properties: { filename: { type: 'string', maxLength: 200, pattern: '^[^/\\\\]+$' } },
  } as const;

  app.post<{ Querystring: IngestQuery }>(
    '/ingest/preview',
    {
      onRequest: guard,
      schema: { summary: 'Extract annotations from a raw article; nothing is written', querystring },
    },
    async (request) => ({ annotations: toAnnotations(request, options.pipeline, false) }),
  );

  app.post<{ Querystring: IngestQuery }>(
    '/ingest',
    {
      onRequest: guard,
      schema: { summary: 'Load an annotation or a raw article into the graph', querystring },
    },
    async (request) => {
      const annotations = toAnnotations(request, options.pipeline, true);
      const summary = await loadAnnotations(app.repository.db, annotations);
      return { summary, articles: annotations.map((a) => a.article.id) };
    },
  );
}

function toAnnotations(
  request: FastifyRequest<{ Querystring: IngestQuery }>,
  pipeline: ArticlePipeline | undefined,
  acceptAnnotation: boolean,
): Annotation[] {
  const body = request.body;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  if (
    acceptAnnotation &&
    body &&
    typeof body === 'object' &&
    !Buffer.isBuffer(body) &&
    'schemaVersion' in body
  ) {
    try {
      return [validateAnnotation(body, 'request body')];
    } catch (error) {
      if (error instanceof AnnotationError) throw new BadRequestError('body', error.message);
      throw error;
    }
  }
  if (!pipeline)
    throw new BadRequestError('body', 'body: this server cannot extract raw articles; send an annotation');
  const name = request.query.filename ?? DEFAULT_NAME[type] ?? 'upload.json';
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body ?? ''), 'utf8');
  try {
    const articles = pipeline.parse(bytes, name);
    if (articles.length === 0) throw new BadRequestError('body', `${name}: no article found`);
    return articles.map((article) => pipeline.extract(article));
  } catch (error) {
    if (pipeline.isInputError(error)) throw new BadRequestError('body', error.message);
    throw error;
  }
}
