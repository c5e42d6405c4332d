import type { Core } from 'cytoscape';
import type {
  GraphNode,
  NodeTypeName,
  SnapshotCitation,
  SnapshotEdge,
  SnapshotInput,
  SnapshotNode,
} from '../../../contract/api/payloads.ts';
import { isNodeType } from '../../lib/entity-look.ts';
import { plainLabel, secondaryName } from '../../lib/names.ts';

/** The server's limits on a snapshot (graph/api/routes/snapshots.ts). */
export const SNAPSHOT_LIMITS = {
  nodes: 2_000,
  edges: 8_000,
  citations: 500,
  title: 200,
  caption: 2_000,
  id: 300,
  name: 300,
  label: 100,
  citationTitle: 500,
  source: 200,
} as const;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const round = (v: number) => Math.round(v * 10) / 10;

export interface SnapshotMeta {
  title: string;
  caption: string;
  lang: 'zh' | 'en';
  asOf: string | null;
  citations: readonly SnapshotCitation[];
  /** Names and readings of the nodes in view, when the explorer has them; else the canvas labels are used. */
  nodes?: ReadonlyMap<string, GraphNode>;
  /** The explorer URL of this view (where the snapshot's "open in guanxi" leads). */
  explorerPath?: string | null;
}

export type SnapshotResult =
  | { ok: true; input: SnapshotInput & { explorerPath?: string } }
  | { ok: false; reason: 'empty' | 'tooLarge' };

/**
 * What the canvas shows now, as a snapshot: the visible nodes at their model positions and the
 * visible edges between them, with their labels as drawn. Reads the instance; changes nothing.
 */
export function snapshotFromCy(cy: Core, meta: SnapshotMeta): SnapshotResult {
  const visible = cy.nodes(':visible');
  if (visible.empty()) return { ok: false, reason: 'empty' };
  if (visible.length > SNAPSHOT_LIMITS.nodes) return { ok: false, reason: 'tooLarge' };
  const ids = new Set<string>();
  const nodes: SnapshotNode[] = [];
  visible.forEach((n) => {
    const id = n.id();
    if (id.length > SNAPSHOT_LIMITS.id) return;
    const data = meta.nodes?.get(id);
    const [labelName = id, labelReading = null] = plainLabel(String(n.data('label') ?? id)).split('\n');
    const type = String(data?.type ?? n.data('type'));
    if (!isNodeType(type)) return;
    const kind = data?.kind ?? (n.data('kind') || null);
    const { x, y } = n.position();
    ids.add(id);
    nodes.push({
      id,
      type: type as NodeTypeName,
      kind: typeof kind === 'string' && kind ? cut(kind, 40) : null,
      name: cut(data?.name ?? labelName, SNAPSHOT_LIMITS.name),
      subtitle: (() => {
        const reading = data ? secondaryName(data) : labelReading;
        return reading ? cut(reading, SNAPSHOT_LIMITS.name) : null;
      })(),
      x: round(x),
      y: round(y),
    });
  });
  const edges: SnapshotEdge[] = [];
  cy.edges(':visible').forEach((e) => {
    const source = e.source().id();
    const target = e.target().id();
    if (!ids.has(source) || !ids.has(target) || e.id().length > SNAPSHOT_LIMITS.id) return;
    if (edges.length >= SNAPSHOT_LIMITS.edges) return;
    const weight = Number(e.data('weight'));
    edges.push({
      id: e.id(),
      type: cut(String(e.data('type') ?? ''), 40),
      source,
      target,
      label: cut(String(e.data('label') ?? ''), SNAPSHOT_LIMITS.label),
      weight: Number.isFinite(weight) && weight >= 0 ? weight : 1,
    });
  });
  const citations = meta.citations.slice(0, SNAPSHOT_LIMITS.citations).map((c) => ({
    id: cut(c.id, 100),
    title: cut(c.title, SNAPSHOT_LIMITS.citationTitle),
    source: c.source ? cut(c.source, SNAPSHOT_LIMITS.source) : null,
    publishedAt: c.publishedAt ? c.publishedAt.slice(0, 40) : null,
  }));
  return {
    ok: true,
    input: {
      title: cut(meta.title.trim(), SNAPSHOT_LIMITS.title),
      caption: cut(meta.caption.trim(), SNAPSHOT_LIMITS.caption),
      lang: meta.lang,
      asOf: meta.asOf,
      nodes,
      edges,
      citations,
      // Read by the embed for "open in guanxi" once the server stores it; dropped by the server until then.
      ...(meta.explorerPath ? { explorerPath: meta.explorerPath } : {}),
    },
  };
}
