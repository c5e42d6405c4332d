import type { BodySpan } from './body-span.ts';
import type { Doc } from './doc.ts';
import type { NamedSpan } from './named-span.ts';

/**
 * 县政府办公室, 县县政府办公室 (the level written twice), 区委办公室: a name by its ending that is nothing but a bare
 * level's body is that body, not a name. With a division of the level known, the body (its span taking in a level
 * written twice, so that it covers the name's) is the division's and wins over the name; with none known, the name is
 * no entity unless a later reading names it (区党工委 after a zone, aliases.ts): a bare `org:县政府办公室` would be one
 * node for every county's office.
 */
export function bareLevelNames(
  doc: Doc,
  bodies: BodySpan[],
  named: NamedSpan[],
): { bodies: BodySpan[]; bare: Set<NamedSpan> } {
  const bare = new Set<NamedSpan>();
  const widened = new Map<BodySpan, number>();
  for (const b of bodies) {
    if (b.division || !b.level || b.party) continue;
    for (const n of named) {
      if (n.rule !== 'named:ending' || n.canonical || n.end !== b.end || n.start > b.start) continue;
      const before = doc.text.slice(n.start, b.start);
      if (before !== '' && before !== b.level) continue;
      bare.add(n);
      if (before) widened.set(b, n.start);
    }
  }
  const read = bodies.map((b) => {
    const start = widened.get(b);
    return start === undefined ? b : { ...b, start };
  });
  return { bodies: read, bare };
}
