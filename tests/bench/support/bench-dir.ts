import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Corpora, stores and results of the benchmarks (git-ignored; GUANXI_BENCH_DIR moves them, e.g. to a larger disk). */
export const BENCH_DIR = path.resolve(PROJECT_ROOT, process.env.GUANXI_BENCH_DIR ?? '.guanxi/bench');
