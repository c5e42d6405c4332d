import { parseArgs } from 'node:util';
import { ArticleArchive, archiveDir } from '../graph/archive/archive.ts';
import { type GuanxiConfig, loadConfig } from '../graph/config.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';
import { bulkSeed } from '../graph/seeding/bulk-seed.ts';
import { SEED_ANNOTATIONS_DIR, SEED_CORRECTIONS_DIR, seed } from '../graph/seeding/seed.ts';
import { Progress } from './progress.ts';

/**
 * `npm run seed [-- [--bulk] FILES|DIRS]`: (re)loads annotations (default: seed/annotations, with the
 * corrections of seed/corrections; folders are walked) into the configured Neo4j, every stored correction
 * applied. Every file is checked first, then the files are streamed in batches, with a progress bar of
 * articles and relationships per second; annotations and corrections are kept in GUANXI_DATA_DIR/archive first
 * (so `npm run rebuild` can make the graph again). Idempotent: running it again changes nothing.
 *
 * `--bulk`: a first load into an empty embedded database through Neo4j's bulk importer (offline, many
 * times faster for a large archive); it refuses a database that holds a graph. Later loads: without --bulk.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { bulk: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const paths = positionals.length ? positionals : [SEED_ANNOTATIONS_DIR];
  const log = (m: string) => console.error(`[guanxi] ${m}`);
  const config = loadConfig();
  const archive = new ArticleArchive(archiveDir(config.dataDir));
  if (values.bulk) return bulk(config, archive, paths, log);
  const graph = await openGraph(config, log);
  try {
    let check: Progress | undefined;
    let load: Progress | undefined;
    let files = 0;
    const summary = await seed(graph.db, paths, [SEED_CORRECTIONS_DIR], {
      archive,
      onChecked: (n, total) => {
        check ??= new Progress('check', total, 'files');
        files = n;
        check.update(n);
      },
      onProgress: (p) => {
        check?.stop();
        load ??= new Progress('load ', files, 'articles', ['relationships']);
        load.update(p.articles, { relationships: p.relations });
      },
    });
    check?.stop();
    load?.stop();
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await graph.close();
  }
}

async function bulk(
  config: GuanxiConfig,
  archive: ArticleArchive,
  paths: string[],
  log: (m: string) => void,
): Promise<void> {
  let bar: Progress | undefined;
  let current = '';
  const stage = (name: string, total: number, unit: string) => {
    if (current === name) return bar as Progress;
    bar?.stop();
    current = name;
    bar = new Progress(name, total, unit);
    return bar;
  };
  const started = performance.now();
  const { graph, summary } = await bulkSeed(config, paths, [SEED_CORRECTIONS_DIR], log, {
    archive,
    onChecked: (n, total) => stage('check', total, 'files').update(n),
    onWritten: (n, total) => stage('csv  ', total, 'articles').update(n),
    onImportLine: (line) => {
      // The importer's stages, "(1/4) Node import …", each with its percentage on lines of dots.
      const step = /^\((\d)\/(\d)\) (.+?) \d{4}-\d\d-\d\d/.exec(line);
      if (step) stage(`import ${step[1]}/${step[2]} ${step[3]}`, 100, '%');
      const percent = /^[-.\s]+\s(\d+)%/.exec(line);
      if (percent && current.startsWith('import')) bar?.update(Number(percent[1]));
    },
    onStep: (step) => {
      bar?.stop();
      current = '';
      if (step === 'complete')
        log('Starting Neo4j on the imported store: constraints, indexes, empty lists…');
      if (step === 'corrections') log('Storing corrections and reloading the articles they touch…');
    },
  });
  bar?.stop();
  await graph.close();
  const seconds = (performance.now() - started) / 1000;
  const relationships = summary.facts + summary.supports + summary.mentions;
  console.log(
    JSON.stringify(
      { ...summary, seconds, relationshipsPerSecond: Math.round(relationships / seconds) },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
