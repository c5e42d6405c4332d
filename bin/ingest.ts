import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { trimInvalid } from '../contract/annotation/trim-invalid.ts';
import type { Annotation } from '../contract/annotation/types.ts';
import { type ArchiveItem, ArticleArchive, archiveDir } from '../graph/archive/archive.ts';
import { loadArchived } from '../graph/archive/archived-load.ts';
import { ConfigError, loadConfig } from '../graph/config.ts';
import type { CorrectedLoadSummary } from '../graph/corrections/load-corrected.ts';
import { DEFAULT_BATCH_SIZE, type LoadProgress } from '../graph/loader/load-annotations.ts';
import { Neo4jStartError } from '../graph/runtime/errors.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';
import { createExtractionPool, type ExtractionPool } from '../seed/pipeline/pool/extraction-pool.ts';
import { ingestRemote } from './ingest-remote.ts';
import { Progress } from './progress.ts';

/**
 * npm run ingest -- FILES|DIRS [--batch N] [--server URL]
 *
 * Parses and extracts every article file (folders are walked for .txt, .html, .htm, .json, .ndjson,
 * .jsonl) on worker threads, one per core, and loads the annotations into Neo4j (NEO4J_URI, or the
 * embedded one in GUANXI_DATA_DIR) as they come, one transaction per batch, while the next files are
 * extracted, with reviewers' corrections applied again (the summary says how many applied and which no
 * longer find their target). A file that cannot be read is reported by name and loads nothing, an article
 * of a many-article file that cannot be read is reported as `FILE record N`; the others load. Every
 * file's bytes and every annotation are kept in GUANXI_DATA_DIR/archive before the batch that loads them
 * commits (so `npm run rebuild` can make the graph again).
 * Idempotent: running it again after an interruption, or twice, changes nothing twice. Exit status 1
 * when any file failed. With `--server URL` the files go to a running server as ingest jobs instead
 * (bin/ingest-remote.ts), followed with the same progress bar.
 */
const ARTICLE_FILE = /\.(txt|html?|json|ndjson|jsonl)$/i;
/** An NDJSON crawl of many thousand articles fits; a file larger than this is reported and skipped. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
const USAGE = 'usage: npm run ingest -- FILES|DIRS [--batch N] [--server URL]';

async function collectFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new Error(`${input}: no such file or folder`);
    if (info.isFile()) files.push(input);
    else {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && ARTICLE_FILE.test(entry.name))
          files.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  return [...new Set(files)].sort();
}

/**
 * The annotations of the files, extracted on the pool's worker threads (a few files per worker in flight)
 * and handed on in file order as they are ready, so extraction and the writes to Neo4j overlap; each
 * file's bytes are copied into the archive meanwhile. A file that cannot be read or is not an article
 * goes into `errors` and yields nothing.
 */
async function* extracted(
  files: string[],
  pool: ExtractionPool,
  archive: ArticleArchive,
  errors: Map<string, string>,
  onFile: (done: number) => void,
): AsyncGenerator<ArchiveItem> {
  type Extracted = { annotations: Annotation[]; source: { sha256: string; name: string } };
  const inFlight: { file: string; result: Promise<Extracted> }[] = [];
  let next = 0;
  let done = 0;
  const fill = () => {
    while (inFlight.length < pool.size * 2 && next < files.length) {
      const file = files[next++] ?? '';
      const result = stat(file).then(async ({ size }) => {
        if (size > MAX_FILE_BYTES) throw new Error(`${file}: ${size} bytes, more than ${MAX_FILE_BYTES}`);
        const [annotations, sha256] = await Promise.all([
          pool.extractFile(file),
          archive.putSourceFile(file),
        ]);
        if (annotations.length === 0) throw new Error(`${file}: no article found`);
        return { annotations, source: { sha256, name: file } };
      });
      result.catch(() => {}); // reported when its turn comes
      inFlight.push({ file, result });
    }
  };
  fill();
  while (inFlight.length > 0) {
    const { file, result } = inFlight.shift() as (typeof inFlight)[number];
    try {
      const { annotations, source } = await result;
      // One article that cannot be read is reported and skipped; the others of the file load.
      for (const [i, annotation] of annotations.entries()) {
        const where = annotations.length > 1 ? `${file} record ${i + 1}` : file;
        let valid: Annotation | undefined;
        try {
          valid = trimInvalid(annotation, where);
        } catch (error) {
          errors.set(where, error instanceof Error ? error.message : String(error));
        }
        if (valid) yield { annotation: valid, source, name: where };
      }
    } catch (error) {
      errors.set(file, error instanceof Error ? error.message : String(error));
    }
    onFile(++done);
    fill();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { batch: { type: 'string' }, server: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const batchSize = Number(values.batch ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`--batch: expected a positive integer, got ${values.batch}`);
  const files = await collectFiles(positionals);
  if (files.length === 0)
    throw new Error(`no article files (${ARTICLE_FILE.source}) in ${positionals.join(', ')}`);
  if (values.server !== undefined) return remote(values.server, files);
  const errors = new Map<string, string>();
  const config = loadConfig();
  const archive = new ArticleArchive(archiveDir(config.dataDir));
  const graph = await openGraph(config, (m) => console.error(`[guanxi] ${m}`));
  const pool = createExtractionPool();
  let summary: CorrectedLoadSummary;
  try {
    const bar = new Progress('ingest', files.length, 'files', ['articles', 'relationships']);
    let loaded: LoadProgress = { articles: 0, relations: 0, mentions: 0 };
    const show = (filesDone: number) =>
      bar.update(filesDone, { articles: loaded.articles, relationships: loaded.relations });
    let filesDone = 0;
    summary = await loadArchived(
      graph.db,
      archive,
      extracted(files, pool, archive, errors, (n) => {
        filesDone = n;
        show(n);
      }),
      {
        batchSize,
        onProgress: (p) => {
          loaded = p;
          show(filesDone);
        },
      },
    );
    bar.stop();
  } finally {
    await pool.close();
    await graph.close();
  }
  const report = {
    files: files.length,
    articles: summary.articles,
    entities: summary.entities,
    relations: summary.relations,
    corrections: summary.corrections,
    errors: Object.fromEntries(errors),
  };
  console.log(JSON.stringify(report, null, 2));
  const { corrections } = report;
  console.error(
    `corrections: ${corrections.applied} applied, ${corrections.notApplicable} no longer applicable` +
      corrections.notApplicableList.map((c) => `\n  - ${c.op} ${c.target} (${c.id})`).join(''),
  );
  for (const [file, message] of errors)
    console.error(`error: ${message.startsWith(file) ? message : `${file}: ${message}`}`);
  return errors.size > 0 ? 1 : 0;
}

async function remote(server: string, files: string[]): Promise<number> {
  if (!/^https?:\/\/./.test(server)) throw new Error(`--server: expected an http(s) URL, got ${server}`);
  const { jobs, errors } = await ingestRemote(server, files, process.env.GUANXI_API_TOKEN);
  const sum = (pick: (j: (typeof jobs)[number]) => number) => jobs.reduce((n, j) => n + pick(j), 0);
  const report = {
    files: files.length,
    jobs: jobs.map((j) => ({ id: j.id, filename: j.filename, status: j.status })),
    articles: sum((j) => j.progress.done),
    failed: sum((j) => j.progress.failed),
    relationshipsWritten: sum((j) => j.progress.relationshipsWritten),
    errors: Object.fromEntries(errors),
  };
  console.log(JSON.stringify(report, null, 2));
  for (const [file, message] of errors)
    console.error(`error: ${message.startsWith(file) ? message : `${file}: ${message}`}`);
  return errors.size > 0 ? 1 : 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const known = error instanceof Neo4jStartError || error instanceof ConfigError;
    console.error(known || error instanceof Error ? `[guanxi] ${(error as Error).message}` : error);
    console.error(USAGE);
    process.exit(1);
  },
);
