/**
 * The annotation format shared by the extractor, the reviewer and the loader
 * (annotation.schema.json next to this file is the authority; these types mirror it).
 * Offsets are UTF-16 code-unit indices into `article.text`, end exclusive.
 */

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'HOLDS_POSITION',
  'LOCATED_IN',
  'PART_OF',
  'MEMBER_OF',
  'PARTICIPATED_IN',
  'HELD_AT',
  'FOUNDED_AT',
  'PARTNERS_WITH',
  'FOCUSES_ON',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const LINK_RELATIONS = ['related', 'previous', 'next'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const PARTICIPATION_ROLES = ['speaker', 'launcher', 'presenter', 'attendee', 'signatory'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

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
  language: string;
  text: string;
  images?: ArticleImage[];
  links?: ArticleLink[];
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
