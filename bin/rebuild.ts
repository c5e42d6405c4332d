import { ArticleArchive, archiveDir } from '../graph/archive/archive.ts';
import { type RebuildProgress, rebuildFromArchive } from '../graph/archive/rebuild.ts';
import { ConfigError, loadConfig } from '../graph/config.ts';
import { Neo4jStartError } from '../graph/runtime/errors.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';
import { Progress } from './progress.ts';

/**
 * npm run rebuild: deletes the graph in Neo4j (the embedded one in GUANXI_DATA_DIR, or NEO4J_URI) and makes
 * it again from GUANXI_DATA_DIR/archive alone (the corrections kept there, then every article's latest
 * annotation), with a progress bar. Stop `npm start` first: one process owns the data folder. A data
 * folder whose database files were lost gets a new, empty database that this fills.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const archive = new ArticleArchive(archiveDir(config.dataDir));
  const { entries } = await archive.entries();
  if (entries.length === 0) {
    console.error(`[guanxi] ${archive.dir} holds no article: nothing to rebuild from.`);
    return 1;
  }
  const started = performance.now();
  const graph = await openGraph(config, (m) => console.error(`[guanxi] ${m}`));
  let phase: RebuildProgress['phase'] | undefined;
  let bar: Progress | undefined;
  try {
    const summary = await rebuildFromArchive(graph.db, archive, {
      onProgress: (progress) => {
        if (progress.phase !== phase) {
          bar?.stop();
          phase = progress.phase;
          bar =
            phase === 'clear'
              ? new Progress('clear', progress.total, 'nodes')
              : new Progress('load ', progress.total, 'articles', ['relationships']);
        }
        bar?.update(
          progress.done,
          progress.phase === 'load' ? { relationships: progress.relations ?? 0 } : {},
        );
      },
    });
    bar?.stop();
    console.log(JSON.stringify({ ...summary, seconds: (performance.now() - started) / 1000 }, null, 2));
    if (summary.unreadable > 0)
      console.error(`[guanxi] ${summary.unreadable} line(s) of the archive's index could not be read.`);
    return 0;
  } finally {
    bar?.stop();
    await graph.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const known = error instanceof Neo4jStartError || error instanceof ConfigError;
    console.error(known || error instanceof Error ? `[guanxi] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
