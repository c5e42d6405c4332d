import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../graph/config.ts';
import { checkImports } from './lint/imports.ts';
import { CHECKED_ROOTS } from './lint/layers.ts';

/** `npm run lint` step: the layer rules of bin/lint/layers.ts and no import circles. Exits 1 on a breach. */
const sources = new Map<string, string>();
for (const root of CHECKED_ROOTS) {
  for (const entry of readdirSync(path.join(PROJECT_ROOT, root), { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(entry) || /(^|\/)(node_modules|target|dist)\//.test(entry)) continue;
    const file = `${root}/${entry.split(path.sep).join('/')}`;
    sources.set(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
  }
}
const { violations, cycles } = checkImports(sources);
for (const v of violations) console.error(`${v.file}: imports ${v.target} (${v.why})`);
for (const cycle of cycles) console.error(`import circle: ${cycle.join(' → ')}`);
if (violations.length + cycles.length > 0) process.exit(1);
console.log(`imports: ${sources.size} files follow the house plan, no circles`);
