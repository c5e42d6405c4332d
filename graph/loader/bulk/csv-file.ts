import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** Elements of array columns are separated by the ASCII unit separator, which no name contains. */
export const ARRAY_DELIMITER = '\u001f';

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * One CSV file of `neo4j-admin database import`: a typed header, then rows written as they come (waiting
 * when the disk falls behind, so memory stays flat). Every string is quoted (`""` is an empty string), a
 * missing value is an empty field (no property), booleans are `true`/`false`, as the importer reads them.
 */
export class CsvFile {
  private readonly out: WriteStream;
  rows = 0;

  constructor(
    readonly path: string,
    header: string[],
  ) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.out.write(`${header.map(quote).join(',')}\n`);
  }

  async write(values: CsvValue[]): Promise<void> {
    const line = `${values.map(cell).join(',')}\n`;
    this.rows += 1;
    if (!this.out.write(line)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // An empty list is no property, as a list with one empty string is not what the graph meant.
  if (Array.isArray(value)) return value.length ? quote(value.join(ARRAY_DELIMITER)) : '';
  if (typeof value === 'string') return quote(value);
  return String(value);
}
