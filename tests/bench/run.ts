import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench [-- NAME… [--option value…]]`: runs tests/bench/<NAME>-bench.ts (all of them without
 * names), passing the options that follow the names to each (`npm run bench -- corpus --entities 100000`).
 */
const dir = path.dirname(new URL(import.meta.url).pathname);
const available = readdirSync(dir)
  .filter((f) => f.endsWith('-bench.ts'))
  .map((f) => f.replace(/-bench\.ts$/, ''))
  .sort();
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('-'));
const wanted = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : available) {
  console.error(`\n== ${name} ==`);
  const result = spawnSync('npx', ['tsx', path.join(dir, `${name}-bench.ts`), ...options], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exitCode = 1;
}
