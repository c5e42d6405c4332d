import { createServer } from 'vite';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../graph/config.ts';
import { Neo4jStartError } from '../graph/runtime/errors.ts';
import { log, serveGraph } from './serve-graph.ts';

/** `npm run dev`: the API on PORT+1 and Vite's dev server (hot reload) on PORT, proxying /api to it. */
async function main(): Promise<void> {
  const config = loadConfig();
  const apiPort = config.port + 1;
  const { app } = await serveGraph(config, undefined);
  await app.listen({ host: config.host, port: apiPort });
  const vite = await createServer({
    root: PROJECT_ROOT,
    server: {
      host: config.host,
      port: config.port,
      strictPort: true,
      proxy: { '/api': `http://${config.host}:${apiPort}` },
    },
  });
  await vite.listen();
  log(`Dev server: http://${config.host}:${config.port}/ (API on ${apiPort}; Ctrl-C stops)`);
  process.on('SIGINT', () => void vite.close());
}

main().catch((error: unknown) => {
  if (error instanceof Neo4jStartError || error instanceof ConfigError)
    console.error(`[guanxi] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
