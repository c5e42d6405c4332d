/** Writes of articles: preview, inline load, and ingest jobs for large uploads. */
import { Type } from 'typebox';
import annotationJsonSchema from '../../annotation/annotation.schema.json' with { type: 'json' };
import type { Annotation } from '../../annotation/types.ts';
import { CLOSED, errorResponses, INVALID, nullable, oneOf, queryObject, WRITE_ERRORS } from './common.ts';

/** Raw articles arrive as bytes (their charset is the parser's business); the name tells the format. */
export const RAW_ARTICLE_TYPES = new Map([
  ['text/plain', 'upload.txt'],
  ['text/html', 'upload.html'],
  ['application/x-ndjson', 'upload.ndjson'],
  ['application/octet-stream', 'upload.json'],
] as const);

const { $schema: _draft, $id: _id, ...annotationSchema } = annotationJsonSchema;
/** The annotation format (contract/annotation/annotation.schema.json), as the document shows it. */
export const AnnotationSchema = Type.Unsafe<Annotation>(annotationSchema as never);

export const IngestQuerySchema = queryObject({
  filename: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '^[^/\\\\\\u0000-\\u001F]+$',
      description: 'Tells the format of a raw upload: .txt (page scrape), .html, .json or .ndjson records',
      [INVALID]: 'must be a file name without folders or control characters',
    }),
  ),
});

export const IngestJobQuerySchema = queryObject({
  ...IngestQuerySchema.properties,
  async: Type.Optional(
    Type.Boolean({
      description:
        'Raw uploads: true makes a job (202) whatever the size, false loads inline whatever the size, absent makes a job of more than 100 articles. An annotation is always loaded inline.',
    }),
  ),
});

const rawBody = { schema: Type.String({ format: 'binary' }) };
const articleBody = (json: object) => ({
  required: true,
  content: {
    'application/json': { schema: json },
    ...Object.fromEntries([...RAW_ARTICLE_TYPES.keys()].map((type) => [type, rawBody])),
  },
});

const CreatedMergedSchema = Type.Object(
  { created: Type.Integer({ minimum: 0 }), merged: Type.Integer({ minimum: 0 }) },
  CLOSED,
);

export const IngestSummarySchema = Type.Object(
  {
    articles: Type.Object(
      {
        ...CreatedMergedSchema.properties,
        // Optional: a job stored by an earlier version has none.
        replaced: Type.Optional(
          Type.Integer({
            minimum: 0,
            description:
              'Articles read earlier from the same pages under other ids (an older parser found another title or date), removed',
          }),
        ),
      },
      CLOSED,
    ),
    entities: CreatedMergedSchema,
    relations: CreatedMergedSchema,
  },
  CLOSED,
);

/** An article of an upload that was reported and skipped while the others loaded. */
export const IngestFailureSchema = Type.Object(
  {
    /** 1-based position of the record in the upload, when it holds several. */
    record: nullable(Type.Integer({ minimum: 1 })),
    /** The article's title, when it got that far. */
    title: nullable(Type.String()),
    reason: Type.String(),
  },
  CLOSED,
);

export const IngestResultSchema = Type.Object(
  {
    summary: IngestSummarySchema,
    /** Ids of the articles loaded. */
    articles: Type.Array(Type.String()),
    failed: Type.Array(IngestFailureSchema),
  },
  CLOSED,
);

export const PreviewSchema = Type.Object(
  { annotations: Type.Array(AnnotationSchema), failed: Type.Array(IngestFailureSchema) },
  CLOSED,
);

export const JOB_STATES = ['queued', 'running', 'cancelling', 'done', 'failed', 'cancelled'] as const;
/** States a job does not leave. */
export const ENDED_JOB_STATES: readonly (typeof JOB_STATES)[number][] = ['done', 'failed', 'cancelled'];
export const MAX_LISTED_FAILURES = 100;

export const IngestJobSchema = Type.Object(
  {
    id: Type.String(),
    status: oneOf(JOB_STATES),
    filename: Type.String(),
    bytes: Type.Integer({ minimum: 0 }),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    /** How often the job was picked up again after the app stopped while it ran. */
    resumed: Type.Integer({ minimum: 0 }),
    progress: Type.Object(
      {
        /** Articles in the upload, once it is parsed. */
        articles: nullable(Type.Integer({ minimum: 0 })),
        done: Type.Integer({ minimum: 0 }),
        failed: Type.Integer({ minimum: 0 }),
        relationshipsWritten: Type.Integer({ minimum: 0 }),
      },
      CLOSED,
    ),
    failures: Type.Array(IngestFailureSchema, {
      maxItems: MAX_LISTED_FAILURES,
      description: `The first ${MAX_LISTED_FAILURES} articles that were skipped, with the reason`,
    }),
    /** When done or cancelled: what the load created and merged (after a resume, what the last run wrote). */
    summary: nullable(IngestSummarySchema),
    /** Why the job as a whole failed. */
    error: nullable(Type.String()),
  },
  CLOSED,
);

export const JOB_ID = '^[a-z0-9]{8,40}$';
const JobParams = Type.Object({ id: Type.String({ pattern: JOB_ID, [INVALID]: 'is not a job id' }) }, CLOSED);
const TOKEN = [{ bearer: [] }];

export const previewRoute = {
  method: 'POST' as const,
  url: '/ingest/preview',
  schema: {
    summary: 'Extract annotations from a raw article; nothing is written',
    security: TOKEN,
    querystring: IngestQuerySchema,
    body: articleBody(
      Type.Union([Type.Object({}), Type.Array(Type.Object({}), { minItems: 1 })], {
        description: 'A JSON record of an article, or an array of them (a crawler’s title, content, date…)',
      }),
    ),
    response: { 200: PreviewSchema, ...errorResponses(...WRITE_ERRORS) },
  },
};

export const ingestRoute = {
  method: 'POST' as const,
  url: '/ingest',
  schema: {
    summary: 'Load an annotation or raw articles; large uploads become a job (202)',
    security: TOKEN,
    querystring: IngestJobQuerySchema,
    body: articleBody(AnnotationSchema),
    response: {
      200: IngestResultSchema,
      202: { ...IngestJobSchema, description: 'Accepted as a job: follow its progress at Location' },
      ...errorResponses(...WRITE_ERRORS),
    },
  },
};

export const ingestJobRoute = {
  method: 'GET' as const,
  url: '/ingest/jobs/:id',
  schema: {
    summary: 'Progress and summary of an ingest job',
    security: TOKEN,
    params: JobParams,
    response: { 200: IngestJobSchema, ...errorResponses(400, 401, 403, 404, 429) },
  },
};

export const ingestJobsRoute = {
  method: 'GET' as const,
  url: '/ingest/jobs',
  schema: {
    summary: 'Recent ingest jobs, newest first',
    security: TOKEN,
    response: {
      200: Type.Object({ jobs: Type.Array(IngestJobSchema) }, CLOSED),
      ...errorResponses(401, 403, 429),
    },
  },
};

export const cancelIngestJobRoute = {
  method: 'DELETE' as const,
  url: '/ingest/jobs/:id',
  schema: {
    summary: 'Cancel an ingest job: a queued one at once, a running one after its current batch commits',
    description:
      'What was committed stays in the graph (each batch is one transaction, so nothing is half-written); ' +
      'the job reads `cancelling` until its batch ends, then `cancelled`. A job that has ended is a 409.',
    security: TOKEN,
    params: JobParams,
    response: { 200: IngestJobSchema, ...errorResponses(400, 401, 403, 404, 409, 429) },
  },
};
