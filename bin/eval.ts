import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from '../seed/pipeline/eval/evaluate.ts';
import { textReport } from '../seed/pipeline/eval/report.ts';

/**
 * npm run eval [-- --set gold|train|heldout|blind] [--dir DIR] [--verbose] [--json]
 * Scores the extractor against tests/fixtures/gold (or train, heldout or blind): entity and relation precision, recall and F1 per
 * article and overall (micro). --verbose lists missed and spurious items; --json prints the figures as JSON.
 */
const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'gold' },
    dir: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const SETS = ['gold', 'train', 'heldout', 'blind'];
if (values.help) {
  process.stdout.write(`usage: npm run eval -- [--set ${SETS.join('|')}] [--dir DIR] [--verbose] [--json]\n`);
  process.exit(0);
}
if (!SETS.includes(values.set ?? '')) {
  process.stderr.write(
    `--set must be ${SETS.slice(0, -1).join(', ')} or ${SETS.at(-1)}, not ${values.set}\n`,
  );
  process.exit(2);
}
const dir = resolve(values.dir ?? `tests/fixtures/${values.set}`);
try {
  const result = await evaluate(dir);
  const notes = new Map(result.cases.flatMap((c) => (c.note ? [[c.name, c.note] as const] : [])));
  if (values.json) {
    const { scores, entities, relations } = result;
    const articles = scores.map((s) =>
      values.verbose ? s : { name: s.name, entities: s.entities, relations: s.relations },
    );
    process.stdout.write(`${JSON.stringify({ dir, articles, overall: { entities, relations } }, null, 2)}\n`);
  } else {
    process.stdout.write(textReport(result.scores, result, values.verbose, notes));
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
