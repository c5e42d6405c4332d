import { parentPort } from 'node:worker_threads';
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

parentPort?.on('message', async (task: ExtractionTask) => {
  let reply: ExtractionReply;
  try {
    const articles = task.kind === 'file' ? await parseFile(task.path) : parseBuffer(task.bytes, task.name);
    reply = { id: task.id, ok: true, annotations: articles.map((a) => extractAnnotation(a)) };
  } catch (error) {
    reply = { id: task.id, ok: false, failure: failure(error) };
  }
  parentPort?.postMessage(reply);
});
