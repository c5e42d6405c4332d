import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseBoundedJson } from '../../contract/annotation/bounded-json.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import { AnnotationError, validateAnnotation } from '../../contract/annotation/validate.ts';
import { readAheadInOrder } from './read-ahead.ts';

/** An annotation holds at most 500,000 characters of text and bounded lists: far below this. */
const MAX_ANNOTATION_BYTES = 16 * 1024 * 1024;

/**
 * The `*.json` annotation files under the given paths: folders are walked (sub-folders too, as a corpus
 * written a thousand files per folder is), files are taken as given; sorted within each path.
 */
export async function annotationFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new AnnotationError(p, ['no such file or folder']);
    if (!info.isDirectory()) {
      files.push(p);
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((d) => d.isFile() && d.name.endsWith('.json'))
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
    // Not push(...found): spreading a corpus of 130,000 files overflows the call stack.
    for (const file of found) files.push(file);
  }
  return files;
}

/** One file read and validated; errors name the file. */
export async function readAnnotationFile(file: string): Promise<Annotation> {
  let value: unknown;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_ANNOTATION_BYTES) throw new Error(`${size} bytes, more than ${MAX_ANNOTATION_BYTES}`);
    value = parseBoundedJson(await readFile(file, 'utf8'), file);
  } catch (error) {
    throw new AnnotationError(file, [`not readable JSON: ${(error as Error).message}`]);
  }
  return validateAnnotation(value, file);
}

/**
 * The annotations of the files in order, each read and validated when it is needed (a few files ahead),
 * so memory stays flat whatever the number of files.
 */
export function streamAnnotationFiles(files: string[], readAhead = 16): AsyncGenerator<Annotation> {
  return readAheadInOrder(files, readAnnotationFile, readAhead);
}

/**
 * Reads and validates every annotation of the paths. All are checked before anything is returned, so a
 * bad file stops the load before a single write. For a handful of files (the seed); large corpora go
 * through `streamAnnotationFiles`.
 */
export async function readAnnotationFiles(paths: string[]): Promise<Annotation[]> {
  const annotations: Annotation[] = [];
  for await (const annotation of streamAnnotationFiles(await annotationFiles(paths)))
    annotations.push(annotation);
  return annotations;
}
