import { readFileSync } from 'node:fs';
import type { Annotation } from '../../contract/annotation/types.ts';

export const SEED_ANNOTATION_FILE = 'seed/annotations/f272be3deda32c55.json';

/** A fresh copy of the reviewed seed annotation, safe to modify in a test. */
export function seedAnnotation(): Annotation {
  return JSON.parse(readFileSync(SEED_ANNOTATION_FILE, 'utf8')) as Annotation;
}
