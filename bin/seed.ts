import { loadConfig } from '../graph/config.ts';
import { readAnnotationFiles } from '../graph/loader/annotation-files.ts';
import { loadAnnotations } from '../graph/loader/load-annotations.ts';
import { SEED_ANNOTATIONS_DIR } from '../graph/loader/seed.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';

/**
 * `npm run seed [-- FILES|DIRS]`: (re)loads reviewed annotations (default: seed/annotations) into the
 * configured Neo4j. Idempotent: running it again changes nothing.
 */
async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  const annotations = await readAnnotationFiles(paths.length ? paths : [SEED_ANNOTATIONS_DIR]);
  const graph = await openGraph(loadConfig(), (m) => console.error(`[guanxi] ${m}`));
  try {
    const summary = await loadAnnotations(graph.db, annotations, {
      onBatch: (done, total) => console.error(`[guanxi] loaded ${done}/${total} annotations`),
    });
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
