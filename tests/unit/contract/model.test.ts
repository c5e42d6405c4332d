import { describe, expect, it } from 'vitest';
import schema from '../../../contract/annotation/annotation.schema.json' with { type: 'json' };
import { ENTITY_TYPES, isKind, kindLabel, LINK_RELATIONS, RELATION_TYPES } from '../../../contract/model.ts';

describe('the model vocabularies', () => {
  it('are the ones the annotation schema allows', () => {
    const props = schema.properties;
    expect(props.entities.items.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(props.relations.items.properties.type.enum).toEqual([...RELATION_TYPES]);
    expect(props.article.properties.links.items.properties.relation.enum).toEqual([...LINK_RELATIONS]);
  });

  it('give known kinds a label and leave other kinds, prototype keys included, without one', () => {
    expect(kindLabel('company')).toBe('Company');
    expect(kindLabel('subdistrict')).toBe('Subdistrict');
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'Company', 'shop']) {
      expect(isKind(key)).toBe(false);
      expect(kindLabel(key)).toBeUndefined();
    }
  });
});
