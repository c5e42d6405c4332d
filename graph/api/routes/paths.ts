import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pathsRoute } from '../../../contract/api/schemas/paths.ts';
import { NotFoundError } from '../errors.ts';
import type { RateLimit } from './rate-limit.ts';

export const pathRoutes: FastifyPluginAsyncTypebox<RateLimit> = async (app, { rateLimit }) => {
  app.route({
    ...pathsRoute,
    config: { rateLimit },
    handler: async (request) => {
      const result = await app.repository.paths(request.query);
      if (!result) throw new NotFoundError(`entity "${request.query.from}" or "${request.query.to}"`);
      return result;
    },
  });
};
