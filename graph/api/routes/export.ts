import type { FastifyInstance } from 'fastify';
import type { ExportFormat, GraphPayload } from '../../../contract/api/payloads.ts';
import { CSV_TABLES, type CsvTable, EXPORT_FORMATS } from '../../../contract/model.ts';
import { exportGraph } from '../../export/formats.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import { asOfParam, DATE_PARAM, entityTypesParam, relationsParam } from '../params.ts';
import { NEIGHBORHOOD_LIMIT_CEILING } from './entities.ts';

interface ExportQuery {
  format: ExportFormat;
  ids?: string;
  entity?: string;
  depth: number;
  types?: string;
  relations?: string;
  limit: number;
  asOf?: string;
  table: CsvTable;
}

const MAX_IDS = 1_000;

export async function exportRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: ExportQuery }>(
    '/export',
    {
      config: { rateLimit: app.strictRateLimit },
      schema: {
        summary:
          'A subgraph as Cytoscape JSON, GraphML, GEXF or CSV (give ids, or an entity and its neighbourhood)',
        querystring: {
          type: 'object',
          required: ['format'],
          properties: {
            format: { type: 'string', enum: [...EXPORT_FORMATS] },
            ids: { type: 'string', maxLength: 60_000 },
            entity: { type: 'string', minLength: 1, maxLength: 300 },
            depth: { type: 'integer', minimum: 1, maximum: 3, default: 1 },
            types: { type: 'string', maxLength: 200 },
            relations: { type: 'string', maxLength: 300 },
            limit: { type: 'integer', minimum: 1, maximum: NEIGHBORHOOD_LIMIT_CEILING, default: 100 },
            asOf: DATE_PARAM,
            table: { type: 'string', enum: [...CSV_TABLES], default: 'nodes' },
          },
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const payload = await subgraphFor(app, q);
      const file = exportGraph(payload, q.format, q.table);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="guanxi.${file.extension}"`)
        .send(file.body);
    },
  );
}

async function subgraphFor(app: FastifyInstance, q: ExportQuery): Promise<GraphPayload> {
  const asOf = asOfParam(q.asOf);
  const relations = relationsParam(q.relations);
  if (q.ids !== undefined) {
    const ids = [
      ...new Set(
        q.ids
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length === 0 || ids.length > MAX_IDS) {
      throw new BadRequestError('ids', `ids: give 1 to ${MAX_IDS} comma-separated entity ids`);
    }
    return app.repository.subgraph(ids, { relations, asOf, edgeLimit: 10_000 });
  }
  if (!q.entity) throw new BadRequestError('entity', 'entity: give an entity id, or ids');
  const payload = await app.repository.neighborhood({
    id: q.entity,
    depth: q.depth,
    types: entityTypesParam(q.types),
    relations,
    limit: q.limit,
    asOf,
  });
  if (!payload) throw new NotFoundError(`entity "${q.entity}"`);
  return payload;
}
