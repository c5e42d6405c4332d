import type { GraphDb } from '../../db/connection.ts';

/** Rewrites of a whole store after the import: hours at most, like a migration. */
const TIMEOUT_MS = 6 * 3_600_000;

/**
 * The importer cannot write an empty list (an empty array field is no property), while the loader writes
 * `[]` for lists it always sets: an article's reporters and captions, a mention's offsets, an entity's
 * aliases (every entity) and search keys (entities an article mentions). These statements put them in, so
 * a bulk-loaded graph is the graph the loader would have written.
 */
const EMPTY_LISTS = [
  `MATCH (a:Article) WHERE a.stub = false AND (a.reporters IS NULL OR a.imageCaptions IS NULL)
CALL (a) {
  SET a.reporters = coalesce(a.reporters, []), a.imageCaptions = coalesce(a.imageCaptions, [])
} IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (n:Entity)
WHERE n.aliases IS NULL
   OR (n.articleCount > 0 AND (n.pinyin IS NULL OR n.pinyinInitials IS NULL OR n.variants IS NULL))
CALL (n) {
  SET n.aliases = coalesce(n.aliases, [])
  WITH n WHERE n.articleCount > 0
  SET n.pinyin = coalesce(n.pinyin, []), n.pinyinInitials = coalesce(n.pinyinInitials, []),
      n.variants = coalesce(n.variants, [])
} IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (:Article)-[m:MENTIONS]->(:Entity) WHERE m.starts IS NULL OR m.ends IS NULL
CALL (m) {
  SET m.starts = coalesce(m.starts, []), m.ends = coalesce(m.ends, [])
} IN TRANSACTIONS OF 10000 ROWS`,
];

/** Run once on a store the bulk importer made, after the schema is applied and before anything else writes. */
export async function completeBulkLoad(db: GraphDb): Promise<void> {
  for (const statement of EMPTY_LISTS) await db.autoCommit(statement, {}, TIMEOUT_MS);
}
