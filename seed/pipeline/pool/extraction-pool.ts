import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnnotatedArticle, Annotation, ArticleOutcome } from '../../../contract/annotation/types.ts';
import { ParseError } from '../parse/index.ts';
import type { ExtractionReply, ExtractionTask, TaskFailure } from './messages.ts';

/**
 * The article pipeline (parse → extract) on worker threads, so extraction uses every core and the calling
 * thread stays free (to write to Neo4j, or to answer HTTP requests). Results and errors are what the
 * pipeline gives on the calling thread: annotations, or a ParseError for input that is not an article.
 */
export interface ExtractionPool {
  /** The raw bytes of an article file; `name` tells the format (by its extension) and names it in errors. */
  extract(bytes: Uint8Array, name: string): Promise<Annotation[]>;
  /** An article file by path, read on the worker. */
  extractFile(path: string): Promise<Annotation[]>;
  /** Parses only (an upload's records, to count them and hand them out a few at a time). */
  parse(bytes: Uint8Array, name: string): Promise<AnnotatedArticle[]>;
  /**
   * Extracts and validates parsed articles, one outcome per article in order: an article that cannot be
   * extracted or gives an invalid annotation is reported (`names[i]` names it) while the others go on.
   */
  extractArticles(articles: AnnotatedArticle[], names: string[]): Promise<ArticleOutcome[]>;
  /** Worker threads: how many tasks run at once. */
  readonly size: number;
  /** Finishes the tasks under way, then stops the workers. Safe to call twice. */
  close(): Promise<void>;
}

type Job = { task: ExtractionTask; resolve: (result: never) => void; reject: (e: Error) => void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type NewTask = DistributiveOmit<ExtractionTask, 'id'>;

function revive(failure: TaskFailure): Error {
  if (failure.parse) {
    const { reason, ...where } = failure.parse;
    return new ParseError(where, reason);
  }
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}

const WORKER = new URL('./worker-entry.mjs', import.meta.url);

/** Starts `size` workers (default: one per core); each loads the pipeline's dictionaries once. */
export function createExtractionPool(options: { size?: number } = {}): ExtractionPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let nextId = 0;
  let closing: Promise<void> | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      busy.set(worker, job);
      worker.postMessage(job.task);
    }
  };

  const spawn = () => {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: ExtractionReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) {
        if (reply.ok) job.resolve(reply.result as never);
        else job.reject(revive(reply.failure));
      }
      dispatch();
    });
    worker.on('error', (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
    });
    worker.on('exit', () => {
      const job = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (job) job.reject(new Error('an extraction worker stopped during the task'));
      if (!closing) {
        spawn();
        dispatch();
      }
    });
    idle.push(worker);
  };
  for (let i = 0; i < size; i++) spawn();

  const run = <T>(task: NewTask) =>
    new Promise<T>((resolve, reject) => {
      if (closing) {
        reject(new Error('the extraction pool is closed'));
        return;
      }
      queue.push({ task: { ...task, id: nextId++ }, resolve, reject });
      dispatch();
    });

  return {
    size,
    extract: (bytes, name) => run<Annotation[]>({ kind: 'bytes', bytes, name }),
    extractFile: (path) => run<Annotation[]>({ kind: 'file', path }),
    parse: (bytes, name) => run<AnnotatedArticle[]>({ kind: 'parse', bytes, name }),
    extractArticles: (articles, names) => run<ArticleOutcome[]>({ kind: 'articles', articles, names }),
    close() {
      closing ??= (async () => {
        while (busy.size > 0 || queue.length > 0) {
          await new Promise((resolve) => setImmediate(resolve));
        }
        await Promise.all([...idle].map((w) => w.terminate()));
      })();
      return closing;
    },
  };
}
