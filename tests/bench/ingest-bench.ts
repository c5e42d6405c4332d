import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, ensureCorpus } from './corpus/corpus-files.ts';
import { type LoadRun, markStore, runLoad, storeDir } from './ingest/bench-store.ts';
import { type BulkRun, runBulk } from './ingest/bulk-run.ts';
import { checkoutLoader, mergePerRowLoader, projectLoader } from './ingest/loaders.ts';
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
 * Each load starts after a warm-up (150 articles of another corpus, loaded and deleted); the second half of each
 * load is also reported alone (the JIT compilers' first minutes left out), with the CPU of the JVM's Bolt workers,
 * which run the loader's statements and commits and nothing else.
 *
 * `--bulk` also runs the bulk first load (`npm run seed -- --bulk`: import files, neo4j-admin import, Neo4j
 * started on the store with its indexes) into another fresh store, and prints its rate beside the loader's
 * with the ratio. `--skip-project` leaves the loader out (a size it would take hours for); the bulk-loaded
 * store then becomes the api benchmark's store of that size (the same graph, as its integration test shows).
 *
 * `--before DIR` also loads each corpus with the loader of another checkout of the project (the baseline of
 * a change to the loader), `--rounds N` times each, alternating which goes first, and prints the medians of
 * both and their ratio.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: '1' },
    cap: { type: 'string' },
    'baseline-cap': { type: 'string', default: '120' },
    'skip-baseline': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    'skip-project': { type: 'boolean', default: false },
    before: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const seed = Number(values.seed);
const cap = values.cap ? Number(values.cap) : Number.POSITIVE_INFINITY;
const baselineCap = Number(values['baseline-cap']);
const rounds = Number(values.rounds);
const before = values.before ? await checkoutLoader(values.before) : undefined;
const started = new Date().toISOString().replace(/[:.]/g, '-');
/** `--profile`: where a load's flight recording and its summary go (PREFIX.jfr, PREFIX.txt). */
async function profile(label: string): Promise<string | undefined> {
  if (!values.profile) return undefined;
  await mkdir(path.join(BENCH_DIR, 'results'), { recursive: true });
  return path.join(BENCH_DIR, 'results', `profile-${started}-${label}`);
}

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
    `${run.loader} (${run.writePath})${done}`,
    fmt(run.articles),
    fmt(run.seconds),
    fmt(run.articlesPerS, 1),
    fmt(run.relationsPerS),
    `${fmt(run.firstTenthMsPerArticle, 1)} → ${fmt(run.lastTenthMsPerArticle, 1)} (${fmt(run.lastOverFirst, 2)}×)`,
    `${fmt(run.jvmCpuFirstMs, 1)} → ${fmt(run.jvmCpuLastMs, 1)}`,
    `${fmt(run.steady.relationsPerS)} · ${fmt(run.steady.msPerArticle, 1)} · ${fmt(run.steady.jvmCpuMs, 1)} / ${fmt(run.steady.boltCpuMs, 1)} / ${fmt(run.steady.nodeCpuMs, 1)}`,
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
  'second half: relationships/s · ms/article · JVM / Bolt worker / Node CPU ms/article',
  'store / tx logs MB',
  'Node RSS MB',
  'speed-up over one MERGE per row',
].join(' | ');

const summaries: string[] = [];
/** The JVM's CPU per article over the whole load. */
const jvmCpuPerArticle = (run: Run) => {
  const first = run.samples[0];
  const last = run.samples.at(-1);
  return first && last?.articles ? ((last.jvmCpuS - first.jvmCpuS) * 1000) / last.articles : Number.NaN;
};
const results: { size: number; project?: Run; baseline?: Run; bulk?: BulkRun }[] = [];
const lines = [HEADER, HEADER.replace(/[^|]+/g, '---')];
const bulkLines = [
  'entities | loader | articles | s (import files / importer / start, indexes, lists) | articles/s | relationships/s | store / tx logs MB | speed-up over the loader',
  '---|---|---|---|---|---|---|---',
];
for (const size of sizes) {
  const { dir, manifest } = ensureCorpus(size, seed);
  const files = await corpusFiles(dir);
  const corpus = { articles: manifest.counts.articles, relations: manifest.counts.relations };
  console.error(
    `\n${size.toLocaleString('en')} entities: ${corpus.articles} articles, ${corpus.relations} relations`,
  );
  let project: Run | undefined;
  if (before) {
    const runs = { after: [] as Run[], before: [] as Run[] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const side of order) {
        const loader = side === 'after' ? projectLoader : before;
        const dir = side === 'after' ? storeDir(size, seed) : path.join(BENCH_DIR, `before-${size}`);
        const run = await runLoad(
          loader,
          dir,
          files,
          { ...corpus, seed },
          cap,
          await profile(`${size}-${side}-${round + 1}`),
        );
        runs[side].push(run);
        lines.push(row(size, run));
        if (side === 'after' && run.completed === 1) await markStore(dir, size, seed, run);
      }
    }
    await rm(path.join(BENCH_DIR, `before-${size}`), { recursive: true, force: true });
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
    const rate = (side: Run[]) => median(side.map((r) => r.relationsPerS));
    const cpu = (side: Run[]) => median(side.map(jvmCpuPerArticle));
    const steady = (side: Run[], key: keyof Run['steady']) => median(side.map((r) => r.steady[key]));
    const change = (label: string, b: number, a: number, digits = 1) =>
      `${label} ${fmt(b, digits)} → ${fmt(a, digits)} (${fmt(a / b, 2)}×)`;
    const summary = [
      `${fmt(size)} entities, medians of ${rounds} round(s), ${before.name} → this checkout`,
      change('relationships/s', rate(runs.before), rate(runs.after), 0),
      change('JVM CPU ms/article', cpu(runs.before), cpu(runs.after)),
      `second half: ${change('relationships/s', steady(runs.before, 'relationsPerS'), steady(runs.after, 'relationsPerS'), 0)}`,
      change('JVM CPU ms/article', steady(runs.before, 'jvmCpuMs'), steady(runs.after, 'jvmCpuMs')),
      change('Bolt worker CPU ms/article', steady(runs.before, 'boltCpuMs'), steady(runs.after, 'boltCpuMs')),
      change('Node CPU ms/article', steady(runs.before, 'nodeCpuMs'), steady(runs.after, 'nodeCpuMs')),
    ].join('; ');
    summaries.push(summary);
    console.error(`\n${lines.join('\n')}\n\n${summary}\n`);
    project = runs.after.at(-1);
  } else if (!values['skip-project']) {
    project = await runLoad(
      projectLoader,
      storeDir(size, seed),
      files,
      { ...corpus, seed },
      cap,
      await profile(`${size}`),
    );
    if (project.completed === 1) await markStore(storeDir(size, seed), size, seed, project);
  }
  let bulk: BulkRun | undefined;
  if (values.bulk) {
    const target = project ? path.join(BENCH_DIR, `bulk-${size}`) : storeDir(size, seed);
    bulk = await runBulk(target, files, corpus);
    if (project) await rm(target, { recursive: true, force: true });
    else await markStore(target, size, seed, bulk);
    const ratio = project ? `${fmt(bulk.relationsPerS / project.relationsPerS, 1)}×` : '–';
    bulkLines.push(
      [
        fmt(size),
        bulk.loader,
        fmt(bulk.articles),
        `${fmt(bulk.seconds)} (${fmt(bulk.csvSeconds)} / ${fmt(bulk.importSeconds)} / ${fmt(bulk.completeSeconds)})`,
        fmt(bulk.articlesPerS, 1),
        fmt(bulk.relationsPerS),
        `${fmt(bulk.storeMb)} / ${fmt(bulk.txLogMb)}`,
        ratio,
      ].join(' | '),
    );
  }
  let baseline: (Run & { sameStretchRatio: number }) | undefined;
  if (project && !values['skip-baseline']) {
    const tmp = path.join(BENCH_DIR, `baseline-${size}`);
    const run = await runLoad(mergePerRowLoader, tmp, files, { ...corpus, seed }, baselineCap);
    await rm(tmp, { recursive: true, force: true });
    // The same stretch of the corpus for both: the articles the baseline got through.
    const stretch = Math.min(run.articles, project.articles);
    const ratio = at(run.samples, stretch).ms / at(project.samples, stretch).ms;
    baseline = { ...run, sameStretchRatio: ratio };
  }
  results.push({
    size,
    ...(project ? { project } : {}),
    ...(baseline ? { baseline } : {}),
    ...(bulk ? { bulk } : {}),
  });
  if (project && !before) lines.push(row(size, project, baseline));
  if (baseline) lines.push(row(size, baseline));
  console.error(`\n${lines.join('\n')}\n${values.bulk ? `\n${bulkLines.join('\n')}\n` : ''}`);
}
if (values.bulk) lines.push('', ...bulkLines);
if (summaries.length) lines.push('', ...summaries);
console.log(lines.join('\n'));
await mkdir(path.join(BENCH_DIR, 'results'), { recursive: true });
const file = path.join(BENCH_DIR, 'results', `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ seed, sizes, cap, baselineCap, results }, null, 2));
console.error(`results: ${file}`);
