import { type Evaluation, evaluateCases, scoreRuns } from './evaluate.ts';
import { type GoldCase, loadGoldSet } from './gold-set.ts';

/**
 * Inter-annotator agreement: two annotators wrote gold for the same pages (same spec file names in two
 * directories); the second one's gold is scored against the first's exactly as the extractor's output would be.
 * The extractor is scored against each annotator on the same pages, so the three figures compare directly.
 * Pages only one of them annotated are left out and listed.
 */
export interface Agreement {
  /** The second annotator scored against the first. */
  between: Evaluation;
  extractorAgainstFirst: Evaluation;
  extractorAgainstSecond: Evaluation;
  onlyInOne: string[];
}

export async function agreement(firstDir: string, secondDir: string): Promise<Agreement> {
  const first = await loadGoldSet(firstDir);
  const second = new Map((await loadGoldSet(secondDir)).map((c) => [c.name, c]));
  const pairs: [GoldCase, GoldCase][] = first.flatMap((c) => {
    const other = second.get(c.name);
    return other ? [[c, other] as [GoldCase, GoldCase]] : [];
  });
  const paired = new Set(pairs.map(([c]) => c.name));
  const onlyInOne = [...first.map((c) => c.name), ...second.keys()].filter((name) => !paired.has(name));
  return {
    between: scoreRuns(pairs.map(([a, b]) => ({ case: a, predicted: b.gold }))),
    extractorAgainstFirst: evaluateCases(pairs.map(([a]) => a)),
    extractorAgainstSecond: evaluateCases(pairs.map(([, b]) => b)),
    onlyInOne,
  };
}
