import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from './annotation/types.ts';

/**
 * The whitelist of what may appear as a label or relationship type in Cypher text. Everything else
 * reaches Neo4j as a parameter.
 */
export const ENTITY_LABELS: readonly EntityType[] = ENTITY_TYPES;
export const ENTITY_RELATIONSHIPS: readonly RelationType[] = RELATION_TYPES;
export const ARTICLE_RELATIONSHIPS = ['MENTIONS', 'PUBLISHED_BY', 'WROTE', 'LINKS_TO'] as const;
export type ArticleRelationship = (typeof ARTICLE_RELATIONSHIPS)[number];
export type NodeLabel = EntityType | 'Article';

/** Kinds that become a second label (`:Organization:Company`); other kinds stay a property only. */
export const KIND_LABELS: Record<string, string> = {
  company: 'Company',
  government: 'Government',
  party: 'Party',
  alliance: 'Alliance',
  media: 'Media',
  institute: 'Institute',
  association: 'Association',
  province: 'Province',
  city: 'City',
  district: 'District',
  town: 'Town',
  subdistrict: 'Subdistrict',
  park: 'Park',
  zone: 'Zone',
  venue: 'Venue',
  founding: 'Founding',
  meeting: 'Meeting',
  signing: 'Signing',
  ceremony: 'Ceremony',
  forum: 'Forum',
  visit: 'Visit',
  reporter: 'Reporter',
};

export function isEntityLabel(value: string): value is EntityType {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

export function isEntityRelationship(value: string): value is RelationType {
  return (ENTITY_RELATIONSHIPS as readonly string[]).includes(value);
}

/** The relationship property that tells two relationships of one type between the same ends apart. */
export const QUALIFIER: Partial<Record<RelationType, string>> = {
  HOLDS_POSITION: 'title',
  PARTICIPATED_IN: 'role',
};
