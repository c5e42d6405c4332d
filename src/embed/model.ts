import { citationOf, citationsOf, MAX_CITATIONS } from '../../contract/api/citations.ts';
import type { EmbedTarget } from '../../contract/api/embed-url.ts';
import type {
  ArticleDetail,
  GraphEdge,
  GraphNode,
  GraphPayload,
  NodeTypeName,
  PathsResult,
  Snapshot,
  SnapshotCitation,
} from '../../contract/api/payloads.ts';
import { NODE_TYPES } from '../../contract/model.ts';
import { chinaDay, secondaryName, wrappableName } from '../lib/names.ts';
import { viewHref } from '../lib/view/url-codec.ts';
import type { View } from '../lib/view/view-state.ts';
import { explorerHref } from './params.ts';
import { type EmbedStrings, fill, relationLabel } from './strings.ts';

/** What the API answered for an embed target. */
export type Loaded =
  | { kind: 'entity'; neighborhood: GraphPayload; asOf: string | null; view?: View | null }
  | { kind: 'article'; detail: ArticleDetail }
  | { kind: 'path'; result: PathsResult }
  | { kind: 'view'; snapshot: Snapshot & { explorerPath?: string | null } };

export interface EmbedNode {
  id: string;
  type: NodeTypeName;
  kind: string | null;
  name: string;
  /** Pinyin or English beside the name. */
  subtitle: string | null;
  aliases: string[];
  /** Articles that mention it (live data only). */
  articleCount: number | null;
  /** Stored or computed position; absent: the layout places it. */
  x?: number;
  y?: number;
}

export interface EmbedEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  weight: number;
}

export type EmbedLayout = 'preset' | 'concentric' | 'cose';

/** Everything an embed page draws: graph, caption, citations and where "open in guanxi" goes. */
export interface EmbedModel {
  title: string;
  caption: string;
  /** "As of …" or "Snapshot of …". */
  badge: string | null;
  /** Said below the caption (e.g. only part of a large network is shown). */
  note: string | null;
  nodes: EmbedNode[];
  edges: EmbedEdge[];
  /** Emphasised nodes: the entity, or the ends of a path. */
  focus: string[];
  layout: EmbedLayout;
  citations: SnapshotCitation[];
  openHref: string;
  /** Live data: edge evidence may be read from the API; frozen views show only what they stored. */
  live: boolean;
}

/** Live embeds of a view up to this many nodes are laid out by force (cose), larger ones in rings. */
const VIEW_COSE_LIMIT = 200;
const PATH_COLUMN = 190;
const PATH_ROW = 90;

function liveNode(n: GraphNode): EmbedNode {
  return {
    id: n.id,
    type: n.type,
    kind: n.kind,
    name: n.name,
    subtitle: secondaryName(n),
    aliases: n.aliases,
    articleCount: n.type === 'Article' ? null : n.articleCount,
  };
}

function liveEdge(e: GraphEdge, s: EmbedStrings): EmbedEdge {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    label: relationLabel(s, e.type, e.properties),
    weight: Number(e.properties.weight ?? 1),
  };
}

/** Nodes and edges of a payload, each once; edges whose ends are missing are left out. */
function liveGraph(payloads: GraphPayload[], s: EmbedStrings): { nodes: EmbedNode[]; edges: EmbedEdge[] } {
  const nodes = new Map<string, EmbedNode>();
  const edges = new Map<string, EmbedEdge>();
  for (const p of payloads) for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, liveNode(n));
  for (const p of payloads)
    for (const e of p.edges)
      if (!edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, liveEdge(e, s));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Paths read left to right: a node's column is its place along the first path that visits it; nodes
 * sharing a column are stacked and centred. Positions are computed, so paths need no layout run.
 */
export function pathPositions(
  paths: readonly { nodeIds: readonly string[] }[],
): Map<string, { x: number; y: number }> {
  const columns: string[][] = [];
  const placed = new Set<string>();
  for (const path of paths) {
    path.nodeIds.forEach((id, i) => {
      if (placed.has(id)) return;
      placed.add(id);
      const ids = columns[i] ?? [];
      ids.push(id);
      columns[i] = ids;
    });
  }
  const out = new Map<string, { x: number; y: number }>();
  columns.forEach((ids, i) => {
    for (const [row, id] of ids.entries())
      out.set(id, { x: i * PATH_COLUMN, y: (row - (ids.length - 1) / 2) * PATH_ROW });
  });
  return out;
}

const RING_FIRST = 130;
const RING_STEP = 85;
const RING_SPACING = 75;

/**
 * A neighbourhood as rings around its centre: neighbours grouped by type (then by how connected they
 * are), filling the inner ring first; each ring holds as many as fit at RING_SPACING. Computed, so a
 * live entity embed needs no layout run, and a hub's hundred members form a disc, not one huge ring.
 */
export function ringPositions(
  centre: string,
  nodes: readonly Pick<EmbedNode, 'id' | 'type'>[],
  edges: readonly Pick<EmbedEdge, 'source' | 'target'>[],
): Map<string, { x: number; y: number }> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const typeOrder = (t: NodeTypeName) => NODE_TYPES.indexOf(t);
  const others = nodes
    .filter((n) => n.id !== centre)
    .sort(
      (a, b) =>
        typeOrder(a.type) - typeOrder(b.type) ||
        (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const out = new Map<string, { x: number; y: number }>([[centre, { x: 0, y: 0 }]]);
  let placed = 0;
  for (let ring = 0; placed < others.length; ring++) {
    const radius = RING_FIRST + ring * RING_STEP;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / RING_SPACING));
    const count = Math.min(capacity, others.length - placed);
    // Stagger rings so spokes do not line up.
    const offset = -Math.PI / 2 + (ring % 2) * (Math.PI / Math.max(count, 1));
    for (let i = 0; i < count; i++) {
      const node = others[placed + i];
      if (!node) continue;
      const angle = offset + (2 * Math.PI * i) / count;
      out.set(node.id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) });
    }
    placed += count;
  }
  return out;
}

/** Pure: the API's answer, in the UI language, as what the embed page shows. */
export function buildModel(loaded: Loaded, target: EmbedTarget, s: EmbedStrings): EmbedModel {
  switch (loaded.kind) {
    case 'entity': {
      const { neighborhood, asOf, view } = loaded;
      const graph = liveGraph([neighborhood], s);
      const id = target.kind === 'entity' ? target.id : '';
      const positions = ringPositions(id, graph.nodes, graph.edges);
      for (const n of graph.nodes) Object.assign(n, positions.get(n.id) ?? {});
      const centre = graph.nodes.find((n) => n.id === id);
      const name = centre?.name ?? id;
      const href = explorerHref(target);
      return {
        ...graph,
        title: name,
        caption: fill(s.entityCaption, { name }),
        badge: asOf ? fill(s.asOf, { date: asOf }) : null,
        note: neighborhood.truncated ? s.truncated : null,
        focus: centre ? [centre.id] : [],
        // A view reaches beyond one entity's neighbours: rings around it would hide how.
        layout: view && graph.nodes.length <= VIEW_COSE_LIMIT ? 'cose' : 'preset',
        // Filled in when the entity's articles arrive (after the first frame).
        citations: [],
        openHref: view ? viewHref(view) : asOf ? `${href}?asOf=${asOf}` : href,
        live: true,
      };
    }
    case 'article': {
      const { article, graph: payload } = loaded.detail;
      const graph = liveGraph([payload], s);
      return {
        ...graph,
        title: article.title,
        caption: s.articleCaption,
        badge: null,
        note: payload.truncated ? s.truncated : null,
        focus: [],
        layout: graph.nodes.length > 60 ? 'concentric' : 'cose',
        citations: [citationOf(article)],
        openHref: explorerHref(target),
        live: true,
      };
    }
    case 'path': {
      const { result } = loaded;
      const paths = result.paths;
      const graph = liveGraph(
        paths.length
          ? paths.map((p) => p.graph)
          : [{ nodes: [result.from, result.to], edges: [], truncated: false }],
        s,
      );
      const positions = pathPositions(paths.length ? paths : [{ nodeIds: [result.from.id, result.to.id] }]);
      for (const n of graph.nodes) Object.assign(n, positions.get(n.id) ?? {});
      const names = { from: result.from.name, to: result.to.name };
      return {
        ...graph,
        title: `${result.from.name} → ${result.to.name}`,
        caption: fill(paths.length ? s.pathCaption : s.noPath, names),
        badge: null,
        note: null,
        focus: [result.from.id, result.to.id],
        layout: 'preset',
        citations: citationsOf(
          paths.flatMap((p) => p.steps.flatMap((step) => step.evidence.map((e) => e.article))),
        ),
        openHref: explorerHref(target),
        live: true,
      };
    }
    case 'view': {
      const snap = loaded.snapshot;
      return {
        title: snap.title,
        caption: snap.caption,
        badge: [
          fill(s.frozen, { date: chinaDay(snap.createdAt) ?? '' }),
          snap.asOf ? fill(s.asOf, { date: snap.asOf }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
        note: null,
        nodes: snap.nodes.map((n) => ({
          id: n.id,
          type: n.type,
          kind: n.kind,
          name: n.name,
          subtitle: n.subtitle,
          aliases: [],
          articleCount: null,
          x: n.x,
          y: n.y,
        })),
        edges: snap.edges.map((e) => ({ ...e })),
        focus: [],
        layout: 'preset',
        citations: snap.citations.slice(0, MAX_CITATIONS),
        openHref: explorerHref(target, snap.explorerPath),
        live: false,
      };
    }
  }
}

/** The node's label on the canvas: its name, and in English its reading beneath. */
export function nodeLabel(node: Pick<EmbedNode, 'name' | 'subtitle'>, withReading: boolean): string {
  const name = wrappableName(node.name);
  if (!withReading || !node.subtitle || node.subtitle === node.name) return name;
  const reading = node.subtitle.length > 26 ? `${node.subtitle.slice(0, 25)}…` : node.subtitle;
  return `${name}\n${reading}`;
}
