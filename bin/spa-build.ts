import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../graph/config.ts';
import type { Log } from '../graph/runtime/launcher-build.ts';

export const DIST_DIR = path.join(PROJECT_ROOT, 'dist');
const INPUTS = ['src', 'index.html', 'embed.html', 'vite.config.ts', 'contract', 'package-lock.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Builds the SPA with Vite unless dist/ is newer than everything it is built from. */
export async function ensureSpaBuilt(log: Log): Promise<void> {
  const built = newestMtime(path.join(DIST_DIR, 'index.html'));
  const sources = Math.max(...INPUTS.map((i) => newestMtime(path.join(PROJECT_ROOT, i))));
  if (built > sources) return;
  log('Building the web app (vite build)…');
  const { build } = await import('vite');
  await build({
    root: PROJECT_ROOT,
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
  });
  log('Web app built.');
}
