import { readFile, writeFile } from 'node:fs/promises';
import { ArticleArchive, archiveDir } from '../graph/archive/archive.ts';
import { ConfigError, loadConfig } from '../graph/config.ts';
import { CorrectionFileError, parseCorrectionFile, toCorrectionFile } from '../graph/corrections/file.ts';
import { CorrectionService } from '../graph/corrections/service.ts';
import { Neo4jStartError } from '../graph/runtime/errors.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';

/**
 * npm run corrections -- export FILE | import FILE
 *
 * export: every correction of the database (undone ones too, with who undid them) as one JSON file.
 * import: adds the corrections of a file that the database does not have yet (same id: same correction)
 * after the ones it has, and loads the articles they touch again with every correction applied; they are
 * kept in GUANXI_DATA_DIR/archive first, like corrections made through the API.
 */
const USAGE = 'usage: npm run corrections -- export FILE | import FILE';

async function main(): Promise<number> {
  const [command, file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0 || (command !== 'export' && command !== 'import')) {
    console.error(USAGE);
    return 2;
  }
  const incoming = command === 'import' ? parseCorrectionFile(await readFile(file, 'utf8'), file) : [];
  const config = loadConfig();
  const graph = await openGraph(config, (m) => console.error(`[guanxi] ${m}`));
  try {
    const service = new CorrectionService(graph.db, new ArticleArchive(archiveDir(config.dataDir)).journal);
    if (command === 'export') {
      const corrections = await service.all();
      await writeFile(file, `${JSON.stringify(toCorrectionFile(corrections), null, 2)}\n`);
      console.log(JSON.stringify({ exported: corrections.length, file }));
    } else {
      const result = await service.import(incoming);
      console.log(JSON.stringify({ file, ...result }));
    }
  } finally {
    await graph.close();
  }
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const known =
      error instanceof Neo4jStartError ||
      error instanceof ConfigError ||
      error instanceof CorrectionFileError;
    console.error(known || error instanceof Error ? `[guanxi] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
