/**
 * The JSON shapes of the HTTP API, as TypeScript types. Each is the static side of a route schema in
 * `schemas/` (the same objects validate requests and fill the OpenAPI document). Types only: the web app
 * imports this file and never pulls the schema library into its bundle.
 */
import type { Static } from 'typebox';
import type { EntityType, ExportFormat, NodeType } from '../model.ts';
import type {
  ArticleDetailSchema,
  ArticleFullSchema,
  ArticleLinkOutSchema,
  ArticleListItemSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  ArticleMentionSchema,
  RelatedArticlesSchema,
  SharedCoverageSchema,
  SnippetSchema,
} from './schemas/articles.ts';
import type { ApiErrorSchema, ErrorCode } from './schemas/common.ts';
import type {
  EdgeEvidenceSchema,
  EntityDetailSchema,
  EntityNamesSchema,
  NeighborhoodQuerySchema,
  PositionSchema,
} from './schemas/entities.ts';
import type { EntityExportQuerySchema, ExportQuerySchema } from './schemas/export.ts';
import type {
  ArticleRefSchema,
  EvidenceItemSchema,
  GraphEdgeSchema,
  GraphNodeSchema,
  GraphPayloadSchema,
} from './schemas/graph.ts';
import type {
  IngestFailureSchema,
  IngestJobSchema,
  IngestResultSchema,
  IngestSummarySchema,
  PreviewSchema,
} from './schemas/ingest.ts';
import type { HealthSchema, StatsSchema } from './schemas/meta.ts';
import type { OEmbedQuerySchema, OEmbedResponseSchema } from './schemas/oembed.ts';
import type {
  FoundPathSchema,
  PathStepSchema,
  PathsQuerySchema,
  PathsResultSchema,
} from './schemas/paths.ts';
import type { SearchHitSchema, SearchQuerySchema, SearchResultSchema } from './schemas/search.ts';
import type {
  SnapshotCitationSchema,
  SnapshotCreatedSchema,
  SnapshotEdgeSchema,
  SnapshotInputSchema,
  SnapshotNodeSchema,
  SnapshotSchema,
} from './schemas/snapshots.ts';
import type {
  CorpusOverviewSchema,
  DIRECTIONS,
  EntitySummarySchema,
  RelationshipRowSchema,
  TopEntitySchema,
} from './schemas/summary.ts';

export type EntityTypeName = EntityType;
export type NodeTypeName = NodeType;
export type { ErrorCode, ExportFormat };

export type GraphNode = Static<typeof GraphNodeSchema>;
export type GraphEdge = Static<typeof GraphEdgeSchema>;
export type GraphPayload = Static<typeof GraphPayloadSchema>;
export type ArticleRef = Static<typeof ArticleRefSchema>;
export type EvidenceItem = Static<typeof EvidenceItemSchema>;

export type SearchQuery = Static<typeof SearchQuerySchema>;
export type SearchHit = Static<typeof SearchHitSchema>;
export type SearchResult = Static<typeof SearchResultSchema>;

export type EntityNames = Static<typeof EntityNamesSchema>;
export type Position = Static<typeof PositionSchema>;
export type EntityDetail = Static<typeof EntityDetailSchema>;
export type EdgeEvidence = Static<typeof EdgeEvidenceSchema>;
export type NeighborhoodQuery = Static<typeof NeighborhoodQuerySchema>;

export type PathsQuery = Static<typeof PathsQuerySchema>;
export type PathStep = Static<typeof PathStepSchema>;
export type FoundPath = Static<typeof FoundPathSchema>;
export type PathsResult = Static<typeof PathsResultSchema>;

export type ArticleListQuery = Static<typeof ArticleListQuerySchema>;
export type ArticleListItem = Static<typeof ArticleListItemSchema>;
export type ArticleList = Static<typeof ArticleListSchema>;
export type ArticleLinkOut = Static<typeof ArticleLinkOutSchema>;
export type ArticleMention = Static<typeof ArticleMentionSchema>;
export type ArticleFull = Static<typeof ArticleFullSchema>;
export type ArticleDetail = Static<typeof ArticleDetailSchema>;
export type SharedCoverage = Static<typeof SharedCoverageSchema>;
export type RelatedArticles = Static<typeof RelatedArticlesSchema>;
export type Snippet = Static<typeof SnippetSchema>;

export type Direction = (typeof DIRECTIONS)[number];
export type RelationshipRow = Static<typeof RelationshipRowSchema>;
export type EntitySummary = Static<typeof EntitySummarySchema>;
export type TopEntity = Static<typeof TopEntitySchema>;
export type CorpusOverview = Static<typeof CorpusOverviewSchema>;

export type ExportQuery = Static<typeof ExportQuerySchema>;
export type EntityExportQuery = Static<typeof EntityExportQuerySchema>;

export type OEmbedQuery = Static<typeof OEmbedQuerySchema>;
export type OEmbedResponse = Static<typeof OEmbedResponseSchema>;

export type SnapshotNode = Static<typeof SnapshotNodeSchema>;
export type SnapshotEdge = Static<typeof SnapshotEdgeSchema>;
export type SnapshotCitation = Static<typeof SnapshotCitationSchema>;
export type SnapshotInput = Static<typeof SnapshotInputSchema>;
export type Snapshot = Static<typeof SnapshotSchema>;
export type SnapshotCreated = Static<typeof SnapshotCreatedSchema>;

export type Health = Static<typeof HealthSchema>;
export type Stats = Static<typeof StatsSchema>;
export type ApiError = Static<typeof ApiErrorSchema>;

export type IngestSummary = Static<typeof IngestSummarySchema>;
export type IngestFailure = Static<typeof IngestFailureSchema>;
export type IngestResult = Static<typeof IngestResultSchema>;
export type IngestPreview = Static<typeof PreviewSchema>;
export type IngestJob = Static<typeof IngestJobSchema>;
