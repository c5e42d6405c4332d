import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation } from '../../contract/annotation/types.ts';
import { validateAnnotation } from '../../contract/annotation/validate.ts';
import type { Correction } from '../../contract/api/corrections.ts';
import { checkCorrectionFile, toCorrectionFile } from '../corrections/file.ts';
import type { CorrectionJournal } from '../corrections/journal.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/** One ingest of one article: what it was made from and what was loaded. The last entry of an article wins. */
export interface ArchiveEntry {
  /** The article's id (the annotation's `article.id`). */
  article: string;
  /** sha256 of the annotation's JSON, in `annotations/`. */
  annotation: string;
  /** sha256 of the original bytes in `sources/` (a file may hold many articles); null for an annotation sent as such. */
  source: string | null;
  /** The file or upload it came from (`crawl.ndjson record 12`), for people. */
  name: string;
  /** When it was archived (ISO 8601). */
  at: string;
}

/** What one article of an ingest brings: its annotation and, when it was extracted here, its file's bytes. */
export interface ArchiveItem {
  annotation: Annotation;
  source?: { sha256: string; name: string };
  name?: string;
}

const INDEX = 'index.ndjson';
const CORRECTIONS = 'corrections.ndjson';
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Everything the graph was built from, under GUANXI_DATA_DIR/archive, so it can always be rebuilt:
 *
 *     sources/ab/<sha256>            an ingested file's original bytes, stored once whatever holds it
 *     annotations/ab/<sha256>.json   an annotation as it was loaded (before corrections)
 *     index.ndjson                   one ArchiveEntry per line, appended, the last per article winning
 *     corrections.ndjson             every correction as it was made or imported (seeding, the API, the
 *                                    corrections command), appended in its transaction before the commit;
 *                                    an attempt that did not commit is voided by a later line
 *
 * Files are content-addressed and written whole (a temporary name, then a rename) before the entry that
 * names them, and entries before the graph transaction that loads them commits: the archive may hold an
 * article or a correction the graph lacks (a write that failed), never the reverse.
 */
export class ArticleArchive {
  /** The journal the corrections service writes to. */
  readonly journal: CorrectionJournal;

  constructor(readonly dir: string) {
    this.journal = {
      keep: (attempt, made, corrections) =>
        this.append(CORRECTIONS, [{ attempt, made, file: toCorrectionFile(corrections) }]),
      void: (attempts) => this.append(CORRECTIONS, [{ void: attempts }]),
    };
  }

  /** Keeps an ingested file's bytes; returns their sha256. */
  async putSource(bytes: Buffer): Promise<string> {
    const hash = sha256(bytes);
    await this.putFile(this.sourcePath(hash), bytes);
    return hash;
  }

  /** Keeps a file's bytes as they are read from disk (a crawl of many megabytes is never held whole); returns their sha256. */
  async putSourceFile(file: string): Promise<string> {
    const temporary = path.join(this.dir, 'sources', `.${randomBytes(6).toString('hex')}.tmp`);
    await mkdir(path.dirname(temporary), { recursive: true });
    const hash = createHash('sha256');
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        for await (const chunk of createReadStream(file)) {
          hash.update(chunk as Buffer);
          await handle.write(chunk as Buffer);
        }
        await handle.datasync();
      } finally {
        await handle.close();
      }
      const digest = hash.digest('hex');
      const target = this.sourcePath(digest);
      if (existsSync(target)) await rm(temporary);
      else {
        await mkdir(path.dirname(target), { recursive: true });
        await rename(temporary, target);
      }
      return digest;
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** Keeps the annotations of one ingest and records them in the index, in one append. */
  async record(items: ArchiveItem[]): Promise<ArchiveEntry[]> {
    const at = new Date().toISOString();
    const entries: ArchiveEntry[] = [];
    for (const item of items) {
      const json = JSON.stringify(item.annotation);
      const hash = sha256(json);
      await this.putFile(this.annotationPath(hash), json);
      entries.push({
        article: item.annotation.article.id,
        annotation: hash,
        source: item.source?.sha256 ?? null,
        name: item.name ?? item.source?.name ?? 'annotation',
        at,
      });
    }
    await this.append(INDEX, entries);
    return entries;
  }

  /**
   * Every correction that entered the graph, as the last committed attempt left it, in the order of their
   * `seq`: what a rebuild imports. Lines that do not read (cut short by a crash) are counted and skipped.
   */
  async corrections(): Promise<{ corrections: Correction[]; unreadable: number }> {
    const file = path.join(this.dir, CORRECTIONS);
    if (!existsSync(file)) return { corrections: [], unreadable: 0 };
    const attempts = new Map<string, Correction[]>();
    let unreadable = 0;
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      try {
        const value = JSON.parse(line) as { attempt?: unknown; void?: unknown; file?: unknown };
        if (Array.isArray(value.void)) for (const a of value.void) attempts.delete(String(a));
        else if (typeof value.attempt === 'string')
          attempts.set(value.attempt, checkCorrectionFile(value.file, `${file} attempt ${value.attempt}`));
        else unreadable += 1;
      } catch {
        unreadable += 1;
      }
    }
    const latest = new Map<string, Correction>();
    for (const corrections of attempts.values()) for (const c of corrections) latest.set(c.id, c);
    return { corrections: [...latest.values()].sort((a, b) => a.seq - b.seq), unreadable };
  }

  /**
   * The latest entry of every article, in the order articles were first archived. A line that does not
   * read (the last one, cut short by a crash) is counted in `unreadable` and skipped.
   */
  async entries(): Promise<{ entries: ArchiveEntry[]; unreadable: number }> {
    const file = path.join(this.dir, INDEX);
    if (!existsSync(file)) return { entries: [], unreadable: 0 };
    const latest = new Map<string, ArchiveEntry>();
    let unreadable = 0;
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const entry = parseEntry(line);
      if (entry) latest.set(entry.article, entry);
      else unreadable += 1;
    }
    return { entries: [...latest.values()], unreadable };
  }

  /** An archived annotation, validated again (the archive is input like any other). */
  async annotation(entry: ArchiveEntry): Promise<Annotation> {
    const file = this.annotationPath(entry.annotation);
    return validateAnnotation(JSON.parse(await readFile(file, 'utf8')), file);
  }

  async source(hash: string): Promise<Buffer> {
    if (!HEX64.test(hash)) throw new Error(`${hash}: not a sha256`);
    return readFile(this.sourcePath(hash));
  }

  /** Files of the given kind, for checks (`sources` or `annotations`). */
  async count(kind: 'sources' | 'annotations'): Promise<number> {
    const dir = path.join(this.dir, kind);
    if (!existsSync(dir)) return 0;
    return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  }

  /** Lines appended to one of the archive's logs, synced before it returns. */
  private async append(name: string, lines: object[]): Promise<void> {
    if (lines.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const handle = await open(path.join(this.dir, name), 'a', 0o600);
    try {
      await handle.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  private sourcePath(hash: string) {
    return path.join(this.dir, 'sources', hash.slice(0, 2), hash);
  }

  private annotationPath(hash: string) {
    if (!HEX64.test(hash)) throw new Error(`${hash}: not a sha256`);
    return path.join(this.dir, 'annotations', hash.slice(0, 2), `${hash}.json`);
  }

  /** Content-addressed: a file already there holds these very bytes. */
  private async putFile(file: string, data: Buffer | string): Promise<void> {
    if (existsSync(file)) return;
    await writeFileWhole(file, data);
  }
}

function parseEntry(line: string): ArchiveEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  const ok =
    typeof e.article === 'string' &&
    typeof e.annotation === 'string' &&
    HEX64.test(e.annotation) &&
    (e.source === null || (typeof e.source === 'string' && HEX64.test(e.source))) &&
    typeof e.name === 'string' &&
    typeof e.at === 'string';
  return ok ? (e as unknown as ArchiveEntry) : undefined;
}

/** Where a data folder keeps its archive. */
export const archiveDir = (dataDir: string) => path.join(dataDir, 'archive');
