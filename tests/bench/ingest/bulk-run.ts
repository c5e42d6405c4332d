import { rm } from 'node:fs/promises';
import { Progress } from '../../../bin/progress.ts';
import { loadConfig } from '../../../graph/config.ts';
import { bulkSeed } from '../../../graph/seeding/bulk-seed.ts';
import { storeSize } from '../support/store-size.ts';

export interface BulkRun {
  loader: string;
  articles: number;
  seconds: number;
  csvSeconds: number;
  importSeconds: number;
  completeSeconds: number;
  articlesPerS: number;
  relationsPerS: number;
  storeMb: number;
  txLogMb: number;
}

/**
 * The bulk first load (`npm run seed -- --bulk`, without corrections) of a corpus into a fresh data folder:
 * import files, Neo4j's importer, then starting Neo4j on the store with its constraints, indexes and the
 * lists the importer cannot write. Relationships/s counts the corpus's relations over all of it, as the
 * loader's figure does.
 */
export async function runBulk(
  dataDir: string,
  files: string[],
  corpus: { articles: number; relations: number },
): Promise<BulkRun> {
  await rm(dataDir, { recursive: true, force: true });
  const config = loadConfig({ ...process.env, NEO4J_URI: '', GUANXI_DATA_DIR: dataDir });
  let bar: Progress | undefined;
  const started = performance.now();
  const { graph, summary } = await bulkSeed(config, files, [], (m) => console.error(`[bulk] ${m}`), {
    onWritten: (n) => {
      bar ??= new Progress('bulk csv          ', corpus.articles, 'articles');
      bar.update(n);
    },
    onStep: (step) => {
      bar?.stop();
      console.error(`[bulk] ${step}…`);
    },
  });
  await graph.close();
  const seconds = (performance.now() - started) / 1000;
  const size = await storeSize(dataDir);
  return {
    loader: 'bulk (neo4j-admin import)',
    articles: summary.articles,
    seconds,
    csvSeconds: summary.csvSeconds,
    importSeconds: summary.importSeconds,
    completeSeconds: summary.completeSeconds,
    articlesPerS: summary.articles / seconds,
    relationsPerS: corpus.relations / seconds,
    storeMb: size.store / 1e6,
    txLogMb: size.txLogs / 1e6,
  };
}
