import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { DATA_LOCK_FILE, lockDataDir } from './data-lock.ts';

/** Bytes done of bytes in all, as the work goes. */
export type BackupProgress = (done: number, total: number) => void;

/** What a backup leaves out: the lock of whoever runs, and Neo4j's logs. */
const LEFT_OUT = [DATA_LOCK_FILE, 'logs'];

/** The bytes of the files a backup takes. */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const top = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep)[0] ?? '';
    if (entry.isFile() && !LEFT_OUT.includes(top))
      total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Passes bytes on, telling how many went by (a tar stream is a little more than its files: capped). */
function counter(total: number, onProgress: BackupProgress | undefined) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen = Math.min(seen + chunk.length, total);
      onProgress?.(seen, total);
      done(null, chunk);
    },
  });
}

/** Runs the system tar with the given arguments, its stdin or stdout one end of `streams`. */
async function tar(args: string[], streams: (child: ReturnType<typeof spawn>) => Promise<void>) {
  const child = spawn('tar', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  // tar may still be writing when the streams fail (a backup cut short): wait for it to exit before
  // anyone cleans up after it, or removing its half-unpacked folder races its writes (ENOTEMPTY).
  const [streamed] = await Promise.allSettled([streams(child), exited]);
  const code = await exited;
  if (streamed.status === 'rejected') throw streamed.reason;
  if (code !== 0) throw new Error(`tar ${args[0]} failed (exit ${code}): ${stderr.trim()}`);
}

/**
 * `npm run backup`: GUANXI_DATA_DIR (the archive, the Neo4j store, its password) packed into one .tar.gz,
 * written under a temporary name and renamed when whole. The data folder is taken for the time it runs
 * (see `lockDataDir`): the app and every command that writes must be stopped, and none can start
 * meanwhile, so the store is copied at rest.
 */
export async function backupDataDir(dataDir: string, file: string, onProgress?: BackupProgress) {
  if (!existsSync(dataDir)) throw new Error(`${dataDir}: no data folder to back up`);
  const lock = await lockDataDir(dataDir, 'backup');
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const total = await folderBytes(dataDir);
    const args = ['-c', '-f', '-', '-C', dataDir, ...LEFT_OUT.map((p) => `--exclude=./${p}`), '.'];
    await tar(args, async (child) => {
      if (!child.stdout) throw new Error('tar: no output');
      await pipeline(
        child.stdout,
        counter(total, onProgress),
        createGzip({ level: 6 }),
        createWriteStream(temporary, { mode: 0o600 }),
      );
    });
    onProgress?.(total, total);
    await rename(temporary, file);
    return { bytes: total, file, packed: (await stat(file)).size };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    await lock.release();
  }
}

/**
 * `npm run restore`: a backup unpacked in place of GUANXI_DATA_DIR. It is unpacked beside it first; only
 * when the whole file unpacked does the old folder move aside (`<dir>.before-restore-<time>`, kept for
 * the operator to delete) and the restored one take its name. Needs the data folder free, as a backup does.
 */
export async function restoreDataDir(dataDir: string, file: string, onProgress?: BackupProgress) {
  const { size } = await stat(file).catch(() => {
    throw new Error(`${file}: no such backup file`);
  });
  const parent = path.dirname(path.resolve(dataDir));
  const lock = existsSync(dataDir) ? await lockDataDir(dataDir, 'restore') : undefined;
  const unpacked = await mkdtemp(path.join(parent, `.${path.basename(dataDir)}.restoring-`));
  try {
    await tar(['-x', '-f', '-', '-C', unpacked, '--no-same-owner'], async (child) => {
      if (!child.stdin) throw new Error('tar: no input');
      await pipeline(createReadStream(file), counter(size, onProgress), createGunzip(), child.stdin).catch(
        (error: unknown) => {
          // tar stops reading at the archive's end marker and exits; Node then destroys its stdin, and a
          // pipeline that had not seen 'finish' yet calls that a premature close. tar's exit code decides.
          if (!stdinClosedByTar(error)) throw error;
        },
      );
    });
    const found = await readdir(unpacked);
    if (!found.includes('archive') && !found.includes('data'))
      throw new Error(`${file}: not a guanxi backup (no archive/ or data/ inside)`);
    let previous: string | undefined;
    if (existsSync(dataDir)) {
      previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(dataDir, previous);
      await rm(path.join(previous, DATA_LOCK_FILE), { force: true });
    }
    await rename(unpacked, dataDir);
    return { file, dataDir, previous };
  } catch (error) {
    await rm(unpacked, { recursive: true, force: true });
    await lock?.release();
    throw error;
  }
}

function stdinClosedByTar(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'EPIPE';
}
