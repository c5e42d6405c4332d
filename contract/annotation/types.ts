/**
 * The annotation format shared by the extractor, the reviewer and the loader
 * (annotation.schema.json next to this file is the authority; these types mirror it).
 * Offsets are UTF-16 code-unit indices into `article.text`, end exclusive.
 */

import type { EntityType, LinkRelation, RelationType } from '../model.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ArticleImage {
  file?: string;
  caption?: string;
  credit?: string;
}

export interface ArticleLink {
  title: string;
  date?: string | null;
  url?: string | null;
  relation: LinkRelation;
}

export interface AnnotatedArticle {
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  site?: string | null;
  reporters: string[];
  url?: string | null;
  /** The page it was read from, hashed (`pageFingerprint`): another article with the same fingerprint is replaced by this one. */
  fingerprint?: string;
  language: string;
  text: string;
  images?: ArticleImage[];
  links?: ArticleLink[];
  /** What the parser guessed instead of reading it (`title from the first sentence`, `publishedAt from the URL`). */
  warnings?: string[];
}

export interface AnnotatedEntity {
  id: string;
  type: EntityType;
  kind?: string;
  name: string;
  aliases?: string[];
  properties?: Record<string, unknown>;
  mentions?: Span[];
}

export interface Evidence extends Span {
  text: string;
}

export interface AnnotatedRelation {
  type: RelationType;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: Evidence;
  confidence?: number;
}

export interface Annotation {
  schemaVersion: 1;
  article: AnnotatedArticle;
  entities: AnnotatedEntity[];
  relations: AnnotatedRelation[];
  review?: { status?: 'draft' | 'reviewed'; by?: string; at?: string };
}

/** One article of an upload after extraction: its validated annotation, or why it was skipped (the others go on). */
export type ArticleOutcome = { ok: true; annotation: Annotation } | { ok: false; reason: string };
