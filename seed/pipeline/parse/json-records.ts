/**
 * JSON records `{title, publishedAt, source, reporters?, url?, site?, language?, text | html}`: a `.json` file
 * holds one record or an array of them, an `.ndjson`/`.jsonl` file one per line (blank lines skipped). `text` is
 * split into paragraphs like every other format and a byline at its start fills `reporters` when the record has
 * none; `html` (used only when there is no `text`) goes through the HTML parser, and the record's own fields win
 * over what the page says. `publishedAt` may be any date form `dates.ts` reads, or epoch seconds/milliseconds.
 * A crawler's envelope around the record (`{"data":{"article":{…}}}`) is opened. Crawler spellings are read too:
 * `content`/`body` for the body, `published_at`/`pubDate`/`pubtime`/`publishTime`/`date`/`time` for the date,
 * `origin`/`from` for the source.
 */
import { jsonDepth, MAX_JSON_DEPTH } from '../../../contract/annotation/bounded-json.ts';
import { pageFingerprint } from '../../../contract/annotation/ids.ts';
import type { AnnotatedArticle } from '../../../contract/annotation/types.ts';
import { type ArticleFields, buildArticle, emptyFields } from './article.ts';
import { tidyBody } from './body-lines.ts';
import { authorNames, paragraphsByline } from './byline.ts';
import { epochToChinaTime, parsePublishedAt } from './dates.ts';
import { ParseError, type Where } from './errors.ts';
import { extractHtml } from './html.ts';
import { splitLines, splitParagraphs } from './paragraphs.ts';

const DATE_KEYS = [
  'publishedAt',
  'published_at',
  'pubDate',
  'pubdate',
  'pubtime',
  'pubTime',
  'publishTime',
  'publish_time',
  'publishDate',
  'publish_date',
  'releaseTime',
  'date',
  'time',
];
const SOURCE_KEYS = ['source', 'origin', 'from'];
const LOOKED_FOR = 'a "text", "html", "content" or "body" field';

type Fail = (reason: string) => never;

function optionalString(record: Record<string, unknown>, key: string, fail: Fail): string | null | undefined {
  const value = record[key];
  if (value === undefined || value === null || typeof value === 'string') return value;
  return fail(`"${key}" must be a string or null, got ${typeof value}`);
}

function readPublishedAt(value: unknown, fail: Fail): string | null | undefined {
  if (value === undefined || value === null || value === '') return value === undefined ? undefined : null;
  const parsed =
    typeof value === 'number'
      ? epochToChinaTime(value)
      : typeof value === 'string'
        ? parsePublishedAt(value)
        : null;
  return parsed ?? fail(`"publishedAt" is not a date: ${JSON.stringify(value)}`);
}

function readReporters(value: unknown, fail: Fail): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.map((v: string) => v.trim()).filter(Boolean);
  }
  return fail('"reporters" must be an array of strings');
}

/** Crawlers often say `author: "张三 李四"` or `authors: [...]` instead of `reporters`. */
function readAuthors(record: Record<string, unknown>): string[] | undefined {
  for (const key of ['author', 'authors', 'reporter', 'byline']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return authorNames(value);
    if (Array.isArray(value)) {
      const names = value.filter((v): v is string => typeof v === 'string').flatMap((v) => authorNames(v));
      if (names.length > 0) return names;
    }
  }
  return undefined;
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

/** One record to an article; `where` names the file and line or record in errors. */
export function parseRecord(value: unknown, where: Where): AnnotatedArticle {
  const fail: Fail = (reason) => {
    throw new ParseError(where, reason);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`expected a record object, got ${kindOf(value)}`);
  }
  const record = value as Record<string, unknown>;
  let text = optionalString(record, 'text', fail);
  let html = optionalString(record, 'html', fail);
  // Crawlers often name the body `content` or `body`: markup goes to the HTML parser, plain text is text.
  if (!text?.trim() && !html?.trim()) {
    const body = ['content', 'body'].map((k) => record[k]).find((v): v is string => typeof v === 'string');
    if (body && /<(?:p|div|br|span|article|section|h[1-6])\b/i.test(body)) html = body;
    else if (body) text = body;
  }
  if (!text?.trim() && !html?.trim()) return fail('needs a non-empty "text" or "html"');
  const title = optionalString(record, 'title', fail);
  // …or the date `published_at`, `pubDate`, `publishTime` or `date`.
  const dateKey = DATE_KEYS.find((k) => record[k] !== undefined);
  const publishedAt = readPublishedAt(dateKey ? record[dateKey] : undefined, fail);
  // …and the source `origin` or `from`.
  const sourceKey = SOURCE_KEYS.find((k) => record[k] !== undefined);
  const source = sourceKey ? optionalString(record, sourceKey, fail) : undefined;
  const site = optionalString(record, 'site', fail);
  const url = optionalString(record, 'url', fail);
  const language = optionalString(record, 'language', fail);
  const reporters = readReporters(record.reporters, fail) ?? readAuthors(record);

  const fields: ArticleFields = text?.trim() ? emptyFields() : extractHtml(html ?? '', url ?? null);
  if (text?.trim()) {
    const tidy = tidyBody(splitParagraphs(text));
    fields.paragraphs = tidy.paragraphs;
    fields.images = tidy.images;
    fields.footerTitle = tidy.footerTitle;
    fields.reporters = [...paragraphsByline(fields.paragraphs), ...tidy.reporters];
    fields.publishedAt = tidy.info.find((i) => i.publishedAt)?.publishedAt ?? null;
  }
  fields.title = title?.trim() || fields.title;
  if (publishedAt !== undefined) fields.publishedAt = publishedAt;
  if (source !== undefined) fields.source = source;
  // A record says where it was found or nothing: a site guessed from its html (a <title> suffix) is not used.
  fields.site = site ?? null;
  if (url !== undefined) fields.url = url;
  if (language) fields.language = language;
  if (reporters !== undefined) fields.reporters = reporters;
  // The record is the page: the same record gives the same fingerprint whatever its fields are read into.
  return {
    ...buildArticle(fields, where, LOOKED_FOR, { fitPage: false }),
    fingerprint: pageFingerprint(JSON.stringify(record)),
  };
}

/** V8 says `… in JSON at position 45 (line 3 column 5)` or only the position; this finds the line. */
function jsonErrorLine(message: string, text: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position?.[1]) return text.slice(0, Number(position[1])).split('\n').length;
  return /end of JSON input/.test(message) ? text.trimEnd().split('\n').length : undefined;
}

function parseJsonText(text: string, where: Where): unknown {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new ParseError(where, `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = where.line ?? jsonErrorLine(message, text);
    throw new ParseError({ ...where, line }, `invalid JSON (${message})`, { cause: error });
  }
}

const BODY_KEYS = ['text', 'html', 'content', 'body'];
const MAX_WRAPPING = 3;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The record inside a crawler's envelope (`{"data":{"article":{…}}}`, `{"result":{"items":[…]}}`): an object with no
 * body field whose only object or array member holds the record(s), up to three levels down. Anything else is
 * returned as it is, for parseRecord to accept or name what is missing.
 */
function unwrap(value: unknown): unknown {
  let current = value;
  for (let depth = 0; depth < MAX_WRAPPING && isObject(current); depth++) {
    const record = current;
    if (BODY_KEYS.some((k) => record[k] !== undefined)) return record;
    const inner = Object.values(record).filter((v) => isObject(v) || Array.isArray(v));
    if (inner.length !== 1) return record;
    current = inner[0];
  }
  return current;
}

/** A `.json` document: one record, or an array of records (an empty array gives no articles). */
export function parseJsonDocument(text: string, name: string): AnnotatedArticle[] {
  const value = unwrap(parseJsonText(text, { file: name }));
  if (!Array.isArray(value)) return [parseRecord(value, { file: name })];
  return value.map((record, i) => parseRecord(record, { file: name, record: i + 1 }));
}

/** An `.ndjson`/`.jsonl` document: one record per non-blank line; errors name the line. */
export function parseNdjson(text: string, name: string): AnnotatedArticle[] {
  const articles: AnnotatedArticle[] = [];
  splitLines(text).forEach((line, i) => {
    if (!line.trim()) return;
    const where = { file: name, line: i + 1 };
    articles.push(parseRecord(unwrap(parseJsonText(line, where)), where));
  });
  return articles;
}
