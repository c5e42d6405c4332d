import type { Annotation } from '../../../../../contract/annotation/types.ts';

type Relation = Annotation['relations'][number];

/** An annotation of the given entity ids (typed by their prefix) and relations `[type, from, to, properties?]`. */
export function annotation(
  entities: string[],
  relations: [string, string, string, Record<string, unknown>?][],
): Annotation {
  const type = (id: string) =>
    id.startsWith('event:') ? 'Event' : id.startsWith('person:') ? 'Person' : 'Organization';
  return {
    schemaVersion: 1,
    article: {
      id: 'a',
      title: 't',
      publishedAt: null,
      source: null,
      reporters: [],
      language: 'zh',
      text: 'x',
    },
    entities: entities.map((id) => ({ id, type: type(id), name: id })),
    relations: relations.map(([relationType, from, to, properties]) => ({
      type: relationType as Relation['type'],
      from,
      to,
      ...(properties ? { properties } : {}),
      evidence: { text: 'x', start: 0, end: 1 },
    })),
  };
}
