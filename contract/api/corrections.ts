/**
 * Reviewers' corrections as types: the static side of the schemas in `schemas/corrections.ts` and `schemas/review.ts`, plus the
 * export/import file and the ingest's report. Types only, so the web app never bundles the schema library.
 */
import type { Static } from 'typebox';
import type {
  CORRECTION_OPS,
  CORRECTION_STATUSES,
  CorrectionChangeSchema,
  CorrectionConflictSchema,
  CorrectionFileSchema,
  CorrectionInputSchema,
  CorrectionListSchema,
  CorrectionResultSchema,
  CorrectionSchema,
  EntitySnapshotSchema,
  TextSpanSchema,
} from './schemas/corrections.ts';
import type {
  ReviewArticleSchema,
  ReviewEntitySchema,
  ReviewQueueItemSchema,
  ReviewQueueSchema,
  ReviewRelationSchema,
  ReviewSideSchema,
} from './schemas/review.ts';

export type CorrectionOp = (typeof CORRECTION_OPS)[number];
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
export type TextSpan = Static<typeof TextSpanSchema>;
export type CorrectionInput = Static<typeof CorrectionInputSchema>;
export type EntitySnapshot = Static<typeof EntitySnapshotSchema>;
export type CorrectionChange = Static<typeof CorrectionChangeSchema>;
export type Correction = Static<typeof CorrectionSchema>;
export type CorrectionResult = Static<typeof CorrectionResultSchema>;
export type CorrectionConflict = Static<typeof CorrectionConflictSchema>;
export type CorrectionList = Static<typeof CorrectionListSchema>;
export type ReviewQueueItem = Static<typeof ReviewQueueItemSchema>;
export type ReviewQueue = Static<typeof ReviewQueueSchema>;
export type ReviewEntity = Static<typeof ReviewEntitySchema>;
export type ReviewRelation = Static<typeof ReviewRelationSchema>;
export type ReviewSide = Static<typeof ReviewSideSchema>;
export type ReviewArticle = Static<typeof ReviewArticleSchema>;

export type CorrectionFile = Static<typeof CorrectionFileSchema>;

/** What an ingest says about the corrections it applied again. */
export interface CorrectionsReport {
  applied: number;
  notApplicable: number;
  /** The corrections that found no target, with the reason. */
  notApplicableList: { id: string; op: CorrectionOp; target: string }[];
}
