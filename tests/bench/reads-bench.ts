import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherParams } from '../../graph/db/connection.ts';
import { GraphRepository } from '../../graph/queries/repository.ts';
import { neo4jPassword } from '../../graph/runtime/neo4j-password.ts';
import { type RecordedRead, RecordingDb } from './api/recording-db.ts';
import { chooseTargets } from './api/targets.ts';
import { loadBenchStore, STORE_MARKER, storeDir } from './ingest/bench-store.ts';
import { startBenchNeo4j } from './support/bench-neo4j.ts';

/**
 * `npm run bench -- reads [--size 10000] [--rounds 300]`
 *
 * What one read costs the way the project runs it (GraphDb.read: an auto-commit transaction, the statement and
 * its records in one round trip) against a managed transaction (BEGIN and RUN, then COMMIT: a round trip more), on the reads
 * that the search box and an entity page make. Both ways run the same Cypher, interleaved in every round (which
 * goes first alternating), so the machine's load falls on both alike; the table gives each case's median and the ratio.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '300' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const rounds = Number(values.rounds);

const dataDir = storeDir(size, seed);
if (!existsSync(path.join(dataDir, STORE_MARKER))) await loadBenchStore(size, seed);
const server = await startBenchNeo4j(dataDir, { fresh: false });
const target = { uri: server.uri, username: 'neo4j', password: await neo4jPassword(dataDir) };
const recorder = new RecordingDb(target);
const repository = new GraphRepository(recorder);
const driver = neo4j.driver(target.uri, neo4j.auth.basic('neo4j', target.password), {
  disableLosslessIntegers: true,
  logging: { level: 'error', logger: () => {} },
});

async function recorded(request: () => Promise<unknown>): Promise<RecordedRead[]> {
  recorder.startRecording();
  await request();
  return recorder.stopRecording();
}

async function managed(driver: Driver, reads: RecordedRead[]): Promise<void> {
  for (const read of reads) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(read.cypher, toCypherParams(read.params) as never), {
        timeout: read.timeoutMs,
      });
    } finally {
      await session.close();
    }
  }
}

/** The project's own read path (GraphDb.read: its session, deadline and retry around an auto-commit run). */
async function projectReads(reads: RecordedRead[]): Promise<void> {
  for (const read of reads) await recorder.read(read.cypher, read.params, read.timeoutMs);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

try {
  const t = await chooseTargets(target);
  const person = t.persons[0];
  const everyType = ['Person', 'Organization', 'Place', 'Event', 'Topic'] as const;
  const search = (q: string) => () => repository.search({ q, types: [...everyType], limit: 20 });
  // The person's pinyin by syllable (the first reading), as typed with spaces and as the given name alone.
  const { records } = await driver.executeQuery('MATCH (n:Person {name: $name}) RETURN n.pinyin[0] AS p', {
    name: person?.name ?? '',
  });
  const spaced = String(records[0]?.get('p') ?? '');
  const cases: Record<string, () => Promise<unknown>> = {
    'search zh': search(person?.name ?? ''),
    'search pinyin': search(person?.pinyin ?? ''),
    'search pinyin spaced': search(spaced),
    'search given name': search(spaced.split(' ').slice(1).join('')),
    'search en': search(t.english[0] ?? ''),
    'entity median': () => repository.entity(t.medians[0] ?? ''),
  };
  const rows = [
    '| case | reads | managed p50 ms | auto-commit p50 ms | auto-commit / managed |',
    '|---|---|---|---|---|',
  ];
  for (const [name, request] of Object.entries(cases)) {
    const reads = await recorded(request);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Which goes first alternates, so neither always meets the caches the other has just warmed.
      for (const times of i % 2 === 0 ? [a, b] : [b, a]) {
        const started = performance.now();
        await (times === a ? managed(driver, reads) : projectReads(reads));
        times.push(performance.now() - started);
      }
    }
    const ratio = median(b) / median(a);
    rows.push(
      `| ${name} | ${reads.length} | ${median(a).toFixed(2)} | ${median(b).toFixed(2)} | ${ratio.toFixed(2)}× |`,
    );
  }
  console.log(`\n### Reads at ${size.toLocaleString('en')} entities, ${rounds} interleaved rounds\n`);
  console.log(rows.join('\n'));
} finally {
  await driver.close();
  await recorder.close();
  await server.close();
}
