import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Annotation } from '../../contract/annotation/types.ts';
import { readAnnotationFile } from '../../graph/loader/annotation-files.ts';
import { prepareBatch } from '../../graph/loader/prepare.ts';
import { writeBatch } from '../../graph/loader/write-batch.ts';
import { corpusFiles, ensureCorpus } from './corpus/corpus-files.ts';
import { type ThreadCpu, threadCpu } from './ingest/thread-cpu.ts';
import { BENCH_DIR } from './support/bench-dir.ts';
import { type BenchNeo4j, startBenchNeo4j } from './support/bench-neo4j.ts';

/**
 * `npm run bench -- jvm-ab --side 'NAME;JVM OPTIONS;SETTING=VALUE …[;CYPHER]' --side … [--size 100000] [--warm 600]
 * [--batches 30] [--batch 100]`
 *
 * A/B of how the embedded Neo4j is started (JVM options, Neo4j settings applied over the launcher's through
 * `-Dguanxi.neo4j.settings`), at steady state and paired: one fresh Neo4j per side, all running at once, each
 * batch of the corpus written by the project's loader into every side in turn (the order rotates per batch).
 * The first --warm articles warm every JVM (JIT, caches) and are not counted; then --batches batches are.
 * Per side: the JVM's CPU per article split by thread (Bolt worker = the statements and commits; JIT
 * compilers; index sampling; GC; the rest), wall ms per article, and the median over the batches of the
 * ratio of each side's Bolt worker CPU and JVM CPU to the first side's for the same batch. Batches are written
 * as the loader writes them (no wait for the full-text indexes after each; one wait at the end). A side's CYPHER, if
 * any, runs after each of its batches has committed and is counted with the batch (e.g. a wait for an index).
 */
const { values } = parseArgs({
  options: {
    side: { type: 'string', multiple: true, default: [] },
    size: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    warm: { type: 'string', default: '600' },
    batches: { type: 'string', default: '30' },
    batch: { type: 'string', default: '100' },
  },
});

interface SideSpec {
  name: string;
  javaOptions: string[];
  settings: string[];
  after?: string;
}

function parseSide(spec: string): SideSpec {
  const [name, java = '', settings = '', after = ''] = spec.split(';');
  if (!name?.trim())
    throw new Error(`--side needs a name first: 'NAME;JVM OPTIONS;SETTING=VALUE …', got '${spec}'`);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  for (const s of words(settings)) {
    if (!/^[a-z][\w.]*=\S+$/.test(s))
      throw new Error(`--side ${name}: a setting must be name=value, got '${s}'`);
  }
  return {
    name: name.trim(),
    javaOptions: words(java),
    settings: words(settings),
    ...(after.trim() ? { after: after.trim() } : {}),
  };
}

const specs = (values.side ?? []).map(parseSide);
if (specs.length < 2) throw new Error('give at least two --side options (the first is the baseline)');
const size = Number(values.size);
const warm = Number(values.warm);
const batches = Number(values.batches);
const batchSize = Number(values.batch);
const { dir } = ensureCorpus(size, Number(values.seed));
const files = await corpusFiles(dir);
if (files.length < warm + batches * batchSize) {
  throw new Error(`the ${size} corpus has ${files.length} articles, fewer than --warm + --batches × --batch`);
}

interface Side extends SideSpec {
  neo4j: BenchNeo4j;
  total: ThreadCpu;
  ms: number;
  articles: number;
  relations: number;
  perBatch: ThreadCpu[];
}

const ZERO: ThreadCpu = { bolt: 0, jit: 0, sampling: 0, gc: 0, other: 0, all: 0 };
const add = (a: ThreadCpu, b: ThreadCpu, sign = 1): ThreadCpu =>
  Object.fromEntries(
    Object.keys(ZERO).map((k) => [k, a[k as keyof ThreadCpu] + sign * b[k as keyof ThreadCpu]]),
  ) as unknown as ThreadCpu;

const sides: Side[] = [];
try {
  for (const spec of specs) {
    const dataDir = path.join(BENCH_DIR, `jvm-ab-${spec.name}`);
    const javaOptions = [...spec.javaOptions];
    if (spec.settings.length) {
      await mkdir(BENCH_DIR, { recursive: true });
      const file = path.join(BENCH_DIR, `jvm-ab-${spec.name}.conf`);
      await writeFile(file, `${spec.settings.join('\n')}\n`);
      javaOptions.push(`-Dguanxi.neo4j.settings=${file}`);
    }
    const neo4j = await startBenchNeo4j(dataDir, { fresh: true, tuning: { javaOptions } });
    if (neo4j.jvmPid === undefined) throw new Error(`side ${spec.name}: the JVM's process was not found`);
    if (spec.settings.length) {
      // The settings in force, read back: a name Neo4j does not know or a file it ignored shows here.
      const names = spec.settings.map((s) => s.split('=')[0]);
      const shown = await neo4j.db.read<{ name: string; value: string }>(
        'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value',
        { names },
      );
      console.error(
        `${spec.name}: ${shown.records.map((r) => `${r.get('name')}=${r.get('value')}`).join(', ')}`,
      );
    }
    sides.push({ ...spec, javaOptions, neo4j, total: ZERO, ms: 0, articles: 0, relations: 0, perBatch: [] });
  }

  const write = async (side: Side, chunk: Annotation[]) => {
    const params = prepareBatch(chunk);
    const pid = side.neo4j.jvmPid as number;
    const before = threadCpu(pid);
    const started = performance.now();
    // As the loader writes its batches: without waiting for the full-text indexes (it waits once, at the end).
    await side.neo4j.db.writeTransaction((tx) => writeBatch(tx, params), 600_000, { searchable: false });
    if (side.after) await side.neo4j.db.autoCommit(side.after, {}, 600_000);
    return { ms: performance.now() - started, cpu: add(threadCpu(pid), before, -1) };
  };
  const read = (from: number, to: number) => Promise.all(files.slice(from, to).map(readAnnotationFile));

  for (let i = 0; i < warm; i += batchSize) {
    const chunk = await read(i, Math.min(warm, i + batchSize));
    for (const side of sides) await write(side, chunk);
  }
  console.error(`warmed up with ${warm} articles; load ${loadAverage()}`);
  for (let b = 0; b < batches; b++) {
    const from = warm + b * batchSize;
    const chunk = await read(from, from + batchSize);
    const relations = chunk.reduce((n, a) => n + a.relations.length, 0);
    const order = sides.map((_, k) => sides[(k + b) % sides.length] as Side);
    for (const side of order) {
      const { ms, cpu } = await write(side, chunk);
      side.total = add(side.total, cpu);
      side.perBatch.push(cpu);
      side.ms += ms;
      side.articles += chunk.length;
      side.relations += relations;
    }
    console.error(
      `batch ${b + 1}/${batches}: ${sides.map((s) => `${s.name} ${cpuMs(s.perBatch.at(-1) ?? ZERO, chunk.length)}`).join(' · ')}`,
    );
  }

  for (const side of sides) await side.neo4j.db.awaitSearchable(600_000);
  const base = sides[0] as Side;
  const lines = [
    `jvm-ab: ${size.toLocaleString('en')}-entity corpus, ${warm} articles of warm-up, then ${batches} batches of ${batchSize} into each side (load ${loadAverage()})`,
    '',
    'side | JVM options and settings | Bolt worker | JIT | index sampling | GC | other | JVM CPU ms/article | wall ms/article | relationships/s (wall) | Bolt worker / first side (median per batch) | JVM CPU / first side (median per batch)',
    '---|---|---|---|---|---|---|---|---|---|---|---',
  ];
  for (const side of sides) {
    const per = (x: number) => ((x * 1000) / side.articles).toFixed(2);
    const ratio = (key: keyof ThreadCpu) =>
      median(
        side.perBatch.map((cpu, k) => cpu[key] / ((base.perBatch[k] as ThreadCpu)[key] || Number.NaN)),
      ).toFixed(3);
    lines.push(
      [
        side.name,
        [
          ...side.javaOptions.filter((o) => !o.startsWith('-Dguanxi.neo4j.settings')),
          ...side.settings,
          ...(side.after ? [`then ${side.after}`] : []),
        ].join(' ') || '(launcher defaults)',
        per(side.total.bolt),
        per(side.total.jit),
        per(side.total.sampling),
        per(side.total.gc),
        per(side.total.other),
        per(side.total.all),
        (side.ms / side.articles).toFixed(2),
        ((side.relations / side.ms) * 1000).toFixed(0),
        side === base ? '1' : ratio('bolt'),
        side === base ? '1' : ratio('all'),
      ].join(' | '),
    );
  }
  console.log(lines.join('\n'));
} finally {
  for (const side of sides) {
    await side.neo4j.close();
    await rm(path.join(BENCH_DIR, `jvm-ab-${side.name}`), { recursive: true, force: true });
  }
}

function cpuMs(cpu: ThreadCpu, articles: number): string {
  return `${((cpu.bolt * 1000) / articles).toFixed(1)}/${((cpu.all * 1000) / articles).toFixed(1)} ms`;
}

function median(xs: number[]): number {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}
