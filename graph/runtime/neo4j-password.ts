import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the embedded Neo4j's password lives: in the data folder, readable by its owner only. */
export const passwordFile = (dataDir: string) => path.join(dataDir, 'neo4j-password');

/**
 * The password of the embedded Neo4j's `neo4j` user: made at first start (32 random bytes), kept in the
 * data folder with mode 0600 and read by the launcher, the app and every command that opens the folder.
 */
export async function neo4jPassword(dataDir: string): Promise<string> {
  const file = passwordFile(dataDir);
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A copy restored or made by hand may be readable by others: the password is the only lock on Bolt.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return (await readFile(file, 'utf8')).trim();
}
