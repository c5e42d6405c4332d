/**
 * The model's vocabularies, each written once: what every part (pipeline, graph service, web app) names
 * the same way. It is also the whitelist of what may appear as a label or relationship type in Cypher
 * text; everything else reaches Neo4j as a parameter. Browser-safe (no Node built-ins).
 */

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Node types the API answers with: the entity types and articles, in the order views list them. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

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

export const ARTICLE_RELATIONSHIPS = ['MENTIONS', 'PUBLISHED_BY', 'WROTE', 'LINKS_TO'] as const;
export type ArticleRelationship = (typeof ARTICLE_RELATIONSHIPS)[number];

export const LINK_RELATIONS = ['related', 'previous', 'next'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const PARTICIPATION_ROLES = ['speaker', 'launcher', 'presenter', 'attendee', 'signatory'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/**
 * Finer types the graph knows. Each becomes a second label (`:Organization:Company`, `:Place:District`);
 * a kind outside this list (the annotation's list is open) stays a property only. The web app names every
 * kind listed here in both languages.
 */
export const KINDS = {
  Person: ['reporter', 'correspondent', 'photographer', 'editor'],
  Organization: ['company', 'government', 'party', 'alliance', 'media', 'institute', 'association', 'school'],
  Place: [
    'country',
    'province',
    'city',
    'county',
    'district',
    'town',
    'subdistrict',
    'village',
    'community',
    'park',
    'zone',
    'venue',
  ],
  Event: ['founding', 'meeting', 'signing', 'ceremony', 'forum', 'visit'],
  Topic: [],
} as const satisfies Record<EntityType, readonly string[]>;
export type Kind = (typeof KINDS)[EntityType][number];

const KIND_SET: ReadonlySet<string> = new Set(Object.values(KINDS).flat());

export function isKind(value: string): value is Kind {
  return KIND_SET.has(value);
}

/** The label a known kind adds (`company` → `Company`), or undefined for kinds outside the list. */
export function kindLabel(kind: string): string | undefined {
  return isKind(kind) ? kind.charAt(0).toUpperCase() + kind.slice(1) : undefined;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export type NodeLabel = EntityType | 'Article';

/** The relationship property that tells two relationships of one type between the same ends apart. */
export const QUALIFIER: Partial<Record<RelationType, string>> = {
  HOLDS_POSITION: 'title',
  PARTICIPATED_IN: 'role',
};

/**
 * The counter of an entity's distinct neighbours of all types together (the sum of the per-type ones),
 * kept by the loader in the same write: a path search checks it at every node it visits.
 */
export const NEIGHBOUR_TOTAL_PROPERTY = 'neighbours';

/**
 * Node properties the graph sets itself: an annotation's `properties` cannot set them, and the API shows
 * them as fields of their own (with `nameEn`), never inside a node's `properties`.
 */
export const RESERVED_PROPERTIES = [
  'id',
  'name',
  'aliases',
  'kind',
  'pinyin',
  'pinyinInitials',
  'variants',
  'createdAt',
  'updatedAt',
  'text',
  'titleKey',
  // Counters the loader keeps: articles that mention the entity, distinct neighbours of each entity type
  // and of all types together.
  'articleCount',
  ...ENTITY_TYPES.map((type) => neighbourCountProperty(type)),
  NEIGHBOUR_TOTAL_PROPERTY,
] as const;

/** The counter of an entity's distinct neighbours of one type (`neighboursPerson`…), kept by the loader. */
export function neighbourCountProperty(type: EntityType): `neighbours${EntityType}` {
  return `neighbours${type}`;
}

/**
 * Relationship properties the graph sets itself on entity-to-entity relationships: the stable id, the
 * number of supporting articles (`weight`), the first and last time one of them was published (UTC ISO),
 * the ids of both ends (indexed with `weight`, so the strongest relationships of a hub are an index seek).
 */
export const RESERVED_RELATIONSHIP_PROPERTIES = [
  'id',
  'weight',
  'firstReported',
  'lastReported',
  'fromId',
  'toId',
  'createdAt',
] as const;

/** Properties an annotation may set that the API moves out of `properties` into a field of their own. */
export const FIELD_PROPERTIES = [...RESERVED_PROPERTIES, 'nameEn'] as const;

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_TABLES = ['nodes', 'edges'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
