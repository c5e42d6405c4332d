/** An entity, its neighbourhood, and the evidence of an edge. */
import { Type } from 'typebox';
import {
  CLOSED,
  day,
  EntityTypeList,
  errorResponses,
  IdParams,
  MOVED,
  nullable,
  queryObject,
  READ_ERRORS,
  RelationTypeList,
} from './common.ts';
import {
  ArticleRefSchema,
  EvidenceItemSchema,
  GraphEdgeSchema,
  GraphNodeSchema,
  GraphPayloadSchema,
  NodeTypeSchema,
} from './graph.ts';

/** Every way an entity is written: for the details panel and for search. */
export const EntityNamesSchema = Type.Object(
  {
    pinyin: Type.Array(Type.String()),
    initials: Type.Array(Type.String()),
    traditional: Type.Array(Type.String()),
    english: nullable(Type.String()),
  },
  CLOSED,
);

export const PositionSchema = Type.Object(
  {
    title: Type.String(),
    organization: Type.Object({ id: Type.String(), name: Type.String(), type: NodeTypeSchema }, CLOSED),
    /** How many articles report it. */
    articleCount: Type.Integer({ minimum: 0 }),
  },
  CLOSED,
);

export const EntityDetailSchema = Type.Object(
  {
    entity: GraphNodeSchema,
    names: EntityNamesSchema,
    positions: Type.Array(PositionSchema),
    relationCounts: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
    articles: Type.Array(ArticleRefSchema),
  },
  CLOSED,
);

export const EdgeEvidenceSchema = Type.Object(
  {
    edge: GraphEdgeSchema,
    /** Newest article first, at most the `limit` asked for. */
    evidence: Type.Array(EvidenceItemSchema),
    /** How many articles support the edge in all. */
    total: Type.Integer({ minimum: 0 }),
  },
  CLOSED,
);

export const EVIDENCE_LIMIT_CEILING = 500;

export const NEIGHBORHOOD_LIMIT_CEILING = 500;

/** The neighbourhood filters, shared by the neighbourhood and its export. */
export const neighborhoodFilters = {
  depth: Type.Integer({ minimum: 1, maximum: 3, default: 1 }),
  types: Type.Optional(EntityTypeList),
  relations: Type.Optional(RelationTypeList),
  limit: Type.Integer({ minimum: 1, maximum: NEIGHBORHOOD_LIMIT_CEILING, default: 100 }),
  asOf: Type.Optional(day('Keep what was reported by the end of this day (China time)')),
};

export const NeighborhoodQuerySchema = queryObject(neighborhoodFilters);

export const entityRoute = {
  method: 'GET' as const,
  url: '/entities/:id',
  schema: {
    summary: 'An entity: properties, names, positions, relation counts and articles',
    params: IdParams,
    response: { 200: EntityDetailSchema, ...errorResponses(...READ_ERRORS, 404), ...MOVED },
  },
};

export const neighborhoodRoute = {
  method: 'GET' as const,
  url: '/entities/:id/neighborhood',
  schema: {
    summary: 'The entities around one, ring by ring, with the relationships among them',
    params: IdParams,
    querystring: NeighborhoodQuerySchema,
    response: { 200: GraphPayloadSchema, ...errorResponses(...READ_ERRORS, 404), ...MOVED },
  },
};

export const edgeEvidenceRoute = {
  method: 'GET' as const,
  url: '/edges/:id/evidence',
  schema: {
    summary:
      'The sentences that support an edge, newest article first, and how many articles there are in all',
    params: IdParams,
    querystring: queryObject({
      limit: Type.Integer({ minimum: 1, maximum: EVIDENCE_LIMIT_CEILING, default: 100 }),
    }),
    response: { 200: EdgeEvidenceSchema, ...errorResponses(...READ_ERRORS, 404) },
  },
};
