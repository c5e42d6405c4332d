/** Frozen views for embedding: what a journalist saw, with positions, so it needs no layout. */
import { Type } from 'typebox';
import { NODE_TYPES } from '../../model.ts';
import {
  CLOSED,
  day,
  errorResponses,
  INVALID,
  nullable,
  oneOf,
  READ_ERRORS,
  WRITE_ERRORS,
} from './common.ts';

const MAX_NODES = 2_000;
const text = (maxLength: number) => Type.String({ maxLength });

export const SnapshotNodeSchema = Type.Object(
  {
    id: text(300),
    type: oneOf(NODE_TYPES),
    kind: nullable(text(40)),
    name: text(300),
    /** Pinyin or English shown beside the name. */
    subtitle: nullable(text(300)),
    x: Type.Number(),
    y: Type.Number(),
  },
  CLOSED,
);

export const SnapshotEdgeSchema = Type.Object(
  {
    id: text(300),
    type: text(40),
    source: text(300),
    target: text(300),
    label: text(100),
    weight: Type.Number({ minimum: 0 }),
  },
  CLOSED,
);

export const SnapshotCitationSchema = Type.Object(
  { id: text(100), title: text(500), source: nullable(text(200)), publishedAt: nullable(text(40)) },
  CLOSED,
);

export const SnapshotInputSchema = Type.Object(
  {
    title: text(200),
    caption: text(2_000),
    lang: oneOf(['zh', 'en'] as const),
    /** YYYY-MM-DD or null. */
    asOf: nullable(day()),
    nodes: Type.Array(SnapshotNodeSchema, { maxItems: MAX_NODES }),
    edges: Type.Array(SnapshotEdgeSchema, { maxItems: MAX_NODES * 4 }),
    citations: Type.Array(SnapshotCitationSchema, { maxItems: 500 }),
    /** The explorer view the snapshot was made from: where the embed's "open in guanxi" leads. */
    explorerPath: Type.Optional(
      nullable(
        Type.String({
          maxLength: 4_000,
          pattern: '^/(?![/\\\\])[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$',
          [INVALID]: 'must be a path of this site (starting with one /)',
        }),
      ),
    ),
  },
  CLOSED,
);

export const SnapshotSchema = Type.Object(
  { ...SnapshotInputSchema.properties, id: Type.String(), createdAt: Type.String() },
  CLOSED,
);

export const SnapshotCreatedSchema = Type.Object(
  {
    id: Type.String(),
    /** Path of the embed page, e.g. /embed/view/abc123. */
    embedPath: Type.String(),
  },
  CLOSED,
);

export const SNAPSHOT_ID = '^[A-Za-z0-9_-]{1,40}$';

export const saveSnapshotRoute = {
  method: 'POST' as const,
  url: '/snapshots',
  schema: {
    summary: 'Freeze a view (elements, positions, captions, citations) for embedding',
    security: [{ bearer: [] }],
    body: SnapshotInputSchema,
    response: { 201: SnapshotCreatedSchema, ...errorResponses(...WRITE_ERRORS) },
  },
};

export const snapshotRoute = {
  method: 'GET' as const,
  url: '/snapshots/:id',
  schema: {
    summary: 'A frozen view',
    params: Type.Object(
      { id: Type.String({ pattern: SNAPSHOT_ID, [INVALID]: 'is not a snapshot id' }) },
      CLOSED,
    ),
    response: { 200: SnapshotSchema, ...errorResponses(...READ_ERRORS, 404) },
  },
};
