import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { overviewRoute } from '../../../contract/api/schemas/summary.ts';

/** The start page's view of the corpus. */
export const overviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...overviewRoute, handler: async () => app.repository.overview() });
};
