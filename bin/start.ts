import { ConfigError, loadConfig } from '../graph/config.ts';
import { Neo4jStartError } from '../graph/runtime/errors.ts';
import { log, serveGraph } from './serve-graph.ts';
import { DIST_DIR, ensureSpaBuilt } from './spa-build.ts';

/** `npm start`: build what is missing, start Neo4j, seed, serve the API and the built SPA. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  await ensureSpaBuilt(log);
  const { app } = await serveGraph(config, DIST_DIR);
  await app.listen({ host: config.host, port: config.port });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`Ready in ${seconds} s: http://${config.host}:${config.port}/  (Ctrl-C stops)`);
}

main().catch((error: unknown) => {
  if (error instanceof Neo4jStartError || error instanceof ConfigError)
    console.error(`[guanxi] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
