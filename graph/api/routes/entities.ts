import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { edgeEvidenceRoute, entityRoute, neighborhoodRoute } from '../../../contract/api/schemas/entities.ts';
import { NotFoundError } from '../errors.ts';
import { asOfParam, entityTypesParam, relationsParam } from '../params.ts';
import { entityMissing } from '../redirects.ts';

export const entityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...entityRoute,
    handler: async (request, reply) => {
      const detail = await app.repository.entity(request.params.id);
      if (!detail) return entityMissing(app, request, reply, request.params.id);
      return detail;
    },
  });

  app.route({
    ...neighborhoodRoute,
    handler: async (request, reply) => {
      const { depth, types, relations, limit, asOf } = request.query;
      const payload = await app.repository.neighborhood({
        id: request.params.id,
        depth,
        types: entityTypesParam(types),
        relations: relationsParam(relations),
        limit,
        asOf: asOfParam(asOf),
      });
      if (!payload) return entityMissing(app, request, reply, request.params.id);
      return payload;
    },
  });

  app.route({
    ...edgeEvidenceRoute,
    handler: async (request) => {
      const evidence = await app.repository.edgeEvidence(request.params.id, request.query.limit);
      if (!evidence) throw new NotFoundError(`edge "${request.params.id}"`);
      return evidence;
    },
  });
};
