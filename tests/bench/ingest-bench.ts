import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, ensureCorpus } from './corpus/corpus-files.ts';
import { type LoadRun, markStore, runLoad, storeDir } from './ingest/bench-store.ts';
import { mergePerRowLoader, projectLoader } from './ingest/loaders.ts';
import { at } from './ingest/measure.ts';
import { BENCH_DIR } from './support/bench-dir.ts';

/**
 * `npm run bench -- ingest [--sizes 10000,100000,1000000] [--seed 1] [--cap SECONDS] [--baseline-cap SECONDS]`
 *
 * For each size: writes the synthetic corpus when it is not on disk, loads it into a fresh embedded Neo4j with
 * the project's loader (the store stays in .guanxi/bench/store-N-sS for the api benchmark), then loads the
 * same corpus into another fresh store with a one-MERGE-per-row loader for at most --baseline-cap seconds.
 * Prints relationships/s (relations of the annotations, ~30 per article), the per-article cost of the last
 * 10% against the first 10%, the JVM's CPU per article over both, and the store and transaction-log sizes.
 * With --cap, a load that runs out of time reports the rate it reached and a labelled extrapolation.
 * Each load starts after a warm-up (150 articles of another corpus, loaded and deleted).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: '1' },
    cap: { type: 'string' },
    'baseline-cap': { type: 'string', default: '120' },
    'skip-baseline': { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const seed = Number(values.seed);
const cap = values.cap ? Number(values.cap) : Number.POSITIVE_INFINITY;
const baselineCap = Number(values['baseline-cap']);

type Run = LoadRun;

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';

function row(size: number, run: Run, baseline?: Run & { sameStretchRatio: number }): string {
  const done = run.completed < 1 ? ` (capped at ${fmt(run.completed * 100, 1)}%)` : '';
  const extra = run.extrapolated
    ? ` · extrapolated: ${fmt(run.extrapolated.hours, 1)} h in all, ${fmt(run.extrapolated.relationsPerS)} rel/s on average, ${fmt(run.extrapolated.msPerArticleAtEnd)} ms/article at the end`
    : '';
  const ratio = baseline ? `${fmt(baseline.sameStretchRatio, 2)}×` : '–';
  return [
    fmt(size),
    run.loader + done,
    fmt(run.articles),
    fmt(run.seconds),
    fmt(run.articlesPerS, 1),
    fmt(run.relationsPerS),
    `${fmt(run.firstTenthMsPerArticle, 1)} → ${fmt(run.lastTenthMsPerArticle, 1)} (${fmt(run.lastOverFirst, 2)}×)`,
    `${fmt(run.jvmCpuFirstMs, 1)} → ${fmt(run.jvmCpuLastMs, 1)}`,
    `${fmt(run.storeMb)} / ${fmt(run.txLogMb)}`,
    fmt(run.maxRssMb),
    ratio,
  ]
    .join(' | ')
    .concat(extra);
}

const HEADER = [
  'entities',
  'loader',
  'articles',
  's',
  'articles/s',
  'relationships/s',
  'ms/article first→last 10%',
  'JVM CPU ms/article first→last 10%',
  'store / tx logs MB',
  'Node RSS MB',
  'speed-up over one MERGE per row',
].join(' | ');

const results: { size: number; project: Run; baseline?: Run }[] = [];
const lines = [HEADER, HEADER.replace(/[^|]+/g, '---')];
for (const size of sizes) {
  const { dir, manifest } = ensureCorpus(size, seed);
  const files = await corpusFiles(dir);
  const corpus = { articles: manifest.counts.articles, relations: manifest.counts.relations };
  console.error(
    `\n${size.toLocaleString('en')} entities: ${corpus.articles} articles, ${corpus.relations} relations`,
  );
  const project = await runLoad(projectLoader, storeDir(size, seed), files, { ...corpus, seed }, cap);
  if (project.completed === 1) await markStore(storeDir(size, seed), size, seed, project);
  let baseline: (Run & { sameStretchRatio: number }) | undefined;
  if (!values['skip-baseline']) {
    const tmp = path.join(BENCH_DIR, `baseline-${size}`);
    const run = await runLoad(mergePerRowLoader, tmp, files, { ...corpus, seed }, baselineCap);
    await rm(tmp, { recursive: true, force: true });
    // The same stretch of the corpus for both: the articles the baseline got through.
    const stretch = Math.min(run.articles, project.articles);
    const ratio = at(run.samples, stretch).ms / at(project.samples, stretch).ms;
    baseline = { ...run, sameStretchRatio: ratio };
  }
  results.push({ size, project, ...(baseline ? { baseline } : {}) });
  lines.push(row(size, project, baseline));
  if (baseline) lines.push(row(size, baseline));
  console.error(`\n${lines.join('\n')}\n`);
}
console.log(lines.join('\n'));
await mkdir(path.join(BENCH_DIR, 'results'), { recursive: true });
const file = path.join(BENCH_DIR, 'results', `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ seed, sizes, cap, baselineCap, results }, null, 2));
console.error(`results: ${file}`);
