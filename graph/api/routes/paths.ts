import type { FastifyInstance } from 'fastify';
import { MAX_PATH_LENGTH } from '../../queries/paths.ts';
import { NotFoundError } from '../errors.ts';

interface PathsQuery {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  viaArticles: boolean;
}

export async function pathRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: PathsQuery }>(
    '/paths',
    {
      config: { rateLimit: app.strictRateLimit },
      schema: {
        summary: 'Shortest paths between two entities, with the evidence of every step',
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          properties: {
            from: { type: 'string', minLength: 1, maxLength: 300 },
            to: { type: 'string', minLength: 1, maxLength: 300 },
            maxLength: { type: 'integer', minimum: 1, maximum: MAX_PATH_LENGTH, default: 4 },
            limit: { type: 'integer', minimum: 1, maximum: 10, default: 3 },
            viaArticles: { type: 'boolean', default: false },
          },
        },
      },
    },
    async (request) => {
      const result = await app.repository.paths(request.query);
      if (!result) throw new NotFoundError(`entity "${request.query.from}" or "${request.query.to}"`);
      return result;
    },
  );
}
