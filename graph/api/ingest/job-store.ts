import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { IngestJob } from '../../../contract/api/payloads.ts';
import { JOB_ID } from '../../../contract/api/schemas/ingest.ts';
import { writeFileWhole } from '../../files/write-whole.ts';

/**
 * A job as it is kept: what the API shows, plus where to pick it up again. `checkpoint` is the last record
 * of the upload whose fate is in the graph (every record up to it was loaded or skipped, in committed
 * batches); `progress.done`, `progress.failed` and `progress.relationshipsWritten` as they stood then
 * are `committed`.
 */
export interface StoredJob {
  job: IngestJob;
  checkpoint: number;
  committed: { done: number; failed: number; relationshipsWritten: number };
}

const JOB_FILE = 'job.json';
const UPLOAD_FILE = 'upload';
const ID = new RegExp(JOB_ID);

/** Ids sort by creation time (a base-36 millisecond clock, then random hex) and match the route's pattern. */
export function newJobId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

/**
 * Jobs under a folder (GUANXI_DATA_DIR/jobs): `<id>/upload` holds the uploaded bytes until the job ends,
 * `<id>/job.json` its state, replaced whole (temporary file, fsync, rename) so a crash leaves the old state
 * or the new one. Without a folder (a test app), jobs live in memory and do not outlive the process.
 */
export class JobStore {
  private readonly uploads = new Map<string, Buffer>();

  constructor(readonly dir: string | undefined) {}

  /** Every kept job, oldest first; a folder whose state does not read is left alone and not listed. */
  async load(): Promise<StoredJob[]> {
    const { dir } = this;
    if (!dir || !existsSync(dir)) return [];
    const stored: StoredJob[] = [];
    for (const id of (await readdir(dir)).sort()) {
      if (!ID.test(id)) continue;
      try {
        stored.push(JSON.parse(await readFile(path.join(dir, id, JOB_FILE), 'utf8')) as StoredJob);
      } catch {
        // a job folder cut short before its first state was written: nothing was accepted
      }
    }
    return stored;
  }

  /** Keeps an upload's bytes, before the job is announced. */
  async putUpload(id: string, bytes: Buffer): Promise<void> {
    if (!this.dir) {
      this.uploads.set(id, bytes);
      return;
    }
    await mkdir(path.join(this.dir, id), { recursive: true });
    await writeFileWhole(path.join(this.dir, id, UPLOAD_FILE), bytes);
  }

  /** The upload's bytes, or undefined when they are gone. */
  async upload(id: string): Promise<Buffer | undefined> {
    if (!this.dir) return this.uploads.get(id);
    return readFile(path.join(this.dir, id, UPLOAD_FILE)).catch(() => undefined);
  }

  async save(stored: StoredJob): Promise<void> {
    if (!this.dir) return;
    await mkdir(path.join(this.dir, stored.job.id), { recursive: true });
    await writeFileWhole(path.join(this.dir, stored.job.id, JOB_FILE), JSON.stringify(stored));
  }

  /** A finished job's upload is no longer needed. */
  async dropUpload(id: string): Promise<void> {
    this.uploads.delete(id);
    if (this.dir) await rm(path.join(this.dir, id, UPLOAD_FILE), { force: true });
  }

  /** Forgets a job altogether (old finished jobs beyond the ones kept). */
  async remove(id: string): Promise<void> {
    this.uploads.delete(id);
    if (this.dir) await rm(path.join(this.dir, id), { recursive: true, force: true });
  }
}
