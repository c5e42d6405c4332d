import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../errors.ts';
import { asOfParam, DATE_PARAM, entityTypesParam, ID_PARAMS, relationsParam } from '../params.ts';

interface IdParams {
  id: string;
}

interface NeighborhoodQuery {
  depth: number;
  types?: string;
  relations?: string;
  limit: number;
  asOf?: string;
}

const idParams = ID_PARAMS;

export const NEIGHBORHOOD_LIMIT_CEILING = 500;
const EVIDENCE_LIMIT_CEILING = 500;

export async function entityRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: IdParams }>('/entities/:id', { schema: { params: idParams } }, async (request) => {
    const detail = await app.repository.entity(request.params.id);
    if (!detail) throw new NotFoundError(`entity "${request.params.id}"`);
    return detail;
  });

  app.get<{ Params: IdParams; Querystring: NeighborhoodQuery }>(
    '/entities/:id/neighborhood',
    {
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            depth: { type: 'integer', minimum: 1, maximum: 3, default: 1 },
            types: { type: 'string', maxLength: 200 },
            relations: { type: 'string', maxLength: 300 },
            limit: { type: 'integer', minimum: 1, maximum: NEIGHBORHOOD_LIMIT_CEILING, default: 100 },
            asOf: DATE_PARAM,
          },
        },
      },
    },
    async (request) => {
      const { depth, types, relations, limit, asOf } = request.query;
      const payload = await app.repository.neighborhood({
        id: request.params.id,
        depth,
        types: entityTypesParam(types),
        relations: relationsParam(relations),
        limit,
        asOf: asOfParam(asOf),
      });
      if (!payload) throw new NotFoundError(`entity "${request.params.id}"`);
      return payload;
    },
  );

  app.get<{ Params: IdParams; Querystring: { limit: number } }>(
    '/edges/:id/evidence',
    {
      schema: {
        summary:
          'The sentences that support an edge, newest article first, and how many articles there are in all',
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: EVIDENCE_LIMIT_CEILING, default: 100 },
          },
        },
      },
    },
    async (request) => {
      const evidence = await app.repository.edgeEvidence(request.params.id, request.query.limit);
      if (!evidence) throw new NotFoundError(`edge "${request.params.id}"`);
      return evidence;
    },
  );
}
