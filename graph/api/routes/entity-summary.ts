import type { FastifyInstance } from 'fastify';
import type { Direction } from '../../../contract/api/payloads.ts';
import { NotFoundError } from '../errors.ts';
import { ID_PARAMS, relationsParam } from '../params.ts';

interface SummaryQuery {
  relations?: string;
  direction?: Direction;
  limit: number;
  offset: number;
}

/** Ceilings of the summary's pages. */
export const SUMMARY_LIMIT_CEILING = 100;
export const SUMMARY_OFFSET_CEILING = 10_000;

/** An entity at a glance, however many neighbours it has: counts, then its relationships a page at a time. */
export async function entitySummaryRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: SummaryQuery }>(
    '/entities/:id/summary',
    {
      schema: {
        summary:
          'Relationship counts by type and direction, neighbour counts by type, and a page of the strongest relationships (other end, title or role, weight)',
        params: ID_PARAMS,
        querystring: {
          type: 'object',
          properties: {
            relations: { type: 'string', maxLength: 300 },
            direction: { type: 'string', enum: ['out', 'in'] },
            limit: { type: 'integer', minimum: 1, maximum: SUMMARY_LIMIT_CEILING, default: 20 },
            offset: { type: 'integer', minimum: 0, maximum: SUMMARY_OFFSET_CEILING, default: 0 },
          },
        },
      },
    },
    async (request) => {
      const { relations, direction, limit, offset } = request.query;
      const summary = await app.repository.entitySummary({
        id: request.params.id,
        relations: relationsParam(relations),
        direction: direction ?? null,
        limit,
        offset,
      });
      if (!summary) throw new NotFoundError(`entity "${request.params.id}"`);
      return summary;
    },
  );
}
