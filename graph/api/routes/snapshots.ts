import type { FastifyInstance } from 'fastify';
import type { SnapshotCreated, SnapshotInput } from '../../../contract/api/payloads.ts';
import { NODE_TYPES } from '../../../contract/model.ts';
import { requireToken } from '../auth.ts';
import { NotFoundError } from '../errors.ts';

const MAX_NODES = 2_000;
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;

const snapshotSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'caption', 'lang', 'asOf', 'nodes', 'edges', 'citations'],
  properties: {
    title: text(200),
    caption: text(2_000),
    lang: { type: 'string', enum: ['zh', 'en'] },
    asOf: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    nodes: {
      type: 'array',
      maxItems: MAX_NODES,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'kind', 'name', 'subtitle', 'x', 'y'],
        properties: {
          id: text(300),
          type: { type: 'string', enum: [...NODE_TYPES] },
          kind: nullableText(40),
          name: text(300),
          subtitle: nullableText(300),
          x: { type: 'number' },
          y: { type: 'number' },
        },
      },
    },
    edges: {
      type: 'array',
      maxItems: MAX_NODES * 4,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'source', 'target', 'label', 'weight'],
        properties: {
          id: text(300),
          type: text(40),
          source: text(300),
          target: text(300),
          label: text(100),
          weight: { type: 'number', minimum: 0 },
        },
      },
    },
    citations: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'source', 'publishedAt'],
        properties: {
          id: text(100),
          title: text(500),
          source: nullableText(200),
          publishedAt: nullableText(40),
        },
      },
    },
  },
} as const;

/** Frozen views for embeds: saving one is a write (token), reading one is public. */
export async function snapshotRoutes(
  app: FastifyInstance,
  options: { token: string | undefined },
): Promise<void> {
  app.post<{ Body: SnapshotInput }>(
    '/snapshots',
    {
      onRequest: requireToken(options.token),
      config: { rateLimit: app.strictRateLimit },
      schema: {
        summary: 'Freeze a view (elements, positions, captions, citations) for embedding',
        body: snapshotSchema,
      },
    },
    async (request, reply) => {
      const id = await app.repository.saveSnapshot(request.body);
      const body: SnapshotCreated = { id, embedPath: `/embed/view/${id}` };
      return reply.status(201).send(body);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/snapshots/:id',
    {
      schema: {
        summary: 'A frozen view',
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,40}$' } } },
      },
    },
    async (request) => {
      const snapshot = await app.repository.snapshot(request.params.id);
      if (!snapshot) throw new NotFoundError(`snapshot "${request.params.id}"`);
      return snapshot;
    },
  );
}
