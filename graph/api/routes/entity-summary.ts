import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { entitySummaryRoute } from '../../../contract/api/schemas/summary.ts';
import { relationsParam } from '../params.ts';
import { entityMissing } from '../redirects.ts';

/** An entity at a glance, however many neighbours it has: counts, then its relationships a page at a time. */
export const entitySummaryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...entitySummaryRoute,
    handler: async (request, reply) => {
      const { relations, direction, limit, offset } = request.query;
      const summary = await app.repository.entitySummary({
        id: request.params.id,
        relations: relationsParam(relations),
        direction: direction ?? null,
        limit,
        offset,
      });
      if (!summary) return entityMissing(app, request, reply, request.params.id);
      return summary;
    },
  });
};
