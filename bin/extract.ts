import { parseArgs } from 'node:util';
import { trimInvalid } from '../contract/annotation/trim-invalid.ts';
import { formatTrace } from '../seed/pipeline/extract/explain.ts';
import { extract } from '../seed/pipeline/extract/extract.ts';
import { ParseError, parseFile } from '../seed/pipeline/parse/index.ts';

/**
 * npm run extract -- FILE [--record N] [--explain]
 *
 * Prints exactly one annotation JSON (schema-valid, review status draft) on stdout and nothing else there;
 * diagnostics go to stderr. A file that holds several records (NDJSON, a JSON array) prints record 1 unless
 * --record N (1-based) picks another, and says on stderr how many there are. --explain writes to stderr a table
 * of every entity and relation with the id of the rule that produced it (seed/pipeline/extract/rules/) and its
 * evidence span (offsets into the article text and the span's text). A file that cannot be parsed exits
 * with status 1 and a message that names the file.
 */

const USAGE = 'usage: npm run extract -- FILE [--record N] [--explain]';

function fail(message: string, status: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        record: { type: 'string' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
}

const { values, positionals } = readArgs();
if (values.help) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail(USAGE, 2);

let articles: Awaited<ReturnType<typeof parseFile>>;
try {
  articles = await parseFile(file);
} catch (error) {
  if (error instanceof ParseError) fail(error.message, 1);
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`, 1);
}
if (articles.length === 0) fail(`${file}: no article found`, 1);

let index = 0;
if (values.record !== undefined) {
  const n = Number(values.record);
  if (!Number.isInteger(n) || n < 1 || n > articles.length) {
    fail(`${file}: --record must be between 1 and ${articles.length}, not ${values.record}`, 2);
  }
  index = n - 1;
} else if (articles.length > 1) {
  process.stderr.write(
    `${file}: holds ${articles.length} records; printing record 1 (choose with --record N)\n`,
  );
}

const article = articles[index];
if (!article) fail(`${file}: record ${index + 1} not found`, 1);
const { annotation: extracted, trace } = extract(article);
if (values.explain) process.stderr.write(`${formatTrace(trace)}\n`);
let annotation = extracted;
try {
  annotation = trimInvalid(extracted, file);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1);
}
process.stdout.write(`${JSON.stringify(annotation, null, 2)}\n`);
