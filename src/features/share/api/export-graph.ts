import type { ExportFormat } from '../../../../contract/api/payloads.ts';
import type { CsvTable } from '../../../../contract/model.ts';
import { apiDownload, apiUrl, type Query } from '../../../lib/api-client.ts';

/** Browsers and proxies accept request lines of about 8 KB; longer id lists fall back to the neighbourhood form. */
export const MAX_EXPORT_URL = 7000;

export type ExportScope =
  | { ids: string[] }
  | { entity: string; depth: number; types?: string[]; relations?: string[]; asOf?: string | null };

/** The export's path and query: chosen ids, or an entity's neighbourhood. CSV comes as one table per file. */
export function exportRequest(
  scope: ExportScope,
  format: ExportFormat,
  table?: CsvTable,
): { path: string; query: Query } {
  if ('ids' in scope) return { path: '/export', query: { ids: scope.ids, format, table } };
  return {
    path: `/entities/${encodeURIComponent(scope.entity)}/export`,
    query: {
      depth: scope.depth,
      types: scope.types,
      relations: scope.relations,
      asOf: scope.asOf,
      format,
      table,
    },
  };
}

export function exportUrlLength(scope: ExportScope, format: ExportFormat): number {
  const { path, query } = exportRequest(scope, format);
  return apiUrl(path, query).length;
}

/** GET /api/export or /api/entities/:id/export: the server renders GraphML, GEXF, CSV or JSON and names the file. */
export function exportGraph(scope: ExportScope, format: ExportFormat, table?: CsvTable) {
  const name = format === 'csv' ? `guanxi-${table ?? 'nodes'}.csv` : `guanxi.${format}`;
  const { path, query } = exportRequest(scope, format, table);
  return apiDownload(path, query, name);
}
