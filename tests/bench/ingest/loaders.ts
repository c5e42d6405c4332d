import path from 'node:path';
import type { GraphDb, Transaction } from '../../../graph/db/connection.ts';
import { streamAnnotationFiles } from '../../../graph/loader/annotation-files.ts';
import { loadAnnotationStream } from '../../../graph/loader/load-annotations.ts';
import type { startEmbeddedNeo4j } from '../../../graph/runtime/embedded-neo4j.ts';
import { corpusBatches } from '../corpus/corpus-files.ts';
import { loadMergePerRow } from './merge-per-row.ts';

/** Called after each unit of work with cumulative counts; returns false to stop (time cap). */
export type OnProgress = (articles: number, relations: number) => boolean;

export interface BenchLoader {
  name: string;
  /** How its Neo4j is started, when not this checkout's way (another checkout's launcher). */
  startNeo4j?: typeof startEmbeddedNeo4j;
  /** Returns how the loader wrote (`LoadSummary.writePath`), when it says. */
  load(db: GraphDb, files: string[], onProgress: OnProgress): Promise<string | undefined>;
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
    const summary = await loadAnnotationStream(db, source(), {
      onProgress: (p) => {
        if (!onProgress(p.articles, p.relations)) stop = true;
      },
    });
    return summary.writePath;
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
      if (!onProgress(articles, relations)) return 'one MERGE per row';
    }
    return 'one MERGE per row';
  },
};

/**
 * The loader of another checkout of the project (e.g. `git worktree add /tmp/before main~1`), run the way
 * `projectLoader` runs this one's, on a Neo4j started by that checkout's launcher (so a change to the launcher's
 * procedure is compared too): the baseline of a change to the loader, measured in the same run.
 */
export async function checkoutLoader(root: string): Promise<BenchLoader> {
  const loaderDir = path.resolve(root, 'graph', 'loader');
  const files = (await import(path.join(loaderDir, 'annotation-files.ts'))) as {
    streamAnnotationFiles: typeof streamAnnotationFiles;
  };
  const load = (await import(path.join(loaderDir, 'load-annotations.ts'))) as {
    loadAnnotationStream: typeof loadAnnotationStream;
  };
  const runtime = (await import(path.resolve(root, 'graph', 'runtime', 'embedded-neo4j.ts'))) as {
    startEmbeddedNeo4j: typeof startEmbeddedNeo4j;
  };
  return {
    name: `loader of ${path.basename(path.resolve(root))}`,
    startNeo4j: runtime.startEmbeddedNeo4j,
    async load(graphDb, paths, onProgress) {
      // This checkout's GraphDb waits for the full-text indexes after every write unless told not to; a loader
      // of a checkout from before that option would then wait after every batch, which this one does not (it
      // waits once, at the end): its batches are written without the wait, and it waits once after them too.
      const db: GraphDb = Object.create(graphDb, {
        writeTransaction: {
          value: <R>(work: (tx: Transaction) => Promise<R>, timeoutMs?: number) =>
            graphDb.writeTransaction(work, timeoutMs, { searchable: false }),
        },
      });
      let stop = false;
      async function* source() {
        for await (const annotation of files.streamAnnotationFiles(paths)) {
          if (stop) return;
          yield annotation;
        }
      }
      try {
        // A checkout from before 2026-12-06's summary field does not say.
        const summary: { writePath?: string } = await load.loadAnnotationStream(db, source(), {
          onProgress: (p) => {
            if (!onProgress(p.articles, p.relations)) stop = true;
          },
        });
        return summary.writePath ?? 'not said';
      } finally {
        await graphDb.awaitSearchable();
      }
    },
  };
}
