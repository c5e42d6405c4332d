import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchRoute } from '../../../contract/api/schemas/search.ts';
import { entityTypesParam } from '../params.ts';

export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...searchRoute,
    handler: async (request) => {
      const { q, types, limit } = request.query;
      return app.repository.search({ q, types: entityTypesParam(types), limit });
    },
  });
};
