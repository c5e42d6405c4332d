/**
 * Reviewers' corrections: what a person may change about what the extractor produced, as data. The API
 * takes a correction input (one shape per `op`), stores a correction (the input resolved against the graph:
 * names, types and new ids written down, so it applies again the same way after every load), and the
 * export/import file holds a list of them. Every correction is addressed by stable keys (entity ids,
 * relationship ids, article id + span), never by database ids, so it finds its target after a re-load.
 */
import { type Static, type TSchema, Type } from 'typebox';
import { RELATION_TYPES } from '../../model.ts';
import {
  ApiErrorSchema,
  CLOSED,
  EntityId,
  errorResponses,
  INVALID,
  nullable,
  oneOf,
  plainText,
  queryObject,
  READ_ERRORS,
  WRITE_ERRORS,
} from './common.ts';
import { EntityTypeSchema } from './graph.ts';

export const CORRECTION_OPS = [
  'merge',
  'split',
  'rename',
  'retype',
  'reject',
  'accept',
  'respan',
  'addEntity',
  'addRelation',
  'removeRelation',
  'review',
  'undo',
] as const;

/** Character offsets in an article's text (the annotation's bound). */
export const Offset = Type.Integer({ minimum: 0, maximum: 10_000_000 });

export const TextSpanSchema = Type.Object({ start: Offset, end: Offset }, CLOSED);

/** A finer type, as the annotation writes it; null clears it. */
const Kind = nullable(
  Type.String({
    minLength: 1,
    maxLength: 40,
    pattern: '^[a-z][a-z0-9-]*$',
    [INVALID]: 'must be a kind name: lowercase letters, digits and hyphens',
  }),
);
const Name = plainText(200);
const Ids = Type.Array(EntityId, { maxItems: 1_000, uniqueItems: true });
export const RelationTypeSchema = oneOf(RELATION_TYPES);

/** One operation of the input: its `op`, an optional note (why), and its own fields. */
function op<const O extends (typeof CORRECTION_OPS)[number], P extends Record<string, TSchema>>(
  name: O,
  description: string,
  properties: P,
) {
  return Type.Object(
    { op: Type.Literal(name), note: Type.Optional(Type.String({ maxLength: 1_000 })), ...properties },
    { ...CLOSED, description },
  );
}

const INPUTS = [
  op('merge', 'Merge `entity` into `into` (the survivor); `type` is needed when their types differ', {
    entity: EntityId,
    into: EntityId,
    type: Type.Optional(EntityTypeSchema),
    kind: Type.Optional(Kind),
  }),
  op('split', 'Move the named relationships and articles of `entity` to a new entity called `name`', {
    entity: EntityId,
    /** May equal the old name: two people with one name. */
    name: Name,
    relations: Ids,
    articles: Ids,
  }),
  op('rename', 'Give an entity another name', { entity: EntityId, name: Name }),
  op('retype', 'Change type and kind', {
    entity: EntityId,
    type: EntityTypeSchema,
    kind: Type.Optional(Kind),
  }),
  op('reject', 'Not an entity: in one article, or everywhere when no article is given', {
    entity: EntityId,
    article: Type.Optional(EntityId),
  }),
  op('accept', 'Confirm an entity of an article', { entity: EntityId, article: EntityId }),
  op('respan', 'Move a mention to other offsets', {
    entity: EntityId,
    article: EntityId,
    from: TextSpanSchema,
    to: TextSpanSchema,
  }),
  op('addEntity', 'An entity the extractor missed, at the selected text', {
    article: EntityId,
    start: Offset,
    end: Offset,
    type: EntityTypeSchema,
    kind: Type.Optional(Kind),
    /** The canonical name when it differs from the selected text. */
    name: Type.Optional(Name),
  }),
  op('addRelation', 'A relationship the extractor missed, with the sentence that states it', {
    article: EntityId,
    type: RelationTypeSchema,
    from: EntityId,
    to: EntityId,
    /** The title of a HOLDS_POSITION, the role of a PARTICIPATED_IN. */
    qualifier: Type.Optional(plainText(100)),
    evidence: TextSpanSchema,
  }),
  op('removeRelation', 'Not a relationship: in one article, or everywhere when no article is given', {
    relation: EntityId,
    article: Type.Optional(EntityId),
  }),
  op('review', 'Mark an article reviewed', { article: EntityId }),
  op('undo', 'Take a correction back', { correction: EntityId }),
] as const;

const InputUnion = Type.Union([...INPUTS]);

/**
 * Any one operation, told apart by `op` (a discriminator, so a bad body is explained by the rules of the
 * operation it names rather than by every other one).
 */
export const CorrectionInputSchema = Type.Unsafe<Static<typeof InputUnion>>({
  type: 'object',
  oneOf: [...INPUTS],
  discriminator: { propertyName: 'op' },
  required: ['op'],
});

export const EntitySnapshotSchema = Type.Object(
  { id: Type.String(), type: EntityTypeSchema, kind: nullable(Type.String()), name: Type.String() },
  CLOSED,
);

const Snapshot = EntitySnapshotSchema;
const change = <const O extends (typeof CORRECTION_OPS)[number], P extends Record<string, TSchema>>(
  name: O,
  properties: P,
) => Type.Object({ op: Type.Literal(name), ...properties }, CLOSED);

const CHANGES = [
  change('merge', {
    entity: Snapshot,
    into: Snapshot,
    type: EntityTypeSchema,
    kind: nullable(Type.String()),
  }),
  change('split', {
    entity: Snapshot,
    created: Snapshot,
    relations: Type.Array(Type.String()),
    articles: Type.Array(Type.String()),
  }),
  change('rename', { entity: Snapshot, name: Type.String() }),
  change('retype', { entity: Snapshot, type: EntityTypeSchema, kind: nullable(Type.String()) }),
  change('reject', { entity: Snapshot, article: nullable(Type.String()) }),
  change('accept', { entity: Snapshot, article: Type.String() }),
  change('respan', {
    entity: Snapshot,
    article: Type.String(),
    from: TextSpanSchema,
    to: TextSpanSchema,
    text: Type.String(),
  }),
  change('addEntity', {
    article: Type.String(),
    entity: Snapshot,
    start: Offset,
    end: Offset,
    /** The selected text, checked again on every load: a changed article text makes it not applicable. */
    text: Type.String(),
  }),
  change('addRelation', {
    article: Type.String(),
    relation: Type.String(),
    type: RelationTypeSchema,
    from: Snapshot,
    to: Snapshot,
    qualifier: nullable(Type.String()),
    evidence: Type.Object({ start: Offset, end: Offset, text: Type.String() }, CLOSED),
  }),
  change('removeRelation', {
    relation: Type.String(),
    article: nullable(Type.String()),
    type: RelationTypeSchema,
    from: Snapshot,
    to: Snapshot,
    qualifier: nullable(Type.String()),
  }),
  change('review', { article: Type.String() }),
  change('undo', { correction: Type.String(), undoes: oneOf(CORRECTION_OPS) }),
] as const;

const ChangeUnion = Type.Union([...CHANGES]);

/** What a correction does, resolved when it was made (so it replays without asking the graph again). */
export const CorrectionChangeSchema = Type.Unsafe<Static<typeof ChangeUnion>>({
  type: 'object',
  oneOf: [...CHANGES],
  discriminator: { propertyName: 'op' },
  required: ['op'],
});

/**
 * applied: it changed something in at least one article; not-applicable: its target no longer appears
 * (kept, and applied again if it comes back); undone; recorded: it changes nothing by design (undo, accept).
 */
export const CORRECTION_STATUSES = ['applied', 'not-applicable', 'undone', 'recorded'] as const;

export const CorrectionSchema = Type.Object(
  {
    id: Type.String({ maxLength: 100 }),
    /** Order of application (corrections apply one after another, oldest first). */
    seq: Type.Integer({ minimum: 1 }),
    change: CorrectionChangeSchema,
    /** The label of the token that made it. */
    by: Type.String({ maxLength: 200 }),
    /** UTC ISO time. */
    at: Type.String({ format: 'date-time' }),
    note: nullable(Type.String({ maxLength: 1_000 })),
    /** The undo correction that took it back, if any. */
    undoneBy: nullable(Type.String()),
    /** Articles in which it changed something at its last application. */
    articles: Type.Array(Type.String()),
    status: oneOf(CORRECTION_STATUSES),
  },
  CLOSED,
);

export const CorrectionResultSchema = Type.Object(
  {
    correction: CorrectionSchema,
    /** Articles loaded again to apply it. */
    reloaded: Type.Array(Type.String()),
    /** Where an old id now leads (after a merge). */
    redirect: Type.Optional(Type.Object({ from: Type.String(), to: Type.String() }, CLOSED)),
  },
  CLOSED,
);

/** A 409 says what the graph holds now, so the client can show it instead of guessing. */
export const CorrectionConflictSchema = Type.Object(
  {
    ...ApiErrorSchema.properties,
    current: Type.Object(
      {
        /** The entity asked about was merged away: where it went, and by which correction. */
        entity: Type.Optional(Type.String()),
        mergedInto: Type.Optional(Type.String()),
        /** The correction that already did it (an article reviewed, a correction undone). */
        correction: Type.Optional(CorrectionSchema),
        correctionId: Type.Optional(Type.String()),
        /** Articles loaded before corrections were kept: ingest them again first. */
        missing: Type.Optional(Type.Array(Type.String())),
      },
      CLOSED,
    ),
  },
  { ...CLOSED, description: 'Conflicts with the state of the graph; `current` says what it holds now' },
);

/** `npm run corrections -- export FILE` writes this; `import FILE` reads it. */
export const CorrectionFileSchema = Type.Object(
  {
    kind: Type.Literal('guanxi-corrections'),
    version: Type.Literal(1),
    corrections: Type.Array(CorrectionSchema, { maxItems: 200_000 }),
  },
  CLOSED,
);

export const CorrectionListSchema = Type.Object(
  { corrections: Type.Array(CorrectionSchema), total: Type.Integer({ minimum: 0 }) },
  CLOSED,
);

export const CORRECTION_LIST_CEILING = 500;

export const correctRoute = {
  method: 'POST' as const,
  url: '/corrections',
  schema: {
    summary: `Correct the graph (${CORRECTION_OPS.join(', ')}), in one transaction`,
    security: [{ bearer: [] }],
    body: CorrectionInputSchema,
    response: {
      201: CorrectionResultSchema,
      ...errorResponses(...WRITE_ERRORS),
      409: CorrectionConflictSchema,
    },
  },
};

export const correctionListRoute = {
  method: 'GET' as const,
  url: '/corrections',
  schema: {
    summary: 'Corrections about an entity or an article (or all), newest first',
    querystring: queryObject({
      entity: Type.Optional(EntityId),
      article: Type.Optional(EntityId),
      limit: Type.Integer({ minimum: 1, maximum: CORRECTION_LIST_CEILING, default: 100 }),
    }),
    response: { 200: CorrectionListSchema, ...errorResponses(...READ_ERRORS) },
  },
};
