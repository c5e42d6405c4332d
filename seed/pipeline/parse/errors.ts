/**
 * The one error the parse stage throws. Its message starts with the file name (and the NDJSON line or the JSON
 * record when there is one), then says what is wrong: `tests/x.html: no article body found (looked for …)`,
 * `x.ndjson: line 3: invalid JSON (…)`, `x.json: record 2: needs a non-empty "text" or "html"`.
 */

/** Where in the input a problem is: the file, and a 1-based NDJSON line or JSON array record. */
export interface Where {
  file: string;
  line?: number;
  record?: number;
}

export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly file: string;
  readonly line: number | undefined;
  readonly record: number | undefined;
  readonly reason: string;

  constructor(where: Where | string, reason: string, options: { cause?: unknown } = {}) {
    const at: Where = typeof where === 'string' ? { file: where } : where;
    const parts = [at.file];
    if (at.line !== undefined) parts.push(`line ${at.line}`);
    if (at.record !== undefined) parts.push(`record ${at.record}`);
    super(
      `${parts.join(': ')}: ${reason}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.file = at.file;
    this.line = at.line;
    this.record = at.record;
    this.reason = reason;
  }
}
