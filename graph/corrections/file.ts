import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { Correction, CorrectionFile } from '../../contract/api/corrections.ts';
import { CorrectionFileSchema } from '../../contract/api/schemas/corrections.ts';

export class CorrectionFileError extends Error {}

const ajv = new Ajv({ discriminator: true, strict: false, allErrors: false });
addFormats(ajv);
const validateFile = ajv.compile<CorrectionFile>(CorrectionFileSchema);

/** `/corrections/3/change/entity` → `corrections[3].change.entity` */
const fieldOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`))
    .join('');

/** Reads a corrections file (`npm run corrections -- export` wrote it); errors name the file and the field. */
export function parseCorrectionFile(text: string, source: string): Correction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorrectionFileError(`${source}: not JSON (${(error as Error).message})`);
  }
  // Where and whether it applies is worked out again in the database it is imported into.
  return checkCorrectionFile(json, source).map((c) => ({ ...c, status: 'recorded' }));
}

/** A corrections file's content checked as it is, statuses kept (the archive's journal keeps them). */
export function checkCorrectionFile(json: unknown, source: string): Correction[] {
  if (!validateFile(json)) {
    const error = validateFile.errors?.[0];
    const params = (error?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
    const named = params.missingProperty ?? params.additionalProperty;
    const field = fieldOf(`${error?.instancePath ?? ''}${named ? `/${named}` : ''}`) || 'file';
    const reason = params.missingProperty
      ? 'is required'
      : params.additionalProperty
        ? 'is not a known field'
        : (error?.message ?? 'is invalid');
    throw new CorrectionFileError(
      `${source}: ${field} ${reason} (a corrections file is {"kind": "guanxi-corrections", "version": 1, "corrections": [...]} as npm run corrections -- export writes it)`,
    );
  }
  const ids = new Set<string>();
  for (const c of json.corrections) {
    if (ids.has(c.id)) throw new CorrectionFileError(`${source}: correction ${c.id} appears twice`);
    ids.add(c.id);
  }
  return json.corrections;
}

export function toCorrectionFile(corrections: Correction[]): CorrectionFile {
  return { kind: 'guanxi-corrections', version: 1, corrections };
}

/** Every corrections file of the given files and folders (folders: their `.json` files, sorted). */
export async function readCorrectionFiles(inputs: string[]): Promise<Correction[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new CorrectionFileError(`${input}: no such file or folder`);
    if (info.isFile()) files.push(input);
    else {
      const names = (await readdir(input)).filter((n) => n.endsWith('.json')).sort();
      for (const name of names) files.push(path.join(input, name));
    }
  }
  const all: Correction[] = [];
  for (const file of files)
    for (const correction of parseCorrectionFile(await readFile(file, 'utf8'), file)) all.push(correction);
  return all;
}
