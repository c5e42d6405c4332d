/** Articles: the list, one article with its text and graph, and its related coverage. */
import { type TSchema, Type } from 'typebox';
import { LINK_RELATIONS } from '../../model.ts';
import { ARTICLE_CURSOR } from '../cursor.ts';
import {
  CLOSED,
  day,
  errorResponses,
  IdParams,
  INVALID,
  nullable,
  oneOf,
  plainText,
  queryObject,
  READ_ERRORS,
} from './common.ts';
import { ArticleRefSchema, EntityTypeSchema, GraphPayloadSchema } from './graph.ts';

export const ArticleListQuerySchema = queryObject({
  entity: Type.Optional(plainText(300, 1, 'Only articles that mention this entity')),
  q: Type.Optional(plainText(100, 1, 'Words in the title or text')),
  from: Type.Optional(day('First day, inclusive (China time)')),
  to: Type.Optional(day('Last day, inclusive (China time)')),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(
    Type.String({
      pattern: ARTICLE_CURSOR,
      maxLength: 1220,
      description: '`nextCursor` of the previous page',
      [INVALID]: 'is not a cursor from a previous page',
    }),
  ),
});

/** A piece of an article's text around a hit, with the hits marked (offsets into `text`). */
export const SnippetSchema = Type.Object(
  {
    text: Type.String(),
    /** [start, end] of each hit (a pair of offsets rather than a tuple schema, which OpenAPI tools read differently). */
    marks: Type.Array(
      Type.Unsafe<[number, number]>({
        type: 'array',
        items: { type: 'integer', minimum: 0 },
        minItems: 2,
        maxItems: 2,
      } as TSchema),
    ),
    /** Text was left out before or after the piece. */
    before: Type.Boolean(),
    after: Type.Boolean(),
  },
  CLOSED,
);

const articleListItemFields = {
  ...ArticleRefSchema.properties,
  reporters: Type.Array(Type.String()),
  stub: Type.Boolean(),
  /** With a full-text query (`q`): where the words occur in the text. */
  snippet: Type.Optional(SnippetSchema),
};

export const ArticleListItemSchema = Type.Object(articleListItemFields, CLOSED);

export const ArticleListSchema = Type.Object(
  {
    items: Type.Array(ArticleListItemSchema),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: nullable(Type.String()),
  },
  CLOSED,
);

export const ArticleLinkOutSchema = Type.Object(
  {
    relation: oneOf(LINK_RELATIONS),
    title: Type.String(),
    date: nullable(Type.String()),
    url: nullable(Type.String()),
    /** The linked article: a stub (title and date only) until it is ingested. */
    article: Type.Object({ ...ArticleRefSchema.properties, stub: Type.Boolean() }, CLOSED),
  },
  CLOSED,
);

export const ArticleMentionSchema = Type.Object(
  {
    entityId: Type.String(),
    name: Type.String(),
    type: EntityTypeSchema,
    kind: nullable(Type.String()),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  CLOSED,
);

export const ArticleFullSchema = Type.Object(
  {
    ...articleListItemFields,
    site: nullable(Type.String()),
    url: nullable(Type.String()),
    language: Type.String(),
    text: Type.String(),
    images: Type.Array(
      Type.Object(
        {
          file: Type.Optional(Type.String()),
          caption: Type.Optional(Type.String()),
          credit: Type.Optional(Type.String()),
        },
        CLOSED,
      ),
    ),
  },
  CLOSED,
);

export const ArticleDetailSchema = Type.Object(
  {
    article: ArticleFullSchema,
    mentions: Type.Array(ArticleMentionSchema),
    links: Type.Array(ArticleLinkOutSchema),
    graph: GraphPayloadSchema,
  },
  CLOSED,
);

export const SharedCoverageSchema = Type.Object(
  {
    article: ArticleRefSchema,
    score: Type.Number(),
    sharedEntities: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), type: EntityTypeSchema }, CLOSED),
    ),
  },
  CLOSED,
);

export const RelatedArticlesSchema = Type.Object(
  { links: Type.Array(ArticleLinkOutSchema), shared: Type.Array(SharedCoverageSchema) },
  CLOSED,
);

export const articleListRoute = {
  method: 'GET' as const,
  url: '/articles',
  schema: {
    summary: 'Articles, newest first: by entity mentioned, words in title or text, date range',
    querystring: ArticleListQuerySchema,
    response: { 200: ArticleListSchema, ...errorResponses(...READ_ERRORS) },
  },
};

export const articleRoute = {
  method: 'GET' as const,
  url: '/articles/:id',
  schema: {
    summary: 'An article with its text, mentions, links and subgraph',
    params: IdParams,
    response: { 200: ArticleDetailSchema, ...errorResponses(...READ_ERRORS, 404) },
  },
};

export const relatedArticlesRoute = {
  method: 'GET' as const,
  url: '/articles/:id/related',
  schema: {
    summary: "The page's own links and the articles that share its entities",
    params: IdParams,
    querystring: queryObject({ limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }) }),
    response: { 200: RelatedArticlesSchema, ...errorResponses(...READ_ERRORS, 404) },
  },
};
