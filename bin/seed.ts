import { loadConfig } from '../graph/config.ts';
import { seed } from '../graph/loader/seed.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';

/**
 * `npm run seed [-- FILES|DIRS]`: (re)loads annotations (default: seed/annotations, with the corrections of
 * seed/corrections) into the configured Neo4j, every stored correction applied. Idempotent: running it
 * again changes nothing.
 */
async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  const graph = await openGraph(loadConfig(), (m) => console.error(`[guanxi] ${m}`));
  try {
    const summary = await seed(graph.db, ...(paths.length ? ([paths] as const) : []));
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
