import type { FastifyInstance } from 'fastify';
import { entityTypesParam } from '../params.ts';

interface SearchQuery {
  q: string;
  types?: string;
  limit: number;
}

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: SearchQuery }>(
    '/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 100 },
            types: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
          },
        },
      },
    },
    async (request) => {
      const { q, types, limit } = request.query;
      return app.repository.search({ q, types: entityTypesParam(types), limit });
    },
  );
}
