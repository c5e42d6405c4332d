import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../graph/config.ts';
import { backupDataDir, restoreDataDir } from '../graph/runtime/backup.ts';
import { DataDirBusyError } from '../graph/runtime/data-lock.ts';
import { Progress } from './progress.ts';

/**
 * npm run backup -- FILE: GUANXI_DATA_DIR (archive, Neo4j store, password) packed into FILE (.tar.gz).
 * npm run restore -- FILE: FILE unpacked in place of GUANXI_DATA_DIR (the old folder is moved aside).
 * Both need the app and every other command stopped: they take the data folder for their time and
 * refuse, naming the process, while another holds it. With NEO4J_URI the store is that server's: only
 * the archive is in the folder (a rebuild makes the graph from it).
 */
async function main(): Promise<number> {
  const command = process.argv[2];
  const { positionals } = parseArgs({ args: process.argv.slice(3), allowPositionals: true });
  const file = positionals[0];
  if ((command !== 'backup' && command !== 'restore') || !file || positionals.length > 1) {
    console.error('usage: npm run backup -- FILE | npm run restore -- FILE');
    return 2;
  }
  const { dataDir } = loadConfig();
  const started = performance.now();
  let bar: Progress | undefined;
  const progress = (done: number, total: number) => {
    bar ??= new Progress(command === 'backup' ? 'pack  ' : 'unpack', total, 'bytes');
    bar.update(done);
  };
  try {
    const result =
      command === 'backup'
        ? await backupDataDir(dataDir, file, progress)
        : await restoreDataDir(dataDir, file, progress);
    bar?.stop();
    console.log(JSON.stringify({ ...result, seconds: (performance.now() - started) / 1000 }, null, 2));
    if ('previous' in result && result.previous)
      console.error(`[guanxi] the folder it replaced is at ${result.previous}: delete it when satisfied.`);
    return 0;
  } finally {
    bar?.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const known = error instanceof DataDirBusyError || error instanceof ConfigError;
    console.error(known || error instanceof Error ? `[guanxi] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
