import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Annotation } from '../contract/annotation/types.ts';
import { validateAnnotation } from '../contract/annotation/validate.ts';
import { ConfigError, loadConfig } from '../graph/config.ts';
import { type CorrectedLoadSummary, loadCorrected } from '../graph/corrections/load-corrected.ts';
import { Neo4jStartError } from '../graph/runtime/errors.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';
import { extractAnnotation } from '../seed/pipeline/extract/extract.ts';
import { parseFile } from '../seed/pipeline/parse/index.ts';

/**
 * npm run ingest -- FILES|DIRS [--batch N]
 *
 * Parses and extracts every article file (folders are walked for .txt, .html, .htm, .json, .ndjson,
 * .jsonl), then loads the annotations into Neo4j (NEO4J_URI, or the embedded one in GUANXI_DATA_DIR),
 * one transaction per batch, with reviewers' corrections applied again (the summary says how many applied
 * and which no longer find their target). A file or an article that cannot be read is reported by name and
 * skipped; the others load. Idempotent: running it again after an interruption, or twice, changes nothing twice.
 * Exit status 1 when any file failed.
 */
const ARTICLE_FILE = /\.(txt|html?|json|ndjson|jsonl)$/i;
/** An NDJSON crawl of many thousand articles fits; a file larger than this is reported and skipped. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
const USAGE = 'usage: npm run ingest -- FILES|DIRS [--batch N]';

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

function progressBar(label: string, total: number): SingleBar {
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {file}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  });
  bar.start(total, 0, { file: '' });
  return bar;
}

async function extractAll(
  files: string[],
): Promise<{ annotations: Annotation[]; errors: Map<string, string> }> {
  const annotations: Annotation[] = [];
  const errors = new Map<string, string>();
  const bar = progressBar('extract', files.length);
  for (const file of files) {
    bar.increment(0, { file: path.basename(file) });
    try {
      const { size } = await stat(file);
      if (size > MAX_FILE_BYTES) throw new Error(`${file}: ${size} bytes, more than ${MAX_FILE_BYTES}`);
      const articles = await parseFile(file);
      if (articles.length === 0) throw new Error(`${file}: no article found`);
      // One article that cannot be read is reported and skipped; the others of the file load.
      articles.forEach((article, i) => {
        const where = articles.length > 1 ? `${file} record ${i + 1}` : file;
        try {
          annotations.push(validateAnnotation(extractAnnotation(article), where));
        } catch (error) {
          errors.set(where, error instanceof Error ? error.message : String(error));
        }
      });
    } catch (error) {
      errors.set(file, error instanceof Error ? error.message : String(error));
    }
    bar.increment(1);
  }
  bar.stop();
  return { annotations, errors };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { batch: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const batchSize = Number(values.batch ?? 25);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`--batch: expected a positive integer, got ${values.batch}`);
  const files = await collectFiles(positionals);
  if (files.length === 0)
    throw new Error(`no article files (${ARTICLE_FILE.source}) in ${positionals.join(', ')}`);
  const { annotations, errors } = await extractAll(files);
  let summary: CorrectedLoadSummary | undefined;
  if (annotations.length > 0) {
    const graph = await openGraph(loadConfig(), (m) => console.error(`[guanxi] ${m}`));
    try {
      const bar = progressBar('load   ', annotations.length);
      summary = await loadCorrected(graph.db, annotations, {
        batchSize,
        onBatch: (done) => bar.update(done, { file: '' }),
      });
      bar.stop();
    } finally {
      await graph.close();
    }
  }
  const report = {
    files: files.length,
    articles: summary?.articles ?? { created: 0, merged: 0 },
    entities: summary?.entities ?? { created: 0, merged: 0 },
    relations: summary?.relations ?? { created: 0, merged: 0 },
    corrections: summary?.corrections ?? { applied: 0, notApplicable: 0, notApplicableList: [] },
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

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const known = error instanceof Neo4jStartError || error instanceof ConfigError;
    console.error(known || error instanceof Error ? `[guanxi] ${(error as Error).message}` : error);
    console.error(USAGE);
    process.exit(1);
  },
);
