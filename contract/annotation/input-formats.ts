/** The formats of raw input the parse stage reads: a page scrape, an HTML page, JSON or NDJSON records. */
export type InputFormat = 'scrape' | 'html' | 'json' | 'ndjson';

/** File extensions → formats (a Map: the extension comes from an upload's name). */
const EXTENSIONS: ReadonlyMap<string, InputFormat> = new Map([
  ['txt', 'scrape'],
  ['text', 'scrape'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['shtml', 'html'],
  ['json', 'json'],
  ['ndjson', 'ndjson'],
  ['jsonl', 'ndjson'],
]);

/** The format a file's name gives, if its extension is one of the parse stage's. */
export function formatByExtension(name: string): InputFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS.get(ext) : undefined;
}

/** Formats whose file holds records, each an article of its own (fingerprinted by the record, not the file). */
export function holdsRecords(format: InputFormat | undefined): boolean {
  return format === 'json' || format === 'ndjson';
}
