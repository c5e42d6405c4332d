import type { ExportFormat } from '../../../../contract/api/payloads.ts';
import type { CsvTable } from '../../../../contract/model.ts';
import { apiDownload, apiUrl, type Query } from '../../../lib/api-client.ts';

/** Browsers and proxies accept request lines of about 8 KB; longer id lists fall back to the neighbourhood form. */
export const MAX_EXPORT_URL = 7000;

export type ExportScope =
  | { ids: string[] }
  | { entity: string; depth: number; types?: string[]; relations?: string[]; asOf?: string | null };

/** CSV comes as one table per file. */

export function exportQuery(scope: ExportScope, format: ExportFormat, table?: CsvTable): Query {
  if ('ids' in scope) return { ids: scope.ids, format, table };
  return {
    entity: scope.entity,
    depth: scope.depth,
    types: scope.types,
    relations: scope.relations,
    asOf: scope.asOf,
    format,
    table,
  };
}

export function exportUrlLength(scope: ExportScope, format: ExportFormat): number {
  return apiUrl('/export', exportQuery(scope, format)).length;
}

/** GET /api/export: the server renders GraphML, GEXF, CSV or JSON and names the file. */
export function exportGraph(scope: ExportScope, format: ExportFormat, table?: CsvTable) {
  const name = format === 'csv' ? `guanxi-${table ?? 'nodes'}.csv` : `guanxi.${format}`;
  return apiDownload('/export', exportQuery(scope, format, table), name);
}
