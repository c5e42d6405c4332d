import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseBoundedJson } from '../../contract/annotation/bounded-json.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import { AnnotationError, validateAnnotation } from '../../contract/annotation/validate.ts';

/** An annotation holds at most 500,000 characters of text and bounded lists: far below this. */
const MAX_ANNOTATION_BYTES = 16 * 1024 * 1024;

/**
 * Reads and validates every `*.json` annotation in a folder (or the given files). All are checked
 * before anything is returned, so a bad file stops the load before a single write.
 */
export async function readAnnotationFiles(paths: string[]): Promise<Annotation[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await readdir(p, { withFileTypes: true }).catch(() => undefined);
    if (stat)
      files.push(
        ...stat
          .filter((d) => d.isFile() && d.name.endsWith('.json'))
          .map((d) => path.join(p, d.name))
          .sort(),
      );
    else files.push(p);
  }
  const annotations: Annotation[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      const size = (await stat(file)).size;
      if (size > MAX_ANNOTATION_BYTES) throw new Error(`${size} bytes, more than ${MAX_ANNOTATION_BYTES}`);
      value = parseBoundedJson(await readFile(file, 'utf8'), file);
    } catch (error) {
      throw new AnnotationError(file, [`not readable JSON: ${(error as Error).message}`]);
    }
    annotations.push(validateAnnotation(value, file));
  }
  return annotations;
}
