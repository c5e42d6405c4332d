import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../graph/config.ts';
import { reviewedAnnotations } from '../graph/corrections/reviewed.ts';
import { openGraph } from '../graph/runtime/open-graph.ts';
import { agreement } from '../seed/pipeline/eval/agreement.ts';
import {
  type Baseline,
  baselineOf,
  readBaseline,
  summary,
  writeBaseline,
} from '../seed/pipeline/eval/baseline.ts';
import { type Evaluation, evaluate, evaluateCases, reviewedCase } from '../seed/pipeline/eval/evaluate.ts';
import { EVENT_NAMES_ASIDE, textReport } from '../seed/pipeline/eval/report.ts';
import { EVAL_SETS, evalSet } from '../seed/pipeline/eval/sets.ts';

/**
 * npm run eval                         every set: entity and relation P/R/F1, refused pages, change from the baseline
 * npm run eval -- --set NAME [-v]      one set (gold, train, wild-train, heldout, blind, wild-scored)
 * npm run eval -- --dir DIR [-v]       any directory of specs and raw files; a set mixing simplified and traditional
 *                                      pages also gets the figures of each script apart
 * npm run eval -- --dir A --against B  inter-annotator agreement: B's specs scored against A's (same file names), and
 *                                      the extractor against each on the same pages
 * npm run eval -- --set reviewed [-v]  the articles reviewers marked reviewed in the database (NEO4J_URI, or the
 *                                      embedded one in GUANXI_DATA_DIR), scored against what they accepted
 * npm run eval -- --record             write today's figures to seed/pipeline/eval/baseline.json
 * --json prints the figures as JSON. Held sets (heldout, blind, wild-scored) show their overall figures only: their
 * articles and misses are not for reading (see seed/pipeline/eval/sets.ts).
 */
const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    dir: { type: 'string' },
    against: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** Not a directory: the articles marked reviewed in the graph, as the reviewers left them. */
const REVIEWED = 'reviewed';
const NAMES = [...EVAL_SETS.map((s) => s.name), REVIEWED];
const USAGE = `usage: npm run eval -- [--set ${NAMES.join('|')}] [--dir DIR [--against DIR]] [--verbose] [--json] [--record]\n`;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (values.set !== undefined && values.set !== REVIEWED && !evalSet(values.set)) {
  process.stderr.write(`--set must be one of ${NAMES.join(', ')}, not ${values.set}\n`);
  process.exit(2);
}
if (values.against !== undefined && values.dir === undefined) {
  process.stderr.write('--against DIR compares two annotators: give the first one with --dir\n');
  process.exit(2);
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

async function allSets(): Promise<void> {
  const baseline: Baseline = values.record ? {} : readBaseline();
  const rows: Record<string, unknown>[] = [];
  const lines: string[] = [];
  for (const set of EVAL_SETS) {
    const result = await evaluate(resolve(set.dir));
    const now = baselineOf(set, result);
    const was = baseline[set.name];
    if (values.record) baseline[set.name] = now;
    rows.push({ set: set.name, articles: result.scores.length, refused: now.refused, ...result });
    const change = was
      ? `  (Δ entities ${signed(now.entityF1 - was.entityF1)}, relations ${signed(now.relationF1 - was.relationF1)})`
      : '';
    lines.push(
      `${set.name.padEnd(12)} ${String(result.scores.length).padStart(3)} articles, ${now.refused} refused | ` +
        `entities ${summary(result.entities)} | relations ${summary(result.relations)}${change}` +
        ` | event names aside F1 ${(result.relationsEventNamesAside.f1 * 100).toFixed(1)}`,
    );
  }
  if (values.record) writeBaseline(baseline);
  if (values.json) {
    const figures = rows.map((r) => ({
      set: r.set,
      articles: r.articles,
      refused: r.refused,
      entities: r.entities,
      relations: r.relations,
      relationsEventNamesAside: r.relationsEventNamesAside,
    }));
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${lines.join('\n')}\n${values.record ? 'recorded in seed/pipeline/eval/baseline.json\n' : ''}`,
    );
  }
}

async function oneSet(dir: string, held: boolean): Promise<void> {
  report(dir, await evaluate(dir), held);
}

async function reviewedSet(): Promise<void> {
  const graph = await openGraph(loadConfig(), (m) => process.stderr.write(`[guanxi] ${m}\n`));
  const { annotations, missing } = await reviewedAnnotations(graph.db).finally(() => graph.close());
  if (missing.length) {
    process.stderr.write(
      `${missing.length} reviewed article(s) left out: loaded before corrections were kept, ingest them again ` +
        `(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})\n`,
    );
  }
  if (annotations.length === 0) {
    process.stderr.write('no article in the database is marked reviewed (mark one on /review/ARTICLE)\n');
    return;
  }
  report('reviewed', evaluateCases(annotations.map(reviewedCase)), false);
}

async function agreementOf(first: string, second: string): Promise<void> {
  const { between, extractorAgainstFirst, extractorAgainstSecond, onlyInOne } = await agreement(
    first,
    second,
  );
  if (values.json) {
    const overall = (e: Evaluation) => ({
      entities: e.entities,
      relations: e.relations,
      articles: e.scores.length,
    });
    process.stdout.write(
      `${JSON.stringify({ first, second, between: overall(between), extractorAgainstFirst: overall(extractorAgainstFirst), extractorAgainstSecond: overall(extractorAgainstSecond), onlyInOne }, null, 2)}\n`,
    );
    return;
  }
  process.stdout.write(`second annotator (${second}) scored against the first (${first}):\n`);
  process.stdout.write(textReport(between.scores, between, values.verbose, new Map()));
  for (const [label, e] of [
    ['extractor against the first ', extractorAgainstFirst],
    ['extractor against the second', extractorAgainstSecond],
  ] as const) {
    process.stdout.write(`${label}: entities ${summary(e.entities)} | relations ${summary(e.relations)}\n`);
  }
  if (onlyInOne.length) process.stdout.write(`left out, annotated once only: ${onlyInOne.join(', ')}\n`);
}

function report(dir: string, result: Evaluation, held: boolean): void {
  const notes = new Map(
    result.cases.flatMap((c) => {
      const note = c.refused ? `refused: ${c.refused}` : c.note;
      return note ? [[c.name, note] as const] : [];
    }),
  );
  if (held) {
    const refused = result.cases.filter((c) => c.refused).length;
    const figures = {
      articles: result.scores.length,
      refused,
      entities: result.entities,
      relations: result.relations,
      relationsEventNamesAside: result.relationsEventNamesAside,
    };
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ dir, ...figures }, null, 2)}\n`
        : `${dir}: ${figures.articles} articles, ${refused} refused (held set: overall figures only)\n` +
            `  entities  ${summary(result.entities)}\n  relations ${summary(result.relations)}\n` +
            `  relations ${summary(result.relationsEventNamesAside)}  ← ${EVENT_NAMES_ASIDE}\n`,
    );
    return;
  }
  if (values.json) {
    const { scores, entities, relations, relationsEventNamesAside, byScript } = result;
    const articles = scores.map((s) =>
      values.verbose ? s : { name: s.name, entities: s.entities, relations: s.relations },
    );
    process.stdout.write(
      `${JSON.stringify({ dir, articles, overall: { entities, relations, relationsEventNamesAside }, byScript }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(textReport(result.scores, result, values.verbose, notes));
  }
}

try {
  if (values.dir && values.against) {
    await agreementOf(resolve(values.dir), resolve(values.against));
  } else if (values.dir) {
    const dir = resolve(values.dir);
    await oneSet(
      dir,
      EVAL_SETS.some((s) => s.role === 'held' && resolve(s.dir) === dir),
    );
  } else if (values.set === REVIEWED) {
    await reviewedSet();
  } else if (values.set) {
    const set = evalSet(values.set);
    if (set) await oneSet(resolve(set.dir), set.role === 'held');
  } else await allSets();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
