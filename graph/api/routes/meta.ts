import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Health } from '../../../contract/api/payloads.ts';
import { healthRoute, statsRoute } from '../../../contract/api/schemas/meta.ts';
import { API_VERSION } from '../version.ts';

export const metaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...healthRoute,
    handler: async (_request, reply) => {
      const up = await app.repository.isUp();
      const body: Health = {
        status: up ? 'ok' : 'unavailable',
        neo4j: up ? 'up' : 'down',
        version: API_VERSION,
      };
      return reply.status(up ? 200 : 503).send(body);
    },
  });

  app.route({ ...statsRoute, handler: async () => app.repository.stats() });
};
