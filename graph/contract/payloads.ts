/**
 * The JSON shapes of the HTTP API. Types only: the SPA imports this file, never server code.
 */

export type EntityTypeName = 'Person' | 'Organization' | 'Place' | 'Event' | 'Topic';
export type NodeTypeName = EntityTypeName | 'Article';

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
  /** title (HOLDS_POSITION), role (PARTICIPATED_IN), weight (number of supporting articles), firstReported. */
  properties: Record<string, string | number | boolean | null>;
  /** Ids of the articles that support it. */
  articles: string[];
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
  articles: string[];
}

export interface EntityDetail {
  entity: GraphNode;
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
  evidence: EvidenceItem[];
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
