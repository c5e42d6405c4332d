import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../contract/api/payloads.ts';
import { CSV_TABLES, type CsvTable, EXPORT_FORMATS } from '../../../contract/model.ts';
import { ErrorNotice, Spinner } from '../../components/QueryState.tsx';
import { saveBlob } from '../../lib/download.ts';
import { type ExportScope, exportGraph, exportUrlLength, MAX_EXPORT_URL } from './api/export-graph.ts';
import { exportPng, exportSvg } from './export-image.ts';

interface ExportMenuProps {
  cy: Core | null;
  /** The visible nodes, exported by id. */
  ids: readonly string[];
  /** Used when the id list is too long for a URL. */
  fallback: ExportScope | null;
}

type DataExport = { format: Exclude<ExportFormat, 'csv'> } | { format: 'csv'; table: CsvTable };

/** One entry per API format; CSV gives one per table. */
const DATA_EXPORTS = EXPORT_FORMATS.flatMap((format): DataExport[] =>
  format === 'csv' ? CSV_TABLES.map((table) => ({ format, table })) : [{ format }],
);

const labelKey = (entry: DataExport) =>
  entry.format === 'csv' ? (`export.csv.${entry.table}` as const) : (`export.${entry.format}` as const);

/** PNG and SVG from the canvas; GraphML, GEXF, CSV and JSON from the API for exactly the nodes in view. */
export function ExportMenu({ cy, ids, fallback }: ExportMenuProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      await job();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const data = (format: ExportFormat, table?: CsvTable) =>
    run(async () => {
      let scope: ExportScope = { ids: [...ids] };
      if (exportUrlLength(scope, format) > MAX_EXPORT_URL && fallback) {
        scope = fallback;
        setNote(t('export.tooMany'));
      }
      const { blob, filename } = await exportGraph(scope, format, table);
      saveBlob(blob, filename);
    });

  return (
    <details className="menu export-menu">
      <summary>{t('toolbar.export')}</summary>
      <fieldset className="menu-body">
        <legend className="visually-hidden">{t('export.title')}</legend>
        <button type="button" disabled={!cy || busy} onClick={() => cy && void run(() => exportPng(cy))}>
          {t('export.png')}
        </button>
        <button type="button" disabled={!cy || busy} onClick={() => cy && void run(() => exportSvg(cy))}>
          {t('export.svg')}
        </button>
        {DATA_EXPORTS.map((entry) => (
          <button
            key={labelKey(entry)}
            type="button"
            disabled={busy || ids.length === 0}
            onClick={() => void data(entry.format, 'table' in entry ? entry.table : undefined)}
          >
            {t(labelKey(entry))}
          </button>
        ))}
        {busy && <Spinner label={t('export.working')} />}
        {note && <p className="muted">{note}</p>}
        {error !== null && <ErrorNotice error={error} prefix={t('export.failed', { message: '' })} />}
      </fieldset>
    </details>
  );
}
