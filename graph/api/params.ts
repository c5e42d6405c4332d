import type { EntityTypeName } from '../contract/payloads.ts';
import { ENTITY_LABELS, ENTITY_RELATIONSHIPS } from '../model.ts';
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
  listParam<EntityTypeName>(value, ENTITY_LABELS, 'types');

export const relationsParam = (value: string | undefined) =>
  listParam<string>(value, ENTITY_RELATIONSHIPS, 'relations');
