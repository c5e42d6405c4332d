/**
 * The JSON shapes of the HTTP API. Types only: the SPA imports this file, never server code.
 */

import type { EntityType, ExportFormat, NodeType } from '../model.ts';

export type EntityTypeName = EntityType;
export type NodeTypeName = NodeType;
export type { ExportFormat };

export interface GraphNode {
  id: string;
  type: NodeTypeName;
  kind: string | null;
  name: string;
  aliases: string[];
  pinyin: string | null;
  nameEn: string | null;
  properties: Record<string, string | number | boolean>;
  /** Articles that mention it (entities) or 0 (articles). */
  articleCount: number;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  /**
   * title (HOLDS_POSITION), role (PARTICIPATED_IN), weight (the number of supporting articles), firstReported
   * and lastReported (UTC ISO times of the earliest and latest of them). The sentences behind an edge come
   * from `/api/edges/:id/evidence`.
   */
  properties: Record<string, string | number | boolean | null>;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  /** When truncated: how many neighbours were left out, by node type. */
  omitted?: Partial<Record<NodeTypeName, number>>;
}

export interface SearchHit {
  id: string;
  type: EntityTypeName;
  kind: string | null;
  name: string;
  /** The alias, pinyin or variant that matched when it was not the name. */
  matched: string | null;
  articleCount: number;
  score: number;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  groups: { type: EntityTypeName; count: number }[];
}

export interface ArticleRef {
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
}

export interface Position {
  title: string;
  organization: { id: string; name: string; type: NodeTypeName };
  /** How many articles report it. */
  articleCount: number;
}

export interface EntityDetail {
  entity: GraphNode;
  names: EntityNames;
  positions: Position[];
  relationCounts: Record<string, number>;
  articles: ArticleRef[];
}

export interface EvidenceItem {
  article: ArticleRef;
  text: string;
  start: number;
  end: number;
}

export interface EdgeEvidence {
  edge: GraphEdge;
  /** Newest article first, at most the `limit` asked for. */
  evidence: EvidenceItem[];
  /** How many articles support the edge in all. */
  total: number;
}

export interface Stats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: 'up' | 'down';
  version: string;
}

export interface ApiError {
  error: string;
  message: string;
  parameter?: string;
}

/** Every way an entity is written: for the details panel and for search. */
export interface EntityNames {
  pinyin: string[];
  initials: string[];
  traditional: string[];
  english: string | null;
}

export interface PathStep {
  edge: GraphEdge;
  /** The entity this step leaves from and arrives at, in path order (edges may point backwards). */
  from: string;
  to: string;
  /** The newest few supporting sentences (the edge's weight says how many articles there are in all). */
  evidence: EvidenceItem[];
}

export interface FoundPath {
  length: number;
  /** Node ids in order from `from` to `to`. */
  nodeIds: string[];
  graph: GraphPayload;
  steps: PathStep[];
}

export interface PathsResult {
  from: GraphNode;
  to: GraphNode;
  paths: FoundPath[];
  /** True when the search stopped at its time or size bound before it could prove there are no more paths. */
  bounded: boolean;
}

export interface ArticleListItem extends ArticleRef {
  reporters: string[];
  stub: boolean;
  /** With a full-text query (`q`): where the words occur in the text. */
  snippet?: Snippet;
}

/** A piece of an article's text around a hit, with the hits marked (offsets into `text`). */
export interface Snippet {
  text: string;
  marks: [number, number][];
  /** Text was left out before or after the piece. */
  before: boolean;
  after: boolean;
}

export interface ArticleList {
  items: ArticleListItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ArticleLinkOut {
  relation: 'related' | 'previous' | 'next';
  title: string;
  date: string | null;
  url: string | null;
  /** The linked article: a stub (title and date only) until it is ingested. */
  article: ArticleRef & { stub: boolean };
}

export interface ArticleMention {
  entityId: string;
  name: string;
  type: EntityTypeName;
  kind: string | null;
  start: number;
  end: number;
}

export interface ArticleFull extends ArticleListItem {
  site: string | null;
  url: string | null;
  language: string;
  text: string;
  images: { file?: string; caption?: string; credit?: string }[];
}

export interface ArticleDetail {
  article: ArticleFull;
  mentions: ArticleMention[];
  links: ArticleLinkOut[];
  graph: GraphPayload;
}

export interface SharedCoverage {
  article: ArticleRef;
  score: number;
  sharedEntities: { id: string; name: string; type: EntityTypeName }[];
}

export interface RelatedArticles {
  links: ArticleLinkOut[];
  shared: SharedCoverage[];
}

export type Direction = 'out' | 'in';

/** One relationship of an entity seen from it: the other end and how the relationship reads. */
export interface RelationshipRow {
  edge: GraphEdge;
  /** `out`: the entity is the source (李红珍 → 任职 → 组织部); `in`: it is the target. */
  direction: Direction;
  other: GraphNode;
}

/**
 * An entity at a glance, cheap even for a hub with thousands of neighbours: how many relationships of
 * each type and direction (from the node's degree counts), how many neighbours of each type, and one
 * page of its strongest relationships.
 */
export interface EntitySummary {
  entity: GraphNode;
  relations: { type: string; direction: Direction; count: number }[];
  neighbourTypes: { type: EntityTypeName; count: number }[];
  /** False when the neighbour types were counted over only the first relationships (a very large hub). */
  neighbourTypesExact: boolean;
  /** The page asked for: relationships by weight (most supporting articles first), then name. */
  rows: RelationshipRow[];
  /** How many relationships match the page's filter (relation type and direction). */
  total: number;
  offset: number;
  nextOffset: number | null;
}

export interface TopEntity {
  id: string;
  type: EntityTypeName;
  kind: string | null;
  name: string;
  pinyin: string | null;
  nameEn: string | null;
  /** Relationships to other entities. */
  degree: number;
  articleCount: number;
}

/** The corpus at a glance, for the start page. */
export interface CorpusOverview {
  /** Real articles (ingested, with text). */
  articles: number;
  /** Articles known only from links on other pages (title and date), not yet ingested. */
  stubs: number;
  latest: ArticleListItem[];
  /** Real articles by month of publication (China time), oldest first. */
  byMonth: { month: string; count: number }[];
  /** Real articles by source, most first. */
  bySource: { source: string; count: number }[];
  /** The people and organisations with the most relationships. */
  connected: { people: TopEntity[]; organizations: TopEntity[] };
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age?: number;
}

/** A frozen view for embedding: what the journalist saw, with positions, so it needs no layout. */
export interface SnapshotNode {
  id: string;
  type: NodeTypeName;
  kind: string | null;
  name: string;
  /** Pinyin or English shown beside the name. */
  subtitle: string | null;
  x: number;
  y: number;
}

export interface SnapshotEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  weight: number;
}

export interface SnapshotCitation {
  id: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
}

export interface SnapshotInput {
  title: string;
  caption: string;
  lang: 'zh' | 'en';
  /** YYYY-MM-DD or null. */
  asOf: string | null;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  citations: SnapshotCitation[];
}

export interface Snapshot extends SnapshotInput {
  id: string;
  createdAt: string;
}

export interface SnapshotCreated {
  id: string;
  /** Path of the embed page, e.g. /embed/view/abc123. */
  embedPath: string;
}
