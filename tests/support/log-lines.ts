import { Writable } from 'node:stream';

export interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  [key: string]: unknown;
}

/** A pino destination that keeps every structured line, for tests that check what the server logged. */
export function logCapture(): { stream: Writable; lines: LogLine[] } {
  const lines: LogLine[] = [];
  let pending = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      pending += String(chunk);
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) if (part.trim()) lines.push(JSON.parse(part) as LogLine);
      done();
    },
  });
  return { stream, lines };
}
