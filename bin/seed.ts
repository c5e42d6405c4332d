import { loadConfig } from '../graph/config.ts';
import { SEED_ANNOTATIONS_DIR, SEED_CORRECTIONS_DIR, seed } from '../graph/corrections/seed.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';
import { Progress } from './progress.ts';

/**
 * `npm run seed [-- FILES|DIRS]`: (re)loads annotations (default: seed/annotations, with the corrections of
 * seed/corrections; folders are walked) into the configured Neo4j, every stored correction applied. Every
 * file is checked first, then the files are streamed in batches, with a progress bar of articles and
 * relationships per second. Idempotent: running it again changes nothing.
 */
async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  const graph = await openGraph(loadConfig(), (m) => console.error(`[guanxi] ${m}`));
  try {
    let check: Progress | undefined;
    let load: Progress | undefined;
    let files = 0;
    const summary = await seed(
      graph.db,
      paths.length ? paths : [SEED_ANNOTATIONS_DIR],
      [SEED_CORRECTIONS_DIR],
      {
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
      },
    );
    check?.stop();
    load?.stop();
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
