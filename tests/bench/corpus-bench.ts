import { parseArgs } from 'node:util';
import { corpusDir, writeCorpus } from './corpus/corpus-files.ts';

/**
 * `npm run bench -- corpus --entities N [--seed S] [--out DIR]`: writes a deterministic synthetic corpus of
 * annotation files (tests/bench/corpus/generate.ts says how it is shaped) to DIR, by default
 * .guanxi/bench/corpus-N-sS. The ingest benchmark writes the corpora it needs by itself.
 */
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const entities = Number(values.entities);
const seed = Number(values.seed);
if (!Number.isInteger(entities) || entities < 100)
  throw new Error(`--entities: expected an integer ≥ 100, got ${values.entities}`);
if (!Number.isInteger(seed)) throw new Error(`--seed: expected an integer, got ${values.seed}`);
const dir = values.out ?? corpusDir(entities, seed);
const started = performance.now();
const manifest = writeCorpus(dir, entities, seed);
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify(
    { dir, ...manifest.counts, megabytes: Math.round(manifest.bytes / 1e6), seconds: Math.round(seconds) },
    null,
    2,
  ),
);
