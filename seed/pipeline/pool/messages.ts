import type { AnnotatedArticle, Annotation, ArticleOutcome } from '../../../contract/annotation/types.ts';

/**
 * What the pool sends a worker: an article file (its bytes or its path) to parse and extract, bytes to
 * parse only, or parsed articles to extract (and validate) one by one.
 */
export type ExtractionTask =
  | { id: number; kind: 'bytes'; bytes: Uint8Array; name: string }
  | { id: number; kind: 'file'; path: string }
  | { id: number; kind: 'parse'; bytes: Uint8Array; name: string }
  | { id: number; kind: 'articles'; articles: AnnotatedArticle[]; names: string[] };

/** What each kind of task answers. */
export interface TaskResults {
  bytes: Annotation[];
  file: Annotation[];
  parse: AnnotatedArticle[];
  articles: ArticleOutcome[];
}

/** A failure crosses the thread boundary as data; a ParseError is made again on the other side. */
export interface TaskFailure {
  name: string;
  message: string;
  parse?: { file: string; line?: number; record?: number; reason: string };
}

export type ExtractionReply =
  | { id: number; ok: true; result: TaskResults[keyof TaskResults] }
  | { id: number; ok: false; failure: TaskFailure };
