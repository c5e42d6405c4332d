import type { Doc } from './doc.ts';
import { type NameSuffix, suffixesEndingAt } from './lexicon/suffixes.ts';
import type { NamedSpan, ScanLimits } from './named-span.ts';

/**
 * 船山区嘉禾街道嘉禾社区党委: the body of a village or community starts at the settlement's name; the divisions in front
 * are where it is. Returns the body's start; the settlement, written right after its town, is a place of its own
 * (decision 1 of the wild set), added to `found` or marked standalone there. See ./named.ts.
 */
export function settlementBodyStart(
  doc: Doc,
  start: number,
  s: number,
  suffix: NameSuffix,
  limits: ScanLimits,
  found: NamedSpan[],
): number {
  const { text } = doc;
  if (suffix.kind !== 'party' && suffix.kind !== 'government') return start;
  for (let p = s; p > start + 2; p--) {
    const settlement = suffixesEndingAt(text, p).some((x) => x.kind === 'village' || x.kind === 'community');
    if (!settlement) continue;
    const q = [...limits.divisionEnds].filter((e) => e > start && e < p - 1).sort((a, b) => b - a)[0];
    if (q !== undefined) {
      start = q;
      const kind = suffixesEndingAt(text, p).find((x) => x.kind === 'village' || x.kind === 'community');
      const written = found.find((f) => f.start === q && f.end === p);
      // (中共…柳湾行政村支部委员会: also before the 支部 of a committee written in full.)
      const committee = suffix.suffix === '委员会' && /^总?支部$/.test(text.slice(p, s));
      const village = text.slice(q, p).includes('行政村')
        ? text.slice(q, p).replace('行政村', '村')
        : undefined;
      if (written) written.standalone = true;
      else if (kind && (p === s || committee))
        found.push({
          start: q,
          end: p,
          type: 'Place',
          kind: kind.kind,
          suffix: kind.suffix,
          goal: false,
          standalone: true,
          ...(village ? { canonical: village } : {}),
          rule: 'named:settlement-after-town',
        });
    }
    break;
  }
  return start;
}
