import type { Annotation } from '../../../contract/annotation/types.ts';

/** What the pool sends a worker: the bytes of an article file (or its path) to parse and extract. */
export type ExtractionTask =
  | { id: number; kind: 'bytes'; bytes: Uint8Array; name: string }
  | { id: number; kind: 'file'; path: string };

/** A failure crosses the thread boundary as data; a ParseError is made again on the other side. */
export interface TaskFailure {
  name: string;
  message: string;
  parse?: { file: string; line?: number; record?: number; reason: string };
}

export type ExtractionReply =
  | { id: number; ok: true; annotations: Annotation[] }
  | { id: number; ok: false; failure: TaskFailure };
