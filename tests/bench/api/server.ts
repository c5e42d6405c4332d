import { buildApp } from '../../../graph/api/app.ts';
import { loadConfig } from '../../../graph/config.ts';
import { GraphRepository } from '../../../graph/queries/repository.ts';
import { warmUp } from '../../../graph/queries/warm-up.ts';
import { openGraph } from '../../../graph/runtime/open-graph.ts';
import { RecordingDb } from './recording-db.ts';

/**
 * The API as `npm start` serves it (same config from the environment, same app, same warm-up), over a
 * RecordingDb so the benchmark can ask which Cypher a request ran. Started by api-bench.ts as a child
 * process; prints BENCH_API_READY <port> when it listens.
 */
const config = loadConfig();
const graph = await openGraph(config, (m) => console.error(`[bench server] ${m}`));
const db = new RecordingDb(graph.embedded?.target ?? config.external ?? { uri: '' });
const repository = new GraphRepository(db);
const app = await buildApp({
  repository,
  rateLimit: config.rateLimit.perMinute,
  strictRateLimit: config.rateLimit.strictPerMinute,
});
app.post('/__bench/record/start', async () => {
  db.startRecording();
  return { ok: true };
});
app.post('/__bench/record/stop', async () => db.stopRecording());
await warmUp(repository).catch(() => {});
await app.listen({ host: '127.0.0.1', port: config.port });
console.log(`BENCH_API_READY ${config.port}`);
const stop = async () => {
  await app.close();
  await db.close();
  await graph.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
