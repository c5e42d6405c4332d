import {
  ENTITY_TYPES,
  KINDS,
  kindLabel,
  RELATION_TYPES,
  RESERVED_PROPERTIES,
  RESERVED_RELATIONSHIP_PROPERTIES,
} from '../../contract/model.ts';

/**
 * The model's vocabulary as the launcher's write procedure reads it (`-Dguanxi.vocabulary`, Vocabulary.java):
 * the labels, types and reserved names it accepts, written once in contract/model.ts.
 */
export function launcherVocabularyOption(): string {
  const lists = {
    entities: ENTITY_TYPES,
    kinds: Object.values(KINDS)
      .flat()
      .map((kind) => kindLabel(kind))
      .filter((label): label is string => label !== undefined),
    relations: RELATION_TYPES,
    reservedNode: RESERVED_PROPERTIES,
    reservedRelationship: RESERVED_RELATIONSHIP_PROPERTIES,
  };
  const value = Object.entries(lists)
    .map(([name, list]) => `${name}=${list.join(',')}`)
    .join(';');
  return `-Dguanxi.vocabulary=${value}`;
}
