import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';
import { isOrg } from './phrase.ts';

/** A happening named by its own words alone (招商说明会), with no body or place before them. */
const BARE_NAMED = new Set(['event:held-before', 'event:held']);

/**
 * `…于<venue>办理招商说明会。…县长X在<park>招商说明会上致词`: a happening named by its words alone takes the fullest
 * name the article gives it elsewhere, a named place or body written right before the same words (<park>招商说明会).
 */
export function namedInFull(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const named = anchors.filter(
    (a) =>
      isOrg(a) || (a.type === 'Place' && (a.source === 'named' || (a.source === 'division' && !a.short))),
  );
  for (const c of found) {
    // <body>于<venue>办理招商说明会: the words after its holder.
    const words = c.rule === 'event:body-holds' ? text.slice(c.trigger.start, c.trigger.end) : c.name;
    if (!(BARE_NAMED.has(c.rule) || c.rule === 'event:body-holds') || words.length < 4) continue;
    const start = c.trigger.end - words.length;
    if (text.slice(start, c.trigger.end) !== words || named.some((a) => a.end === start)) continue;
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      if (at === start) continue;
      const before = named
        .filter((a) => a.end === at)
        .reduce<Anchor | undefined>((a, b) => (a && a.start <= b.start ? a : b), undefined);
      if (!before) continue;
      const full = `${before.name}${words}`;
      if (found.some((x) => x.name === full)) break;
      c.name = full;
      break;
    }
  }
}
