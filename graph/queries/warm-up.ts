import { ENTITY_TYPES, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphRepository } from './repository.ts';

/**
 * Runs each kind of read once so Neo4j has planned the queries before the first person waits for
 * them (a cold JVM plans each Cypher statement in seconds, a warm one in milliseconds).
 */
export async function warmUp(repository: GraphRepository): Promise<void> {
  const types = [...ENTITY_TYPES];
  const relations = [...RELATION_TYPES];
  // The start page asks for this first.
  await repository.overview();
  const { hits } = await repository.search({ q: '区', types, limit: 5 });
  // The full-text read, and the pinyin syllables a typed word is read as (made once, a fifth of a second).
  await repository.search({ q: 'zhengfu', types, limit: 5 });
  const id = hits[0]?.id;
  await repository.articles({ limit: 20 });
  if (!id) return;
  await Promise.all([
    repository.entity(id),
    repository.neighborhood({ id, depth: 1, types, relations, limit: 100, asOf: null }),
    repository.entitySummary({ id, relations, direction: null, limit: 20, offset: 0 }),
  ]);
  const last = hits.at(-1)?.id;
  if (last && last !== id)
    await repository.paths({ from: id, to: last, maxLength: 4, limit: 3, viaArticles: false });
}
