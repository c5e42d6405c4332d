/**
 * Building blocks of the route schemas: one schema library (TypeBox) yields the JSON schema that
 * validates requests and fills the OpenAPI document, and the static type the server and the web app
 * use, so the three cannot disagree.
 */
import { type TObject, type TProperties, type TSchema, Type } from 'typebox';
import { ENTITY_TYPES, RELATION_TYPES } from '../../model.ts';

/** A string from a fixed list, typed as the list's union. */
export function oneOf<const T extends string>(values: readonly T[], options: { description?: string } = {}) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options } as TSchema);
}

export function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** Response objects say everything they hold: a property the document does not name is a bug. */
export const CLOSED = { additionalProperties: false } as const;

/**
 * No control characters (C0, DEL, C1) and no bidirectional embeddings, overrides or isolates in names,
 * ids and queries: none occurs in a real name, and bidi controls can make one name look like another.
 */
export const PLAIN_TEXT = '^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$';

/**
 * The sentence a 400 gives when a value breaks a pattern or format, which the validator's own message
 * ("must match pattern …") does not explain. An OpenAPI extension keyword: validators and the document
 * carry it along.
 */
export const INVALID = 'x-invalid';

export const plainText = (maxLength: number, minLength = 1, description?: string) =>
  Type.String({
    minLength,
    maxLength,
    pattern: PLAIN_TEXT,
    [INVALID]: 'must not contain control characters or bidirectional formatting characters',
    ...(description ? { description } : {}),
  });

/** Entity, edge and article ids as they appear in paths and queries. */
export const EntityId = plainText(300);

/** A calendar day that exists (`2023-13-45` and `0000-00-00` do not), read in China time where a bound is needed. */
export const day = (description = 'A calendar day, YYYY-MM-DD') =>
  Type.String({
    format: 'date',
    pattern: '^(?!0000)\\d{4}-\\d{2}-\\d{2}$',
    maxLength: 10,
    description,
    [INVALID]: 'is not a calendar day (YYYY-MM-DD)',
  });

const listOf = (values: readonly string[]) => {
  const item = `(?:${values.join('|')})`;
  return `^${item}(?:,${item})*$`;
};

/** Comma-separated entity types, e.g. `Person,Organization`; absent means all. */
export const EntityTypeList = Type.String({
  maxLength: 200,
  pattern: listOf(ENTITY_TYPES),
  description: `Comma-separated, from ${ENTITY_TYPES.join(', ')}; absent means all`,
  [INVALID]: `must be comma-separated values from ${ENTITY_TYPES.join(', ')}`,
});

/** Comma-separated relationship types; absent means all. */
export const RelationTypeList = Type.String({
  maxLength: 400,
  pattern: listOf(RELATION_TYPES),
  description: `Comma-separated, from ${RELATION_TYPES.join(', ')}; absent means all`,
  [INVALID]: `must be comma-separated values from ${RELATION_TYPES.join(', ')}`,
});

export const IdParams = Type.Object({ id: EntityId }, CLOSED);

/**
 * Query parameters: a parameter with a default is optional for the client (the document says so and
 * validation fills it in), while the handler's type has it, since it always arrives filled in.
 */
export function queryObject<P extends TProperties>(properties: P): TObject<P> {
  const schema = Type.Object(properties);
  const writable = schema as { required?: string[] };
  const required = (writable.required ?? []).filter((key) => !('default' in (properties[key] ?? {})));
  if (required.length > 0) writable.required = required;
  else delete writable.required;
  return schema;
}

/** What every error answer says: a code, a sentence naming the problem, and the request id the log line carries. */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'writes_disabled',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'database_unavailable',
  'not_implemented',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorSchema = Type.Object(
  {
    error: oneOf(ERROR_CODES),
    message: Type.String(),
    /** The parameter, body field or file the message is about. */
    parameter: Type.Optional(Type.String()),
    /** Also in the server's log line for this request. */
    requestId: Type.String(),
  },
  CLOSED,
);

const WHY: Record<number, string> = {
  400: 'A parameter or the body is not valid; `parameter` names it',
  401: 'The write token is missing or wrong',
  403: 'Writes are off (the server has no GUANXI_API_TOKEN)',
  404: 'Not found',
  409: 'Conflicts with the state of the server',
  413: 'The body is larger than this endpoint accepts',
  415: 'The body has a content type this endpoint does not read',
  429: 'Too many requests from this client; see Retry-After',
  503: 'The graph database is not reachable, timed out or is busy; see Retry-After',
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/** The error answers a route can give, each with the error body. */
export function errorResponses<const S extends readonly ErrorStatus[]>(...statuses: S) {
  const out = {} as { [K in S[number]]: typeof ApiErrorSchema };
  for (const status of statuses) {
    (out as Record<number, unknown>)[status] = { ...ApiErrorSchema, description: WHY[status] };
  }
  return out;
}

/**
 * An entity merged into another by a reviewer: the same request about the survivor (old URLs and embeds
 * still open). No body.
 */
export const MOVED = {
  307: Type.Null({
    description: 'The entity was merged into another; `Location` is the same request about the survivor',
    headers: { location: Type.String() },
  }),
};

/** Every read can meet a bad parameter, a rate limit or a database that is away. */
export const READ_ERRORS = [400, 429, 503] as const;
/** Writes add the token and the body. */
export const WRITE_ERRORS = [400, 401, 403, 413, 415, 429, 503] as const;
