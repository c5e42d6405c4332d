import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXTRACT_DIR = join(import.meta.dirname, '../../../../../seed/pipeline/extract');

/** The extractor's rule modules (`file` relative to seed/pipeline/extract, subfolders too): not the catalogue, not lexicon/. */
export function ruleModules(): { file: string; code: string }[] {
  return readdirSync(EXTRACT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/^(?:rules|lexicon)[/\\]/.test(f))
    .sort()
    .map((file) => ({ file, code: readFileSync(join(EXTRACT_DIR, file), 'utf8') }));
}
