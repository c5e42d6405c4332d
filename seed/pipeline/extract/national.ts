import type { Doc } from './doc.ts';
import { NATIONAL_BODIES, NATIONAL_NAMES } from './lexicon/national.ts';
import type { NamedSpan } from './named.ts';

/** National bodies by name (国务院, 商务部): whole words, not inside a longer name. */
export function findNational(doc: Doc): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const name of NATIONAL_NAMES) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!doc.tokens.isBoundary(at) || found.some((f) => at < f.end && f.start < end)) continue;
      const kind = NATIONAL_BODIES.get(name) ?? 'government';
      found.push({
        start: at,
        end,
        type: 'Organization',
        kind,
        suffix: '',
        goal: false,
        rule: 'named:national',
      });
    }
  }
  return found;
}
