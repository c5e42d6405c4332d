import { stringify } from 'csv-stringify/sync';
import { write as writeGexf } from 'graphology-gexf';
import type { ExportFormat, GraphPayload } from '../../contract/api/payloads.ts';
import { EXPORT_MEDIA_TYPES } from '../../contract/api/schemas/export.ts';
import type { CsvTable } from '../../contract/model.ts';
import { type FlatEdge, type FlatNode, flatEdge, flatNode, toGraphology } from './to-graphology.ts';
import { xmlAttr, xmlText } from './xml-escape.ts';

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
  // Written as text: building it as an XML document (xmlbuilder2) cost ~20 ms for a page of 100 nodes and
  // 400 edges, more than the database read behind it.
  const graph = toGraphology(payload);
  const keyType = (k: string) => (k === 'articleCount' || k === 'weight' ? 'double' : 'string');
  const key = (scope: 'node' | 'edge', k: string) =>
    `  <key id="${scope[0]}_${k}" for="${scope}" attr.name="${k}" attr.type="${keyType(k)}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((k) => key('node', k)),
    ...EDGE_KEYS.map((k) => key('edge', k)),
    '  <graph id="guanxi" edgedefault="directed">',
  ];
  graph.forEachNode((id, attrs) => {
    lines.push(`    <node id="${xmlAttr(id)}">`);
    for (const k of NODE_KEYS) lines.push(dataLine(`n_${k}`, String(attrs[k])));
    lines.push('    </node>');
  });
  graph.forEachEdge((id, attrs, source, target) => {
    lines.push(`    <edge id="${xmlAttr(id)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">`);
    for (const k of EDGE_KEYS) lines.push(dataLine(`e_${k}`, String(attrs[k])));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}

const dataLine = (key: string, value: string) =>
  value === '' ? `      <data key="${key}"/>` : `      <data key="${key}">${xmlText(value)}</data>`;

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
