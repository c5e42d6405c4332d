import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** The data folder is in use by another live process (the app, a command, a backup). */
export class DataDirBusyError extends Error {}

export interface DataLock {
  release(): Promise<void>;
}

const LOCK_FILE = 'guanxi.pid';

/** Whether the process is alive (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes GUANXI_DATA_DIR for this process: `guanxi.pid` holds its id and what it does, created exclusively.
 * A lock whose process is gone (a crash) is taken over; a live one is a DataDirBusyError that names it.
 * `npm start`, the commands that start the embedded Neo4j and `npm run backup`/`restore` take it, so a
 * backup never copies a store that is being written.
 */
export async function lockDataDir(dataDir: string, what: string): Promise<DataLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let tries = 0; ; tries++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid} ${what}\n`);
      await handle.close();
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= 3) throw error;
    }
    const holder = (await readFile(file, 'utf8').catch(() => '')).trim();
    const pid = Number.parseInt(holder, 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
      throw new DataDirBusyError(
        `${dataDir} is in use by process ${pid} (${holder.slice(String(pid).length).trim() || 'guanxi'}): stop it first.`,
      );
    if (pid === process.pid)
      throw new DataDirBusyError(`${dataDir} is already in use by this process (${holder}).`);
    await rm(file, { force: true }); // left by a process that is gone
  }
}

/** The lock file's name, which backups leave out. */
export const DATA_LOCK_FILE = LOCK_FILE;
