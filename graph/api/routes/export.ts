import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { ExportFormat, GraphPayload } from '../../../contract/api/payloads.ts';
import { entityExportRoute, exportRoute } from '../../../contract/api/schemas/export.ts';
import type { CsvTable } from '../../../contract/model.ts';
import { exportGraph } from '../../export/formats.ts';
import { NotFoundError } from '../errors.ts';
import { asOfParam, entityTypesParam, relationsParam } from '../params.ts';
import type { RateLimit } from './rate-limit.ts';

/** Chosen entities, or an entity's neighbourhood with the explorer's filters, as a file. */
export const exportRoutes: FastifyPluginAsyncTypebox<RateLimit> = async (app, { rateLimit }) => {
  app.route({
    ...exportRoute,
    config: { rateLimit },
    handler: async (request, reply) => {
      const q = request.query;
      const ids = [...new Set(q.ids.split(','))];
      const payload = await app.repository.subgraph(ids, {
        relations: relationsParam(q.relations),
        asOf: asOfParam(q.asOf),
        edgeLimit: 10_000,
      });
      return sendFile(reply, payload, q.format, q.table);
    },
  });

  app.route({
    ...entityExportRoute,
    config: { rateLimit },
    handler: async (request, reply) => {
      const q = request.query;
      const payload = await app.repository.neighborhood({
        id: request.params.id,
        depth: q.depth,
        types: entityTypesParam(q.types),
        relations: relationsParam(q.relations),
        limit: q.limit,
        asOf: asOfParam(q.asOf),
      });
      if (!payload) throw new NotFoundError(`entity "${request.params.id}"`);
      return sendFile(reply, payload, q.format, q.table);
    },
  });
};

function sendFile(reply: FastifyReply, payload: GraphPayload, format: ExportFormat, table?: CsvTable) {
  const file = exportGraph(payload, format, table);
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="guanxi.${file.extension}"`)
    .send(file.body);
}
