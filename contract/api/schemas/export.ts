/** Exports: a chosen set of entities, or an entity's neighbourhood, as a file. */
import { Type } from 'typebox';
import { CSV_TABLES, EXPORT_FORMATS, type ExportFormat } from '../../model.ts';
import {
  day,
  errorResponses,
  IdParams,
  INVALID,
  oneOf,
  queryObject,
  READ_ERRORS,
  RelationTypeList,
} from './common.ts';
import { neighborhoodFilters } from './entities.ts';

/** The media type of each export format (charset utf-8). */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'text/csv',
};

export const MAX_EXPORT_IDS = 1_000;
const ID_IN_LIST = '[^,\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]+';

const fileOptions = {
  format: oneOf(EXPORT_FORMATS, {
    description: 'Cytoscape JSON, GraphML, GEXF (Gephi opens both) or CSV (UTF-8 with BOM)',
  }),
  table: Type.Optional(oneOf(CSV_TABLES, { description: 'CSV only: which table (default nodes)' })),
};

export const ExportQuerySchema = queryObject({
  ...fileOptions,
  ids: Type.String({
    maxLength: 20_000,
    pattern: `^${ID_IN_LIST}(?:,${ID_IN_LIST}){0,${MAX_EXPORT_IDS - 1}}$`,
    description: `1 to ${MAX_EXPORT_IDS} comma-separated entity ids: these entities and the relationships among them`,
    [INVALID]: `must be 1 to ${MAX_EXPORT_IDS} comma-separated entity ids, none empty`,
  }),
  relations: Type.Optional(RelationTypeList),
  asOf: Type.Optional(day('Keep what was reported by the end of this day (China time)')),
});

export const EntityExportQuerySchema = queryObject({ ...fileOptions, ...neighborhoodFilters });

const exportFile = {
  description: 'The file, named in Content-Disposition',
  content: Object.fromEntries(
    EXPORT_FORMATS.map((format) => [
      EXPORT_MEDIA_TYPES[format],
      { schema: format === 'json' ? Type.Object({}, { description: 'Cytoscape.js JSON' }) : Type.String() },
    ]),
  ),
};

export const exportRoute = {
  method: 'GET' as const,
  url: '/export',
  schema: {
    summary: 'Chosen entities and the relationships among them as Cytoscape JSON, GraphML, GEXF or CSV',
    querystring: ExportQuerySchema,
    response: { 200: exportFile, ...errorResponses(...READ_ERRORS) },
  },
};

export const entityExportRoute = {
  method: 'GET' as const,
  url: '/entities/:id/export',
  schema: {
    summary: "An entity's neighbourhood (the explorer's filters) as Cytoscape JSON, GraphML, GEXF or CSV",
    params: IdParams,
    querystring: EntityExportQuerySchema,
    response: { 200: exportFile, ...errorResponses(...READ_ERRORS, 404) },
  },
};
