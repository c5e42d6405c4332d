import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Health } from '../../../contract/api/payloads.ts';
import { healthRoute, statsRoute } from '../../../contract/api/schemas/meta.ts';
import { RETRY_AFTER_SECONDS } from '../errors.ts';
import { API_VERSION } from '../version.ts';

/** How long health waits for Neo4j: it answers within a second whatever Neo4j does. */
const HEALTH_PROBE_MS = 800;

export const metaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...healthRoute,
    handler: async (_request, reply) => {
      const { state, message } = app.databaseStatus();
      let body: Health;
      if (state === 'restarting' || state === 'failed') {
        body = { status: state, neo4j: 'down', version: API_VERSION, ...(message ? { message } : {}) };
      } else {
        const up = state === 'running' && (await app.repository.isUp(HEALTH_PROBE_MS));
        body = up
          ? { status: 'ok', neo4j: 'up', version: API_VERSION }
          : { status: 'unavailable', neo4j: 'down', version: API_VERSION };
      }
      if (body.status === 'ok') return reply.send(body);
      if (body.status !== 'failed') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return reply.status(503).send(body);
    },
  });

  app.route({ ...statsRoute, handler: async () => app.repository.stats() });
};
