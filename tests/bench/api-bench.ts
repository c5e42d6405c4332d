import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Neo4jTarget } from '../../graph/config.ts';
import { freePort } from '../../graph/runtime/free-port.ts';
import { neo4jPassword } from '../../graph/runtime/neo4j-password.ts';
import { HttpClient } from './api/http-client.ts';
import { RawReplay } from './api/raw-replay.ts';
import type { RecordedRead } from './api/recording-db.ts';
import { type Job, type PhaseResult, runPhase, shuffled } from './api/run-phase.ts';
import { CaseStats } from './api/stats.ts';
import { chooseTargets, requestCases } from './api/targets.ts';
import { prng } from './corpus/random.ts';
import { loadBenchStore, STORE_MARKER, storeDir } from './ingest/bench-store.ts';
import { BENCH_DIR } from './support/bench-dir.ts';

/**
 * `npm run bench -- api [--sizes 10000,100000,1000000] [--seed 1] [--requests 100] [--mix 40]`
 *
 * For each size: the store the ingest benchmark left (loaded first when missing), served by the project's API
 * in a child process (production config from the environment; GUANXI_RATE_LIMIT and GUANXI_RATE_LIMIT_STRICT
 * default to 100,000,000 per minute here, so the figures are the server's own cost: any 429 is counted and printed). A fixed mix — search
 * in each script, entity, neighbourhood of median and hub nodes at depth 1 and 2, paths, related, export — at
 * 1 connection (each case in turn, --requests per case, 30 s at most) and at 32 connections (the whole mix
 * interleaved, --mix per case). Beside each, the same Cypher (recorded from the API, one request at a time)
 * replayed through the bare driver at the same concurrency.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: '1' },
    requests: { type: 'string', default: '100' },
    mix: { type: 'string', default: '40' },
    'case-cap': { type: 'string', default: '30' },
    'mix-cap': { type: 'string', default: '300' },
  },
});
const seed = Number(values.seed);
const perCase = Number(values.requests);
const perCaseInMix = Number(values.mix);
const caseCap = Number(values['case-cap']);
const mixCap = Number(values['mix-cap']);

async function startServer(
  dataDir: string,
): Promise<{ child: ChildProcess; base: string; bolt: Neo4jTarget }> {
  const port = await freePort();
  const boltPort = await freePort();
  const child = spawn('npx', ['tsx', path.join(import.meta.dirname, 'api', 'server.ts')], {
    env: {
      ...process.env,
      GUANXI_DATA_DIR: dataDir,
      PORT: String(port),
      GUANXI_BOLT_PORT: String(boltPort),
      GUANXI_RATE_LIMIT: process.env.GUANXI_RATE_LIMIT ?? '100000000',
      GUANXI_RATE_LIMIT_STRICT: process.env.GUANXI_RATE_LIMIT_STRICT ?? '100000000',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('BENCH_API_READY')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  // With NEO4J_URI the server uses that Neo4j (a store served apart, started once); otherwise the server
  // has made the Neo4j password by now: it is in the data folder (mode 0600).
  const bolt = loadConfig().external ?? {
    uri: `bolt://127.0.0.1:${boltPort}`,
    username: 'neo4j',
    password: await neo4jPassword(dataDir),
  };
  return { child, base: `http://127.0.0.1:${port}`, bolt };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Row {
  case: string;
  api1: PhaseResult;
  raw1: PhaseResult;
}

const ms = (n: number) =>
  Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')) : '–';

function triple(result: PhaseResult | undefined, name: string): string {
  const s = result?.byCase.get(name);
  return s ? `${ms(s.percentile(50))} / ${ms(s.percentile(95))} / ${ms(s.percentile(99))}` : '–';
}

function answers(result: PhaseResult, name: string): string {
  const s = result.byCase.get(name);
  if (!s) return '–';
  // Each 5xx code apart (a 503 is a read that ran out of time and said so; a 500 is a fault), 0 = no answer.
  const bad = [...s.statuses]
    .filter(([c]) => c >= 500 || c === 0)
    .sort(([a], [b]) => a - b)
    .map(([c, n]) => `**${n}× ${c === 0 ? 'no answer' : c}**`);
  const limited = s.count((c) => c === 429);
  const other = s.count((c) => c >= 400 && c < 500 && c !== 429);
  return [`${s.ms.length}`, ...bad, limited ? `**${limited}× 429**` : '', other ? `${other}× 4xx` : '']
    .filter(Boolean)
    .join(', ');
}

/** The raw driver's half of a paired phase is filed under this prefix and the case's name. */
const RAW = 'raw driver: ';

/** One side of a paired phase as a phase of its own (its seconds: the time its requests took). */
function side(phase: PhaseResult, key: string, name = key): PhaseResult {
  const stats = phase.byCase.get(key) ?? new CaseStats();
  const ms = stats.ms.filter(Number.isFinite);
  return {
    byCase: new Map([[name, stats]]),
    seconds: ms.reduce((a, b) => a + b, 0) / 1000,
    requests: stats.ms.length,
    skipped: 0,
  };
}

/** Median over the pairs (the i-th API request and the i-th raw replay, run one after the other) of API/raw. */
function pairedRatio(api: PhaseResult, raw: PhaseResult, name: string): number {
  const a = api.byCase.get(name)?.ms ?? [];
  const r = raw.byCase.get(name)?.ms ?? [];
  const ratios = a
    .slice(0, r.length)
    .map((ms, i) => ms / (r[i] ?? Number.NaN))
    .filter(Number.isFinite)
    .sort((x, y) => x - y);
  return ratios.length ? (ratios[Math.floor(ratios.length / 2)] ?? Number.NaN) : Number.NaN;
}

async function benchSize(size: number): Promise<string> {
  const dataDir = storeDir(size, seed);
  if (!existsSync(path.join(dataDir, STORE_MARKER))) await loadBenchStore(size, seed);
  const server = await startServer(dataDir);
  const http = new HttpClient(server.base, 32);
  const raw = new RawReplay(server.bolt);
  try {
    const targets = await chooseTargets(server.bolt);
    const cases = requestCases(targets);
    console.error(
      `targets: hub degree ${targets.hubDegree}, median degree ${targets.medianDegree}; recording the Cypher of ${Object.values(cases).flat().length} URLs…`,
    );
    const recorded = new Map<string, RecordedRead[]>();
    for (const url of new Set(Object.values(cases).flat())) {
      await http.post('/__bench/record/start');
      await http.get(url);
      recorded.set(url, JSON.parse(await http.post('/__bench/record/stop')) as RecordedRead[]);
    }
    const apiJob = (name: string, url: string): Job => ({
      case: name,
      run: async () => {
        const r = await http.get(url);
        return { status: r.status, ms: r.ms, bytes: r.body.length };
      },
    });
    const rawJob = (name: string, url: string): Job => ({
      case: name,
      run: () => raw.run(recorded.get(url) ?? []),
    });
    const jobsFor = (make: (n: string, u: string) => Job, name: string, count: number) => {
      const urls = cases[name] ?? [];
      return urls.length
        ? Array.from({ length: count }, (_, i) => make(name, urls[i % urls.length] ?? ''))
        : [];
    };
    const rows: Row[] = [];
    for (const name of Object.keys(cases)) {
      await runPhase(jobsFor(apiJob, name, 3), 1, caseCap);
      // The API and the bare driver request by request, alternately (and which goes first alternates), so
      // each pair meets the same moment of a shared machine's load: the ratio is the median of the pairs'.
      const urls = cases[name] ?? [];
      const pairs = urls.length
        ? Array.from({ length: perCase }, (_, i) => {
            const url = urls[i % urls.length] ?? '';
            const both = [apiJob(name, url), { ...rawJob(name, url), case: `${RAW}${name}` }];
            return i % 2 ? both.reverse() : both;
          }).flat()
        : [];
      const phase = await runPhase(pairs, 1, caseCap * 2);
      const api1 = side(phase, name);
      const raw1 = side(phase, `${RAW}${name}`, name);
      rows.push({ case: name, api1, raw1 });
      console.error(
        `  ${name.padEnd(20)} API ${triple(api1, name)} ms · raw ${triple(raw1, name)} ms · paired ${pairedRatio(api1, raw1, name).toFixed(2)}×`,
      );
    }
    const mixOf = (make: (n: string, u: string) => Job) =>
      shuffled(
        Object.keys(cases).flatMap((name) => jobsFor(make, name, perCaseInMix)),
        prng(7),
      );
    console.error('32 connections…');
    const api32 = await runPhase(mixOf(apiJob), 32, mixCap);
    const raw32 = await runPhase(mixOf(rawJob), 32, mixCap);
    const lines = [
      `### ${size.toLocaleString('en')} entities (hub degree ${targets.hubDegree}, median degree ${targets.medianDegree})`,
      '',
      '| case | 1 conn API p50/p95/p99 ms | raw driver p50/p95/p99 | API/raw p50 | API/raw paired | req/s | answers at 1 | 32 conn API p50/p95/p99 | raw driver | answers at 32 | KB/answer |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    for (const row of rows) {
      const a = row.api1.byCase.get(row.case);
      const r = row.raw1.byCase.get(row.case);
      const ratio = a && r ? a.percentile(50) / r.percentile(50) : Number.NaN;
      const paired = pairedRatio(row.api1, row.raw1, row.case);
      lines.push(
        `| ${row.case} | ${triple(row.api1, row.case)} | ${triple(row.raw1, row.case)} | ${ratio.toFixed(2)}× | ${paired.toFixed(2)}× | ${(
          (a?.ms.length ?? 0) / row.api1.seconds
        ).toFixed(
          1,
        )} | ${answers(row.api1, row.case)} | ${triple(api32, row.case)} | ${triple(raw32, row.case)} | ${answers(api32, row.case)} | ${(
          (a ? a.bytes / Math.max(1, a.ms.length) : 0) / 1000
        ).toFixed(1)} |`,
      );
    }
    lines.push(
      '',
      `32 connections: API ${api32.requests} requests in ${api32.seconds.toFixed(0)} s = ${(api32.requests / api32.seconds).toFixed(1)} req/s${
        api32.skipped ? ` (${api32.skipped} not sent: ${mixCap} s cap)` : ''
      }; raw driver ${(raw32.requests / raw32.seconds).toFixed(1)} req/s${raw32.skipped ? ` (${raw32.skipped} not sent)` : ''}.`,
    );
    return lines.join('\n');
  } finally {
    http.close();
    await raw.close();
    await stopServer(server.child);
  }
}

const sections: string[] = [];
for (const size of (values.sizes ?? '').split(',').map(Number)) {
  const section = await benchSize(size);
  sections.push(section);
  console.error(`\n${section}\n`);
}
console.log(sections.join('\n\n'));
await mkdir(path.join(BENCH_DIR, 'results'), { recursive: true });
await writeFile(
  path.join(BENCH_DIR, 'results', `api-${new Date().toISOString().replace(/[:.]/g, '-')}.md`),
  `${sections.join('\n\n')}\n`,
);
