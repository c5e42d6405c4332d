import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../contract/annotation/types.ts';
import type { ArticleArchive } from '../archive/archive.ts';
import { loadArchived } from '../archive/archived-load.ts';
import { PROJECT_ROOT } from '../config.ts';
import { importCorrections } from '../corrections/apply-correction.ts';
import { readCorrectionFiles } from '../corrections/file.ts';
import type { CorrectedLoadSummary } from '../corrections/load-corrected.ts';
import type { GraphDb } from '../db/connection.ts';
import { annotationFiles, streamAnnotationFiles } from '../loader/annotation-files.ts';
import type { LoadProgress } from '../loader/load-annotations.ts';

export const SEED_ANNOTATIONS_DIR = path.join(PROJECT_ROOT, 'seed', 'annotations');
/** The seed's review, as corrections to what the extractor said (never a hand-edited annotation). */
export const SEED_CORRECTIONS_DIR = path.join(PROJECT_ROOT, 'seed', 'corrections');

export async function countArticles(db: GraphDb): Promise<number> {
  const result = await db.read<{ n: number }>('MATCH (a:Article) WHERE a.stub = false RETURN count(a) AS n');
  return result.records[0]?.get('n') ?? 0;
}

export interface SeedProgress {
  /** Files read and validated so far, before anything is written. */
  onChecked?: (done: number, total: number) => void;
  /** After each committed batch. */
  onProgress?: (progress: LoadProgress) => void;
  /** Where the annotations and corrections are kept first, so a rebuild can make the graph again. */
  archive?: ArticleArchive;
}

/**
 * Loads annotation files (default: the seed's) with their corrections. Every file is read and validated
 * first, so a bad one stops the load before a single write; then the files are read again as they are
 * loaded, in batches, so memory stays flat however many there are.
 */
export async function seed(
  db: GraphDb,
  annotationDirs = [SEED_ANNOTATIONS_DIR],
  correctionDirs = [SEED_CORRECTIONS_DIR],
  progress: SeedProgress = {},
): Promise<CorrectedLoadSummary> {
  const files = await annotationFiles(annotationDirs);
  let checked = 0;
  for await (const _ of streamAnnotationFiles(files)) progress.onChecked?.(++checked, files.length);
  const corrections = await readCorrectionFiles(correctionDirs.filter((d) => existsSync(d)));
  if (corrections.length) await importCorrections(db, corrections, progress.archive?.journal);
  return loadArchived(db, progress.archive, archiveItems(streamAnnotationFiles(files)), {
    ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
  });
}

async function* archiveItems(annotations: AsyncIterable<Annotation>) {
  for await (const annotation of annotations) yield { annotation, name: `seed ${annotation.article.id}` };
}

/** Seeds when the database holds no articles yet. */
export async function seedIfEmpty(
  db: GraphDb,
  dir = SEED_ANNOTATIONS_DIR,
  archive?: ArticleArchive,
): Promise<CorrectedLoadSummary | undefined> {
  if ((await countArticles(db)) > 0) return undefined;
  return seed(db, [dir], undefined, archive ? { archive } : {});
}
