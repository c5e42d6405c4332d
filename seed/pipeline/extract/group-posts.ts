import type { Anchor } from './anchors.ts';
import { type Doc, sentenceAt } from './doc.ts';

const isGroup = (a: Anchor) => a.kind === 'association' || a.kind === 'alliance';

/**
 * 当选为首任会长, 理事长X简介了…: the association or alliance a bare post of one is held at. The one named last before
 * it in the same sentence; else the one the page is about, named most often before it (its references, 该会, count),
 * the last named on a tie: a chamber another one's event or guests were told of in between is not the one whose
 * officers speak (<home chamber>会长A介绍，<another society>将于下月举办。理事长B介绍… is the home chamber's officer).
 */
export function groupOfBarePost(doc: Doc, anchors: readonly Anchor[], at: number): Anchor | undefined {
  const before = anchors.filter((a) => isGroup(a) && a.end <= at);
  const last = before.at(-1);
  if (!last || last.start >= sentenceAt(doc, at).start) return last;
  const times = new Map<string, number>();
  for (const a of before) times.set(a.id, (times.get(a.id) ?? 0) + 1);
  let chosen = last;
  for (const a of [...before].reverse())
    if ((times.get(a.id) ?? 0) > (times.get(chosen.id) ?? 0) && a.source !== 'reference') chosen = a;
  return chosen;
}
