import type { Annotation } from '../../../contract/annotation/types.ts';
import { isEntityType, isRelationType, kindLabel, QUALIFIER } from '../../../contract/model.ts';
import type { GraphDb } from '../../../graph/db/connection.ts';
import { relationId } from '../../../graph/loader/prepare.ts';

/**
 * The baseline a batched loader is measured against: one transaction per article and one MERGE statement
 * per row (the article, each entity, each mention, each relation), as a first loader would be written.
 * It writes the same nodes and relationships with their counters, without the evidence lists.
 */
export async function loadMergePerRow(db: GraphDb, annotation: Annotation): Promise<void> {
  const { article } = annotation;
  await db.writeTransaction(async (tx) => {
    await tx.run(
      `MERGE (a:Article {id: $id}) SET a.title = $title, a.text = $text, a.stub = false,
         a.publishedAt = CASE WHEN $publishedAt IS NULL THEN null ELSE datetime($publishedAt) END`,
      { id: article.id, title: article.title, text: article.text, publishedAt: article.publishedAt },
    );
    for (const entity of annotation.entities) {
      if (!isEntityType(entity.type)) continue;
      const kind = entity.kind ? kindLabel(entity.kind) : undefined;
      await tx.run(
        `MERGE (n:Entity {id: $id}) SET n:${entity.type}${kind ? `:${kind}` : ''}, n.name = $name, n.aliases = $aliases`,
        { id: entity.id, name: entity.name, aliases: entity.aliases ?? [] },
      );
      await tx.run(
        'MATCH (a:Article {id: $article}), (n:Entity {id: $id}) MERGE (a)-[m:MENTIONS]->(n) SET m.count = $count',
        { article: article.id, id: entity.id, count: entity.mentions?.length ?? 1 },
      );
    }
    for (const relation of annotation.relations) {
      if (!isRelationType(relation.type)) continue;
      const props = primitive(relation.properties);
      const id = relationId(relation.type, relation.from, relation.to, props[QUALIFIER[relation.type] ?? '']);
      await tx.run(
        `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
         MERGE (a)-[r:${relation.type} {id: $id}]->(b)
         SET r += $props, r.weight = coalesce(r.weight, 0) + 1`,
        { from: relation.from, to: relation.to, id, props },
      );
    }
  });
}

function primitive(
  properties: Record<string, unknown> | undefined,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[key] = value;
  }
  return out;
}
