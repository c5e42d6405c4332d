/**
 * The scored sets, once. `training` sets may be read and tuned on (their misses are shown); `held` sets measure how
 * the rules generalise: only their overall figures are shown, never their individual misses, and no rule is tuned
 * on them (tests/fixtures/heldout, blind and wild/scored say why in their READMEs).
 */
export interface EvalSet {
  name: string;
  /** Directory relative to the repository root. */
  dir: string;
  role: 'training' | 'held';
}

export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'gold', dir: 'tests/fixtures/gold', role: 'training' },
  { name: 'train', dir: 'tests/fixtures/train', role: 'training' },
  { name: 'wild-train', dir: 'tests/fixtures/wild/train', role: 'training' },
  { name: 'heldout', dir: 'tests/fixtures/heldout', role: 'held' },
  { name: 'blind', dir: 'tests/fixtures/blind', role: 'held' },
  { name: 'wild-scored', dir: 'tests/fixtures/wild/scored', role: 'held' },
];

export function evalSet(name: string): EvalSet | undefined {
  return EVAL_SETS.find((s) => s.name === name);
}
