import { asOfBound } from '../../contract/api/as-of.ts';
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../../contract/model.ts';
import { BadRequestError } from './errors.ts';

/**
 * Comma-separated lists of whitelisted values (`types=Person,Organization`), already checked against
 * the route schema's pattern; absent means all.
 */
const list = <T extends string>(value: string | undefined, all: readonly T[]): T[] =>
  value === undefined ? [...all] : (value.split(',') as T[]);

export const entityTypesParam = (value: string | undefined) => list<EntityType>(value, ENTITY_TYPES);

export const relationsParam = (value: string | undefined) => list<RelationType>(value, RELATION_TYPES);

/** `asOf`: the UTC bound of a day the route schema has checked, or null when absent. */
export function asOfParam(day: string | undefined): string | null {
  if (day === undefined) return null;
  const bound = asOfBound(day);
  if (bound === null) throw new BadRequestError('asOf', 'asOf is not a calendar day (YYYY-MM-DD)');
  return bound;
}
