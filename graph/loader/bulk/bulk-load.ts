import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation } from '../../../contract/annotation/types.ts';
import type { Log } from '../../runtime/launcher-build.ts';
import { importIntoStore } from '../../runtime/neo4j-import.ts';
import { ARRAY_DELIMITER } from './csv-file.ts';
import { type ImportCounts, ImportFileWriter } from './import-files.ts';

export interface BulkLoadOptions {
  /** The embedded Neo4j's data folder (GUANXI_DATA_DIR); Neo4j must not be running on it. */
  dataDir: string;
  /** The importer's heap, and the memory it may use beside it (default: sized for the machine, as Neo4j's). */
  heapMb?: number;
  pageCacheMb?: number;
  log?: Log;
  /** After each article written to the import files. */
  onArticle?: (done: number) => void;
  /** Each line the importer prints (its own progress). */
  onImportLine?: (line: string) => void;
}

/** The store of an embedded data folder, as the launcher and the importer lay it out. */
export function storePath(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

/**
 * A first load of a large corpus into an empty embedded database: the annotations are written as the bulk
 * importer's CSV files (next to the store, deleted afterwards), then `neo4j-admin database import` builds
 * the store from them. Constraints, indexes and the schema version come with the next start
 * (`applySchema`); later articles go through the transactional loader as usual.
 */
export async function bulkLoad(
  source: AsyncIterable<Annotation>,
  options: BulkLoadOptions,
): Promise<ImportCounts & { csvSeconds: number; importSeconds: number }> {
  const work = path.join(options.dataDir, 'import-files');
  await rm(work, { recursive: true, force: true });
  const started = performance.now();
  try {
    const writer = new ImportFileWriter(work);
    let done = 0;
    for await (const annotation of source) {
      await writer.add(annotation);
      options.onArticle?.(++done);
    }
    const { files, counts } = await writer.finish();
    const written = performance.now();
    options.log?.(
      `Import files written (${counts.articles} articles, ${counts.entities} entities, ${counts.facts} facts); importing…`,
    );
    await importIntoStore(options.dataDir, files, {
      arrayDelimiter: ARRAY_DELIMITER,
      ...(options.heapMb ? { heapMb: options.heapMb } : {}),
      ...(options.pageCacheMb ? { pageCacheMb: options.pageCacheMb } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(options.onImportLine ? { onLine: options.onImportLine } : {}),
    });
    return {
      ...counts,
      csvSeconds: (written - started) / 1000,
      importSeconds: (performance.now() - written) / 1000,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function hasStore(dataDir: string): boolean {
  return existsSync(storePath(dataDir));
}
