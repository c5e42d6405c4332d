import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SnapshotCreated } from '../../../contract/api/payloads.ts';
import { saveSnapshotRoute, snapshotRoute } from '../../../contract/api/schemas/snapshots.ts';
import { requireToken } from '../auth.ts';
import { NotFoundError } from '../errors.ts';
import type { RateLimit } from './rate-limit.ts';

/** Frozen views for embeds: saving one is a write (token), reading one is public. */
export const snapshotRoutes: FastifyPluginAsyncTypebox<RateLimit & { token: string | undefined }> = async (
  app,
  options,
) => {
  app.route({
    ...saveSnapshotRoute,
    onRequest: requireToken(options.token),
    config: { rateLimit: options.rateLimit },
    handler: async (request, reply) => {
      const id = await app.repository.saveSnapshot(request.body);
      const body: SnapshotCreated = { id, embedPath: `/embed/view/${id}` };
      return reply.status(201).send(body);
    },
  });

  app.route({
    ...snapshotRoute,
    handler: async (request) => {
      const snapshot = await app.repository.snapshot(request.params.id);
      if (!snapshot) throw new NotFoundError(`snapshot "${request.params.id}"`);
      return snapshot;
    },
  });
};
