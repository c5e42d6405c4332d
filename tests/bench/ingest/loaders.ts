import { validateAnnotation } from '../../../contract/annotation/validate.ts';
import type { GraphDb } from '../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../graph/loader/load-annotations.ts';
import { corpusBatches } from '../corpus/corpus-files.ts';
import { loadMergePerRow } from './merge-per-row.ts';

/** Called after each unit of work with cumulative counts; returns false to stop (time cap). */
export type OnProgress = (articles: number, relations: number) => boolean;

export interface BenchLoader {
  name: string;
  load(db: GraphDb, files: string[], onProgress: OnProgress): Promise<void>;
}

/** The project's loader as `npm run seed` uses it: validated annotations, 25 per write transaction. */
export const projectLoader: BenchLoader = {
  name: 'project loader',
  async load(db, files, onProgress) {
    let articles = 0;
    let relations = 0;
    for await (const batch of corpusBatches(files, 25)) {
      const valid = batch.map((a, i) => validateAnnotation(a, files[articles + i] ?? 'corpus'));
      await loadAnnotations(db, valid, { batchSize: 25 });
      articles += batch.length;
      relations += batch.reduce((n, a) => n + a.relations.length, 0);
      if (!onProgress(articles, relations)) return;
    }
  },
};

export const mergePerRowLoader: BenchLoader = {
  name: 'one MERGE per row',
  async load(db, files, onProgress) {
    let articles = 0;
    let relations = 0;
    for await (const batch of corpusBatches(files, 25)) {
      for (const annotation of batch) {
        await loadMergePerRow(db, annotation);
        articles += 1;
        relations += annotation.relations.length;
      }
      if (!onProgress(articles, relations)) return;
    }
  },
};
