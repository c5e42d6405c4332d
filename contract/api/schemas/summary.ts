/** An entity at a glance, and the corpus at a glance: the two ways in that stay cheap for hubs. */
import { Type } from 'typebox';
import { ArticleListItemSchema } from './articles.ts';
import {
  CLOSED,
  errorResponses,
  IdParams,
  MOVED,
  nullable,
  oneOf,
  queryObject,
  READ_ERRORS,
  RelationTypeList,
} from './common.ts';
import { EntityTypeSchema, GraphEdgeSchema, GraphNodeSchema } from './graph.ts';

export const DIRECTIONS = ['out', 'in'] as const;
export const DirectionSchema = oneOf(DIRECTIONS);

/** Ceilings of the summary's pages. */
export const SUMMARY_LIMIT_CEILING = 100;
export const SUMMARY_OFFSET_CEILING = 10_000;

/** One relationship of an entity seen from it: the other end and how the relationship reads. */
export const RelationshipRowSchema = Type.Object(
  {
    edge: GraphEdgeSchema,
    /** `out`: the entity is the source (李红珍 → 任职 → 组织部); `in`: it is the target. */
    direction: DirectionSchema,
    other: GraphNodeSchema,
  },
  CLOSED,
);

export const EntitySummarySchema = Type.Object(
  {
    entity: GraphNodeSchema,
    relations: Type.Array(
      Type.Object(
        { type: Type.String(), direction: DirectionSchema, count: Type.Integer({ minimum: 0 }) },
        CLOSED,
      ),
    ),
    neighbourTypes: Type.Array(
      Type.Object({ type: EntityTypeSchema, count: Type.Integer({ minimum: 0 }) }, CLOSED),
    ),
    /** False when the neighbour types were counted over only the first relationships (a very large hub). */
    neighbourTypesExact: Type.Boolean(),
    /** The page asked for: relationships by weight (most supporting articles first), then name. */
    rows: Type.Array(RelationshipRowSchema),
    /** How many relationships match the page's filter (relation type and direction). */
    total: Type.Integer({ minimum: 0 }),
    offset: Type.Integer({ minimum: 0 }),
    nextOffset: nullable(Type.Integer({ minimum: 0 })),
  },
  CLOSED,
);

export const TopEntitySchema = Type.Object(
  {
    id: Type.String(),
    type: EntityTypeSchema,
    kind: nullable(Type.String()),
    name: Type.String(),
    pinyin: nullable(Type.String()),
    nameEn: nullable(Type.String()),
    /** Relationships to other entities. */
    degree: Type.Integer({ minimum: 0 }),
    articleCount: Type.Integer({ minimum: 0 }),
  },
  CLOSED,
);

/** The corpus at a glance, for the start page. */
export const CorpusOverviewSchema = Type.Object(
  {
    /** Real articles (ingested, with text). */
    articles: Type.Integer({ minimum: 0 }),
    /** Articles known only from links on other pages (title and date), not yet ingested. */
    stubs: Type.Integer({ minimum: 0 }),
    latest: Type.Array(ArticleListItemSchema),
    /** Real articles by month of publication (China time), oldest first. */
    byMonth: Type.Array(Type.Object({ month: Type.String(), count: Type.Integer({ minimum: 0 }) }, CLOSED)),
    /** Real articles by source, most first. */
    bySource: Type.Array(Type.Object({ source: Type.String(), count: Type.Integer({ minimum: 0 }) }, CLOSED)),
    /** The people and organisations with the most relationships. */
    connected: Type.Object(
      { people: Type.Array(TopEntitySchema), organizations: Type.Array(TopEntitySchema) },
      CLOSED,
    ),
  },
  CLOSED,
);

export const entitySummaryRoute = {
  method: 'GET' as const,
  url: '/entities/:id/summary',
  schema: {
    summary:
      'Relationship counts by type and direction, neighbour counts by type, and a page of the strongest relationships (other end, title or role, weight)',
    params: IdParams,
    querystring: queryObject({
      relations: Type.Optional(RelationTypeList),
      direction: Type.Optional(DirectionSchema),
      limit: Type.Integer({ minimum: 1, maximum: SUMMARY_LIMIT_CEILING, default: 20 }),
      offset: Type.Integer({ minimum: 0, maximum: SUMMARY_OFFSET_CEILING, default: 0 }),
    }),
    response: { 200: EntitySummarySchema, ...errorResponses(...READ_ERRORS, 404), ...MOVED },
  },
};

export const overviewRoute = {
  method: 'GET' as const,
  url: '/overview',
  schema: {
    summary:
      'The corpus at a glance: real articles and link stubs counted apart, the newest articles, articles by month and by source, the most connected people and organisations',
    response: { 200: CorpusOverviewSchema, ...errorResponses(429, 503) },
  },
};
