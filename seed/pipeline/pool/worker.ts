import { parentPort } from 'node:worker_threads';
import { trimInvalid } from '../../../contract/annotation/trim-invalid.ts';
import type { ArticleOutcome } from '../../../contract/annotation/types.ts';
import { AnnotationError } from '../../../contract/annotation/validate.ts';
import { extractAnnotation } from '../extract/extract.ts';
import { ParseError, parseBuffer, parseFile } from '../parse/index.ts';
import type { ExtractionReply, ExtractionTask, TaskFailure } from './messages.ts';

/** One worker thread of the extraction pool: the same parse and extract as the main thread, one task at a time. */
function failure(error: unknown): TaskFailure {
  if (error instanceof ParseError) {
    return {
      name: error.name,
      message: error.message,
      parse: {
        file: error.file,
        reason: error.reason,
        ...(error.line === undefined ? {} : { line: error.line }),
        ...(error.record === undefined ? {} : { record: error.record }),
      },
    };
  }
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** An article that the extractor cannot handle or whose annotation is invalid is reported, not thrown. */
function outcome(article: Parameters<typeof extractAnnotation>[0], name: string): ArticleOutcome {
  try {
    return { ok: true, annotation: trimInvalid(extractAnnotation(article), name) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: error instanceof AnnotationError ? message : `${name}: ${message}` };
  }
}

async function run(task: ExtractionTask): Promise<ExtractionReply> {
  switch (task.kind) {
    case 'file':
      return { id: task.id, ok: true, result: (await parseFile(task.path)).map((a) => extractAnnotation(a)) };
    case 'bytes':
      return {
        id: task.id,
        ok: true,
        result: parseBuffer(task.bytes, task.name).map((a) => extractAnnotation(a)),
      };
    case 'parse':
      return { id: task.id, ok: true, result: parseBuffer(task.bytes, task.name) };
    case 'articles':
      return {
        id: task.id,
        ok: true,
        result: task.articles.map((a, i) => outcome(a, task.names[i] ?? a.id)),
      };
  }
}

parentPort?.on('message', async (task: ExtractionTask) => {
  let reply: ExtractionReply;
  try {
    reply = await run(task);
  } catch (error) {
    reply = { id: task.id, ok: false, failure: failure(error) };
  }
  parentPort?.postMessage(reply);
});
