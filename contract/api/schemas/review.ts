/**
 * The review pages' reads: the queue of articles not yet reviewed, and one article as the extractor saw it beside
 * what the graph holds after corrections (the corrections themselves are `corrections.ts`).
 */
import { Type } from 'typebox';
import { CLOSED, errorResponses, IdParams, nullable, queryObject, READ_ERRORS } from './common.ts';
import {
  CORRECTION_LIST_CEILING,
  CorrectionSchema,
  Offset,
  RelationTypeSchema,
  TextSpanSchema,
} from './corrections.ts';
import { EntityTypeSchema } from './graph.ts';

/** An article waiting for review, with what it brought into the graph. */
export const ReviewQueueItemSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    publishedAt: nullable(Type.String()),
    source: nullable(Type.String()),
    /** Entities and relationships it states, and how many entities only it mentions. */
    entities: Type.Integer({ minimum: 0 }),
    relations: Type.Integer({ minimum: 0 }),
    newEntities: Type.Integer({ minimum: 0 }),
    corrections: Type.Integer({ minimum: 0 }),
  },
  CLOSED,
);

export const ReviewQueueSchema = Type.Object(
  { items: Type.Array(ReviewQueueItemSchema), total: Type.Integer({ minimum: 0 }) },
  CLOSED,
);

export const ReviewEntitySchema = Type.Object(
  {
    id: Type.String(),
    type: EntityTypeSchema,
    kind: nullable(Type.String()),
    name: Type.String(),
    mentions: Type.Array(TextSpanSchema),
  },
  CLOSED,
);

export const ReviewRelationSchema = Type.Object(
  {
    id: Type.String(),
    type: RelationTypeSchema,
    from: Type.String(),
    to: Type.String(),
    qualifier: nullable(Type.String()),
    evidence: Type.Object({ start: Offset, end: Offset, text: Type.String() }, CLOSED),
  },
  CLOSED,
);

export const ReviewSideSchema = Type.Object(
  { entities: Type.Array(ReviewEntitySchema), relations: Type.Array(ReviewRelationSchema) },
  CLOSED,
);

/** An article as the extractor saw it and as the graph has it after corrections. */
export const ReviewArticleSchema = Type.Object(
  {
    article: Type.Object(
      {
        id: Type.String(),
        title: Type.String(),
        text: Type.String(),
        publishedAt: nullable(Type.String()),
        source: nullable(Type.String()),
      },
      CLOSED,
    ),
    extraction: ReviewSideSchema,
    corrected: ReviewSideSchema,
    corrections: Type.Array(CorrectionSchema),
    reviewed: nullable(CorrectionSchema),
  },
  CLOSED,
);

export const reviewQueueRoute = {
  method: 'GET' as const,
  url: '/review/queue',
  schema: {
    summary: 'Articles not yet reviewed, newest first, with what each brought into the graph',
    querystring: queryObject({
      limit: Type.Integer({ minimum: 1, maximum: CORRECTION_LIST_CEILING, default: 50 }),
      offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
    }),
    response: { 200: ReviewQueueSchema, ...errorResponses(...READ_ERRORS) },
  },
};

export const reviewArticleRoute = {
  method: 'GET' as const,
  url: '/review/articles/:id',
  schema: {
    summary: 'An article as extracted and as corrected, with its corrections',
    params: IdParams,
    response: { 200: ReviewArticleSchema, ...errorResponses(...READ_ERRORS, 404) },
  },
};
