import { existsSync } from 'node:fs';
import type { ArchiveItem, ArticleArchive } from '../archive/archive.ts';
import type { GuanxiConfig } from '../config.ts';
import { importCorrections } from '../corrections/apply-correction.ts';
import { readCorrectionFiles } from '../corrections/file.ts';
import { lockCorrections } from '../corrections/store.ts';
import type { GraphDb } from '../db/connection.ts';
import { annotationFiles, streamAnnotationFiles } from '../loader/annotation-files.ts';
import { completeBulkLoad } from '../loader/bulk/after-import.ts';
import { bulkLoad, hasStore } from '../loader/bulk/bulk-load.ts';
import type { ImportCounts } from '../loader/bulk/import-files.ts';
import type { Log } from '../runtime/launcher-build.ts';
import { type OpenGraph, openGraph } from '../runtime/open-graph.ts';

export class BulkSeedError extends Error {}

export interface BulkSeedProgress {
  /** Files read and validated so far, before anything is written. */
  onChecked?: (done: number, total: number) => void;
  /** Articles written to the import files so far. */
  onWritten?: (done: number, total: number) => void;
  /** Each line of the importer's own progress. */
  onImportLine?: (line: string) => void;
  /** A step begins (importing, starting Neo4j, indexing, corrections). */
  onStep?: (step: string) => void;
  /** Where the annotations and corrections are kept before the import, so a rebuild can make the graph again. */
  archive?: ArticleArchive;
}

const ARCHIVE_BATCH = 100;

export interface BulkSeedSummary extends ImportCounts {
  csvSeconds: number;
  importSeconds: number;
  /** Starting Neo4j on the new store, indexes and the lists the importer cannot write. */
  completeSeconds: number;
  /** Corrections stored, and articles reloaded with them applied. */
  corrections: { added: number; reloaded: number };
}

/** Nodes other than the schema's own bookkeeping: a store holding none is empty. */
async function contentNodes(db: GraphDb): Promise<number> {
  const result = await db.read<{ n: number }>(
    'MATCH (n) WHERE NOT n:GuanxiSchema AND NOT n:CorrectionLog RETURN count(n) AS n',
  );
  return result.records[0]?.get('n') ?? 0;
}

/**
 * A first load of a large corpus into an empty embedded database (`npm run seed -- --bulk`): every file is
 * checked, the annotations become the CSV files of Neo4j's bulk importer (graph/loader/bulk), which builds
 * the store offline; then Neo4j starts on it, the schema's constraints and indexes are built, the lists the
 * importer cannot write are put in, and corrections are stored and applied by reloading the articles they
 * touch through the corrected loader, as `npm run seed` would have. Everything later goes through the loader.
 * Returns the graph, open, with the summary.
 */
export async function bulkSeed(
  config: GuanxiConfig,
  paths: string[],
  correctionDirs: string[],
  log: Log,
  progress: BulkSeedProgress = {},
): Promise<{ graph: OpenGraph; summary: BulkSeedSummary }> {
  if (config.external) {
    throw new BulkSeedError(
      `--bulk builds the embedded database's store offline; NEO4J_URI (${config.external.uri}) is a server: load it with npm run seed without --bulk.`,
    );
  }
  if (hasStore(config.dataDir)) {
    const graph = await openGraph(config, log, {});
    const nodes = await contentNodes(graph.db).finally(() => graph.close());
    if (nodes > 0) {
      throw new BulkSeedError(
        `--bulk is for a first load into an empty database; ${config.dataDir} holds ${nodes.toLocaleString('en')} nodes. Load more with npm run seed (without --bulk).`,
      );
    }
  }
  const files = await annotationFiles(paths);
  let checked = 0;
  const pending: ArchiveItem[] = [];
  for await (const annotation of streamAnnotationFiles(files)) {
    progress.onChecked?.(++checked, files.length);
    pending.push({ annotation, name: `seed ${annotation.article.id}` });
    if (pending.length >= ARCHIVE_BATCH) await progress.archive?.record(pending.splice(0));
  }
  await progress.archive?.record(pending);
  const corrections = await readCorrectionFiles(correctionDirs.filter((d) => existsSync(d)));
  progress.onStep?.('import');
  const counts = await bulkLoad(streamAnnotationFiles(files), {
    dataDir: config.dataDir,
    ...(config.neo4j.heapMb ? { heapMb: config.neo4j.heapMb } : {}),
    ...(config.neo4j.pageCacheMb ? { pageCacheMb: config.neo4j.pageCacheMb } : {}),
    log,
    onArticle: (done) => progress.onWritten?.(done, files.length),
    ...(progress.onImportLine ? { onImportLine: progress.onImportLine } : {}),
  });
  progress.onStep?.('complete');
  const started = performance.now();
  const graph = await openGraph(config, log, {});
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
  log(`Neo4j started on the imported store, schema and indexes built in ${seconds(started)} s.`);
  try {
    const listsStarted = performance.now();
    await completeBulkLoad(graph.db);
    log(`Empty lists put in in ${seconds(listsStarted)} s.`);
    // The lock node every corrected load makes, so the graph is the one `npm run seed` leaves.
    await graph.db.writeTransaction((tx) => lockCorrections(tx, false));
    const completeSeconds = (performance.now() - started) / 1000;
    progress.onStep?.('corrections');
    const applied = corrections.length
      ? await importCorrections(graph.db, corrections, progress.archive?.journal)
      : { added: 0, known: 0, reloaded: 0 };
    return {
      graph,
      summary: {
        ...counts,
        completeSeconds,
        corrections: { added: applied.added, reloaded: applied.reloaded },
      },
    };
  } catch (error) {
    await graph.close();
    throw error;
  }
}
