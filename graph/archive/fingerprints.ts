import { formatByExtension, holdsRecords } from '../../contract/annotation/input-formats.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import type { GraphDb } from '../db/connection.ts';
import type { ArchiveEntry, ArticleArchive } from './archive.ts';

/**
 * The fingerprint the parser gives the article of an archived entry, when the archive alone tells it: a page
 * file of one article is fingerprinted by its bytes, whose sha256 the archive keeps it under. Records of a
 * crawl file (`crawl.ndjson record 12`) and annotations sent as such do not tell it.
 */
export function archivedFingerprint(entry: ArchiveEntry): string | null {
  if (!entry.source || / record \d+$/.test(entry.name) || holdsRecords(formatByExtension(entry.name)))
    return null;
  return entry.source.slice(0, 24);
}

const ROWS_PER_WRITE = 5_000;

const MARKED = `OPTIONAL MATCH (s:GuanxiSchema {id: "schema"}) RETURN s.fingerprintsFromArchive AS done`;
const MARK = `MATCH (s:GuanxiSchema {id: "schema"}) SET s.fingerprintsFromArchive = datetime()`;
const SET_FINGERPRINTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.fingerprint IS NULL
SET a.fingerprint = row.fingerprint
RETURN count(a) AS set`;

/**
 * Once per graph: articles loaded before fingerprints existed get the one their archived page file gives, so
 * ingesting those pages again with a parser that reads them differently replaces them instead of adding a
 * second copy. Returns how many articles got one.
 */
export async function fingerprintArchivedArticles(db: GraphDb, archive: ArticleArchive): Promise<number> {
  if ((await db.read(MARKED)).records[0]?.get('done')) return 0;
  const { entries } = await archive.entries();
  const rows = entries.flatMap((entry) => {
    const fingerprint = archivedFingerprint(entry);
    return fingerprint ? [{ id: entry.article, fingerprint }] : [];
  });
  let set = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_WRITE) {
    const result = await db.write(SET_FINGERPRINTS, { rows: rows.slice(i, i + ROWS_PER_WRITE) });
    set += Number(result.records[0]?.get('set') ?? 0);
  }
  await db.write(MARK);
  return set;
}

/** An archived annotation with the fingerprint its entry tells, when it was archived before it had one. */
export function withArchivedFingerprint(annotation: Annotation, entry: ArchiveEntry): Annotation {
  if (annotation.article.fingerprint) return annotation;
  const fingerprint = archivedFingerprint(entry);
  return fingerprint ? { ...annotation, article: { ...annotation.article, fingerprint } } : annotation;
}
