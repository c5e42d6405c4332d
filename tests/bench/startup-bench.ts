import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../graph/runtime/free-port.ts';

/**
 * Starts `npm start` twice on one fresh data folder and reports each ready time (from spawn to the
 * "Ready" line) and /api/stats after each start: the second start must neither duplicate nor lose anything.
 * Usage: npx tsx tests/bench/startup-bench.ts
 */
interface Run {
  readyMs: number;
  stats: unknown;
}

async function startOnce(dataDir: string): Promise<Run> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), GUANXI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const readyMs = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      process.stderr.write(chunk);
      if (out.includes('Ready in')) resolve(performance.now() - started);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  const stats = await (await fetch(`http://127.0.0.1:${port}/api/stats`)).json();
  const stopped = new Promise((resolve) => child.on('exit', resolve));
  // Like Ctrl-C in a terminal: SIGINT to the whole process group (npm does not forward it).
  process.kill(-(child.pid ?? 0), 'SIGINT');
  await stopped;
  return { readyMs, stats };
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-bench-start-'));
try {
  const first = await startOnce(dataDir);
  const second = await startOnce(dataDir);
  const same = JSON.stringify(first.stats) === JSON.stringify(second.stats);
  console.log(
    JSON.stringify(
      {
        firstStartMs: Math.round(first.readyMs),
        secondStartMs: Math.round(second.readyMs),
        statsIdentical: same,
        stats: second.stats,
      },
      null,
      2,
    ),
  );
  if (!same) process.exitCode = 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
