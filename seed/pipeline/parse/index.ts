/**
 * The parse stage: an input file (page scrape `.txt`, HTML in any charset, JSON / NDJSON records) to zero or more
 * clean `AnnotatedArticle`s. Anything that is not an article (empty, binary, invalid JSON, no body, undecodable
 * bytes) throws a `ParseError` whose message names the file and the problem; a missing title or date is guessed
 * and noted in `article.warnings`.
 */
import { readFile } from 'node:fs/promises';
import { pageFingerprint } from '../../../contract/annotation/ids.ts';
import { formatByExtension, type InputFormat } from '../../../contract/annotation/input-formats.ts';
import type { AnnotatedArticle } from '../../../contract/annotation/types.ts';
import { binaryKind, decodeText } from './charset.ts';
import { ParseError } from './errors.ts';
import { parseHtml } from './html.ts';
import { stripInlinePinyin } from './inline-pinyin.ts';
import { withoutInvisible } from './invisible.ts';
import { parseJsonDocument, parseNdjson } from './json-records.ts';
import { parseScrape } from './scrape.ts';

export type { InputFormat } from '../../../contract/annotation/input-formats.ts';
export { ParseError, type Where } from './errors.ts';

const HTML_START_RE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** `<html`/`<!doctype` → html; `[` → json; `{` → ndjson when every line is a `{…}` object, else json. */
export function formatByContent(text: string): InputFormat {
  const start = text.trimStart();
  if (HTML_START_RE.test(start) || /<html[\s>]/i.test(start.slice(0, 2048))) return 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const lines = start.split(/\r?\n/).filter((line) => line.trim());
    const oneObjectPerLine = lines.every((line) => /^\s*\{.*\}\s*$/.test(line));
    return lines.length > 1 && oneObjectPerLine ? 'ndjson' : 'json';
  }
  return 'scrape';
}

/**
 * Parses uploaded or read bytes. `name` (a path or an upload's file name) picks the format by its extension,
 * falling back to the content, and is named in every error.
 */
export function parseBuffer(buffer: Uint8Array, name: string): AnnotatedArticle[] {
  if (buffer.length === 0) throw new ParseError(name, 'empty file');
  const binary = binaryKind(buffer);
  if (binary) throw new ParseError(name, `binary content, not text (${binary})`);
  const byExtension = formatByExtension(name);
  const decoded = decodeText(buffer, name, { html: byExtension === 'html' || byExtension === undefined });
  if (!decoded.trim()) throw new ParseError(name, 'empty file (only whitespace)');
  const text = stripInlinePinyin(withoutInvisible(decoded));
  switch (byExtension ?? formatByContent(text)) {
    case 'html':
      return [{ ...parseHtml(text, name), fingerprint: pageFingerprint(buffer) }];
    case 'json':
      return parseJsonDocument(text, name);
    case 'ndjson':
      return parseNdjson(text, name);
    case 'scrape':
      return [{ ...parseScrape(text, name), fingerprint: pageFingerprint(buffer) }];
  }
}

export async function parseFile(path: string): Promise<AnnotatedArticle[]> {
  let buffer: Uint8Array;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError(path, `cannot read the file (${reason})`, { cause: error });
  }
  return parseBuffer(buffer, path);
}
