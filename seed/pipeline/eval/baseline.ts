import { readFileSync, writeFileSync } from 'node:fs';
import type { Evaluation } from './evaluate.ts';
import type { Figures } from './score.ts';
import type { EvalSet } from './sets.ts';

/**
 * The recorded figures of every set (`baseline.json` next to this file), written only by `npm run eval -- --record`
 * after a deliberate change. Tests hold the extractor to them: no set may fall below its recorded entity or
 * relation F1 or refuse more pages; on training sets no article may fall below its own recorded F1 either.
 */
export interface SetBaseline {
  entityF1: number;
  relationF1: number;
  refused: number;
  /** Per-article F1 (training sets only). */
  articles?: Record<string, { entityF1: number; relationF1: number }>;
}

export type Baseline = Record<string, SetBaseline>;

export const BASELINE_FILE = new URL('./baseline.json', import.meta.url);

const round = (x: number) => Math.round(x * 10000) / 10000;

export function readBaseline(): Baseline {
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
}

export function baselineOf(set: EvalSet, result: Evaluation): SetBaseline {
  const refused = result.cases.filter((c) => c.refused).length;
  const entry: SetBaseline = {
    entityF1: round(result.entities.f1),
    relationF1: round(result.relations.f1),
    refused,
  };
  if (set.role === 'training') {
    entry.articles = Object.fromEntries(
      result.scores.map((s) => [
        s.name,
        { entityF1: round(s.entities.f1), relationF1: round(s.relations.f1) },
      ]),
    );
  }
  return entry;
}

export function writeBaseline(baseline: Baseline): void {
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** At or above the recorded figure (figures are recorded to four decimals). */
export function holds(current: number, recorded: number): boolean {
  return current >= recorded - 0.00005;
}

export function summary(f: Figures): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  return `P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}`;
}
