import { stringify } from 'csv-stringify/sync';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import type { ExportFormat, GraphPayload } from '../../contract/api/payloads.ts';
import { EXPORT_MEDIA_TYPES } from '../../contract/api/schemas/export.ts';
import type { CsvTable } from '../../contract/model.ts';
import { type FlatEdge, type FlatNode, flatEdge, flatNode, toGraphology } from './to-graphology.ts';

export interface ExportFile {
  contentType: string;
  extension: string;
  body: string;
}

const NODE_KEYS: (keyof FlatNode)[] = ['label', 'type', 'kind', 'aliases', 'pinyin', 'articleCount'];
const EDGE_KEYS: (keyof FlatEdge)[] = ['type', 'label', 'weight', 'firstReported', 'lastReported'];
const BOM = '\uFEFF';

/** Cytoscape.js JSON (`cy.json()` elements): what the explorer and other Cytoscape apps read. */
function cytoscapeJson(payload: GraphPayload): string {
  return JSON.stringify({
    format_version: '1.0',
    generated_by: 'guanxi',
    elements: {
      nodes: payload.nodes.map((n) => ({ data: { id: n.id, ...flatNode(n) } })),
      edges: payload.edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, ...flatEdge(e) },
      })),
    },
  });
}

/** GraphML with typed keys, as Gephi, yEd and Cytoscape desktop read it. */
function graphml(payload: GraphPayload): string {
  const graph = toGraphology(payload);
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
  });
  const keyType = (k: string) => (k === 'articleCount' || k === 'weight' ? 'double' : 'string');
  for (const k of NODE_KEYS)
    doc.ele('key', { id: `n_${k}`, for: 'node', 'attr.name': k, 'attr.type': keyType(k) });
  for (const k of EDGE_KEYS)
    doc.ele('key', { id: `e_${k}`, for: 'edge', 'attr.name': k, 'attr.type': keyType(k) });
  const g = doc.ele('graph', { id: 'guanxi', edgedefault: 'directed' });
  graph.forEachNode((id, attrs) => {
    const n = g.ele('node', { id });
    for (const k of NODE_KEYS) n.ele('data', { key: `n_${k}` }).txt(String(attrs[k]));
  });
  graph.forEachEdge((id, attrs, source, target) => {
    const e = g.ele('edge', { id, source, target });
    for (const k of EDGE_KEYS) e.ele('data', { key: `e_${k}` }).txt(String(attrs[k]));
  });
  return doc.end({ prettyPrint: true });
}

/** CSV in UTF-8 with a byte-order mark, so Excel shows Chinese; nodes and edges are separate tables. */
function csv(payload: GraphPayload, table: CsvTable): string {
  if (table === 'nodes') {
    const rows = payload.nodes.map((n) => ({ id: n.id, ...flatNode(n) }));
    return BOM + stringify(rows, { header: true, columns: ['id', ...NODE_KEYS] });
  }
  const rows = payload.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, ...flatEdge(e) }));
  return BOM + stringify(rows, { header: true, columns: ['id', 'source', 'target', ...EDGE_KEYS] });
}

export function exportGraph(
  payload: GraphPayload,
  format: ExportFormat,
  table: CsvTable = 'nodes',
): ExportFile {
  const contentType = `${EXPORT_MEDIA_TYPES[format]}; charset=utf-8`;
  switch (format) {
    case 'json':
      return { contentType, extension: 'cyjs.json', body: cytoscapeJson(payload) };
    case 'graphml':
      return { contentType, extension: 'graphml', body: graphml(payload) };
    case 'gexf':
      return { contentType, extension: 'gexf', body: writeGexf(toGraphology(payload), { pretty: true }) };
    case 'csv':
      return { contentType, extension: `${table}.csv`, body: csv(payload, table) };
  }
}
