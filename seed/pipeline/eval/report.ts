import type { Evaluation } from './evaluate.ts';
import type { ArticleScore, Figures } from './score.ts';

/** Plain-text report of an evaluation: one line per article, the overall (micro) figures, and with `verbose` the misses. */

/** What the diagnostic line means (seed/pipeline/eval/event-alignment.ts). */
export const EVENT_NAMES_ASIDE = 'event names aside: events matched by shared participants';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function line(label: string, f: Figures): string {
  return `${label} P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)} (${f.truePositives}/${f.predicted} predicted, ${f.gold} gold)`;
}

export function textReport(
  scores: ArticleScore[],
  total: Pick<Evaluation, 'entities' | 'relations' | 'relationsEventNamesAside' | 'byScript'>,
  verbose: boolean,
  notes: Map<string, string>,
): string {
  const out: string[] = [];
  for (const s of scores) {
    out.push(`${s.name}${notes.has(s.name) ? `  [${notes.get(s.name)}]` : ''}`);
    out.push(`  ${line('entities ', s.entities)}`);
    out.push(`  ${line('relations', s.relations)}`);
    if (verbose) {
      for (const k of s.missedEntities) out.push(`    - missed entity    ${k}`);
      for (const k of s.spuriousEntities) out.push(`    + spurious entity  ${k}`);
      for (const k of s.missedRelations) out.push(`    - missed relation  ${k}`);
      for (const k of s.spuriousRelations) out.push(`    + spurious relation ${k}`);
    }
  }
  out.push('');
  out.push(`overall (micro, ${scores.length} articles)`);
  out.push(`  ${line('entities ', total.entities)}`);
  out.push(`  ${line('relations', total.relations)}`);
  out.push(`  ${line('relations', total.relationsEventNamesAside)}  ← ${EVENT_NAMES_ASIDE}`);
  const { simplified, traditional } = total.byScript;
  if (simplified.articles > 0 && traditional.articles > 0) {
    for (const [label, part] of [
      ['simplified', simplified],
      ['traditional', traditional],
    ] as const) {
      out.push(`${label} pages (${part.articles})`);
      out.push(`  ${line('entities ', part.entities)}`);
      out.push(`  ${line('relations', part.relations)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
