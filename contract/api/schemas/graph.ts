/** The graph payload every view is drawn from, and the article and evidence references it points to. */
import { type TSchema, Type } from 'typebox';
import { ENTITY_TYPES, NODE_TYPES, type NodeType } from '../../model.ts';
import { CLOSED, nullable, oneOf } from './common.ts';

export const NodeTypeSchema = oneOf(NODE_TYPES);
export const EntityTypeSchema = oneOf(ENTITY_TYPES);

const Primitive = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);

export const GraphNodeSchema = Type.Object(
  {
    id: Type.String(),
    type: NodeTypeSchema,
    kind: nullable(Type.String()),
    name: Type.String(),
    aliases: Type.Array(Type.String()),
    pinyin: nullable(Type.String()),
    nameEn: nullable(Type.String()),
    properties: Type.Record(Type.String(), Primitive),
    /** Articles that mention it (entities) or 0 (articles). */
    articleCount: Type.Integer({ minimum: 0 }),
  },
  CLOSED,
);

export const GraphEdgeSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    source: Type.String(),
    target: Type.String(),
    /**
     * title (HOLDS_POSITION), role (PARTICIPATED_IN), weight (the number of supporting articles), firstReported
     * and lastReported (UTC ISO times of the earliest and latest of them). The sentences behind an edge come
     * from `/api/edges/:id/evidence`.
     */
    properties: Type.Record(Type.String(), nullable(Primitive)),
  },
  CLOSED,
);

export const GraphPayloadSchema = Type.Object(
  {
    nodes: Type.Array(GraphNodeSchema),
    edges: Type.Array(GraphEdgeSchema),
    truncated: Type.Boolean(),
    /** When truncated: how many neighbours were left out, by node type. */
    omitted: Type.Optional(
      Type.Unsafe<Partial<Record<NodeType, number>>>({
        type: 'object',
        properties: Object.fromEntries(NODE_TYPES.map((t) => [t, { type: 'integer', minimum: 0 }])),
        additionalProperties: false,
      } as TSchema),
    ),
  },
  CLOSED,
);

export const ArticleRefSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    publishedAt: nullable(Type.String()),
    source: nullable(Type.String()),
  },
  CLOSED,
);

export const EvidenceItemSchema = Type.Object(
  {
    article: ArticleRefSchema,
    text: Type.String(),
    start: Type.Integer(),
    end: Type.Integer(),
  },
  CLOSED,
);
