import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

async function du(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await du(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

/** Bytes of the default database's store files and of its transaction logs, in an embedded data folder. */
export async function storeSize(dataDir: string): Promise<{ store: number; txLogs: number }> {
  return {
    store: await du(path.join(dataDir, 'data', 'databases', 'neo4j')),
    txLogs: await du(path.join(dataDir, 'data', 'transactions', 'neo4j')),
  };
}
