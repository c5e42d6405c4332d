/** GET /api/paths: shortest paths between two entities, each step with its evidence. */
import { Type } from 'typebox';
import { CLOSED, EntityId, errorResponses, queryObject, READ_ERRORS } from './common.ts';
import { EvidenceItemSchema, GraphEdgeSchema, GraphNodeSchema, GraphPayloadSchema } from './graph.ts';

export const MAX_PATH_LENGTH = 6;

export const PathsQuerySchema = queryObject({
  from: EntityId,
  to: EntityId,
  maxLength: Type.Integer({ minimum: 1, maximum: MAX_PATH_LENGTH, default: 4 }),
  limit: Type.Integer({ minimum: 1, maximum: 10, default: 3 }),
  viaArticles: Type.Boolean({
    default: false,
    description: 'Also walk "mentioned in the same article"',
  }),
});

export const PathStepSchema = Type.Object(
  {
    edge: GraphEdgeSchema,
    /** The entity this step leaves from and arrives at, in path order (edges may point backwards). */
    from: Type.String(),
    to: Type.String(),
    /** The newest few supporting sentences (the edge's weight says how many articles there are in all). */
    evidence: Type.Array(EvidenceItemSchema),
  },
  CLOSED,
);

export const FoundPathSchema = Type.Object(
  {
    length: Type.Integer({ minimum: 1 }),
    /** Node ids in order from `from` to `to`. */
    nodeIds: Type.Array(Type.String()),
    graph: GraphPayloadSchema,
    steps: Type.Array(PathStepSchema),
  },
  CLOSED,
);

export const PathsResultSchema = Type.Object(
  {
    from: GraphNodeSchema,
    to: GraphNodeSchema,
    paths: Type.Array(FoundPathSchema),
    /** True when the search stopped at its time or size bound before it could prove there are no more paths. */
    bounded: Type.Boolean(),
  },
  CLOSED,
);

export const pathsRoute = {
  method: 'GET' as const,
  url: '/paths',
  schema: {
    summary: 'Shortest paths between two entities, with the evidence of every step',
    querystring: PathsQuerySchema,
    response: { 200: PathsResultSchema, ...errorResponses(...READ_ERRORS, 404) },
  },
};
