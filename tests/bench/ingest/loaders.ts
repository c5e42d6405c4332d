import type { GraphDb } from '../../../graph/db/connection.ts';
import { streamAnnotationFiles } from '../../../graph/loader/annotation-files.ts';
import { loadAnnotationStream } from '../../../graph/loader/load-annotations.ts';
import { corpusBatches } from '../corpus/corpus-files.ts';
import { loadMergePerRow } from './merge-per-row.ts';

/** Called after each unit of work with cumulative counts; returns false to stop (time cap). */
export type OnProgress = (articles: number, relations: number) => boolean;

export interface BenchLoader {
  name: string;
  load(db: GraphDb, files: string[], onProgress: OnProgress): Promise<void>;
}

/** The project's loader as `npm run seed` uses it: files read and validated as they are loaded, in batches. */
export const projectLoader: BenchLoader = {
  name: 'project loader',
  async load(db, files, onProgress) {
    let stop = false;
    async function* source() {
      for await (const annotation of streamAnnotationFiles(files)) {
        if (stop) return;
        yield annotation;
      }
    }
    await loadAnnotationStream(db, source(), {
      onProgress: (p) => {
        if (!onProgress(p.articles, p.relations)) stop = true;
      },
    });
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
