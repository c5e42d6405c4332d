import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Annotation } from '../../contract/annotation/types.ts';
import { type ArchiveItem, ArticleArchive, archiveDir } from '../../graph/archive/archive.ts';
import { loadArchived } from '../../graph/archive/archived-load.ts';
import { clearGraph, rebuildFromArchive } from '../../graph/archive/rebuild.ts';
import { loadCorrected } from '../../graph/corrections/load-corrected.ts';
import { backupDataDir, restoreDataDir } from '../../graph/runtime/backup.ts';
import { corpusFiles, ensureCorpus } from './corpus/corpus-files.ts';
import { startBenchNeo4j } from './support/bench-neo4j.ts';

/**
 * `npm run bench -- rebuild [--entities 10000] [--rounds 3]`: on a synthetic corpus, the first load through
 * the archive (kept, then loaded) and, in interleaved rounds on an emptied database, a plain load of the
 * same annotations (the baseline) and `npm run rebuild`'s work (every annotation read back from the
 * archive and loaded); then, with Neo4j stopped, backup and restore of the data folder. Medians, ratios.
 */
const { values } = parseArgs({
  options: { entities: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' } },
});
const rounds = Number(values.rounds);
const { dir, manifest } = ensureCorpus(Number(values.entities), 1);
const files = await corpusFiles(dir);
const root = await mkdtemp(path.join(os.tmpdir(), 'guanxi-bench-rebuild-'));
const dataDir = path.join(root, 'data');
const archive = new ArticleArchive(archiveDir(dataDir));

async function* annotations(): AsyncGenerator<Annotation> {
  for (const file of files) yield JSON.parse(await readFile(file, 'utf8')) as Annotation;
}
async function* items(): AsyncGenerator<ArchiveItem> {
  for await (const annotation of annotations()) yield { annotation, name: annotation.article.id };
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

try {
  const neo4j = await startBenchNeo4j(dataDir, { fresh: false, tuning: { readyTimeoutMs: 900_000 } });
  const plain: number[] = [];
  const rebuilt: number[] = [];
  let archivedLoad: number;
  try {
    archivedLoad = await timed(() => loadArchived(neo4j.db, archive, items()));
    console.error(`archived load: ${archivedLoad.toFixed(1)} s`);
    for (let round = 1; round <= rounds; round++) {
      await clearGraph(neo4j.db);
      plain.push(await timed(() => loadCorrected(neo4j.db, annotations())));
      await clearGraph(neo4j.db);
      rebuilt.push(await timed(() => rebuildFromArchive(neo4j.db, archive)));
      console.error(
        `round ${round}: plain load ${plain.at(-1)?.toFixed(1)} s, rebuild ${rebuilt.at(-1)?.toFixed(1)} s`,
      );
    }
  } finally {
    await neo4j.close();
  }
  const backup: number[] = [];
  const restore: number[] = [];
  const file = path.join(root, 'backup.tar.gz');
  let packed = { bytes: 0, packed: 0 };
  for (let round = 1; round <= rounds; round++) {
    backup.push(await timed(async () => (packed = await backupDataDir(dataDir, file))));
    restore.push(
      await timed(async () => {
        const { previous } = await restoreDataDir(dataDir, file);
        if (previous) await rm(previous, { recursive: true, force: true });
      }),
    );
  }
  const articles = files.length;
  console.log(
    JSON.stringify(
      {
        articles,
        corpusMegabytes: Math.round(manifest.bytes / 1e6),
        rounds,
        archivedFirstLoadSeconds: Number(archivedLoad.toFixed(1)),
        plainLoadSeconds: plain.map((s) => Number(s.toFixed(1))),
        rebuildSeconds: rebuilt.map((s) => Number(s.toFixed(1))),
        medianPlainLoadSeconds: Number(median(plain).toFixed(1)),
        medianRebuildSeconds: Number(median(rebuilt).toFixed(1)),
        rebuildOverPlainLoad: Number((median(rebuilt) / median(plain)).toFixed(2)),
        archivedFirstLoadOverMedianPlain: Number((archivedLoad / median(plain)).toFixed(2)),
        rebuildArticlesPerSecond: Math.round(articles / median(rebuilt)),
        dataFolderMegabytes: Number((packed.bytes / 1e6).toFixed(1)),
        backupMegabytes: Number((packed.packed / 1e6).toFixed(1)),
        medianBackupSeconds: Number(median(backup).toFixed(1)),
        medianRestoreSeconds: Number(median(restore).toFixed(1)),
        loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
      },
      null,
      2,
    ),
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
