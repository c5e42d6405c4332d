import { asOfBound } from '../../contract/api/as-of.ts';
import type { EntityTypeName } from '../../contract/api/payloads.ts';
import { ENTITY_TYPES, RELATION_TYPES, type RelationType } from '../../contract/model.ts';
import { BadRequestError } from './errors.ts';

/** Comma-separated whitelisted values (`types=Person,Organization`); absent means all. */
export function listParam<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T[] {
  if (value === undefined || value.trim() === '') return [...allowed];
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new BadRequestError(
      name,
      `${name}: unknown value ${unknown.map((u) => `"${u}"`).join(', ')}; allowed: ${allowed.join(', ')}`,
    );
  }
  return items as T[];
}

export const entityTypesParam = (value: string | undefined) =>
  listParam<EntityTypeName>(value, ENTITY_TYPES, 'types');

export const relationsParam = (value: string | undefined) =>
  listParam<RelationType>(value, RELATION_TYPES, 'relations');

/** `asOf`: the UTC bound of a calendar day, null when absent; a day that does not exist is a 400. */
export function asOfParam(day: string | undefined): string | null {
  if (day === undefined || day === '') return null;
  const bound = asOfBound(day);
  if (bound === null) throw new BadRequestError('asOf', `asOf: "${day}" is not a calendar day (YYYY-MM-DD)`);
  return bound;
}

/** A calendar day, YYYY-MM-DD (read in China time where a bound is needed). */
export const DATE_PARAM = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 } as const;

export const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
} as const;
