import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { GraphDb } from '../db/connection.ts';
import { readAnnotationFiles } from './annotation-files.ts';
import { type LoadSummary, loadAnnotations } from './load-annotations.ts';

export const SEED_ANNOTATIONS_DIR = path.join(PROJECT_ROOT, 'seed', 'annotations');

export async function countArticles(db: GraphDb): Promise<number> {
  const result = await db.read<{ n: number }>('MATCH (a:Article) WHERE a.stub = false RETURN count(a) AS n');
  return result.records[0]?.get('n') ?? 0;
}

/** Loads the reviewed seed annotations when the database holds no articles yet. */
export async function seedIfEmpty(db: GraphDb, dir = SEED_ANNOTATIONS_DIR): Promise<LoadSummary | undefined> {
  if ((await countArticles(db)) > 0) return undefined;
  return loadAnnotations(db, await readAnnotationFiles([dir]));
}
