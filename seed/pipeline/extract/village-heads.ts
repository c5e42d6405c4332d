import { entityId } from '../../../contract/annotation/ids.ts';
import type { Anchor, EntityRef } from './anchors.ts';
import type { Segment } from './chains.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { titleSuffix } from './lexicon/titles.ts';
import type { Created, Target } from './position-bodies.ts';

/**
 * A village's or a Taiwan 里's head (村长, 里长): the post of the village written right before the title (竹园里里长X,
 * 上坪村村长X, the 里 named by the title's span when no reader found it), else of the village the sentence or the one
 * before it names last (到上坪村调研，村长X陪同). With neither, the head holds nothing.
 */

const HEAD = /^副?[村里]长$/;
/** 该村, 每个里, 全村: a determiner or a count before 村 or 里 names no village. */
const DETERMINER = /^[该本各全每此这那其个两几多]/;
/** 新任, 现任, 首任, 历届: words of a term before the title, not a village's name. */
const TERM_WORD = /[任届]$/;

/** The two characters before 里/村 that could name it: no determiner first, no term word, at a word boundary. */
function couldName(doc: Doc, two: string, start: number): boolean {
  return (
    /^[\u4e00-\u9fff]{2}$/.test(two) &&
    !DETERMINER.test(two) &&
    !TERM_WORD.test(two) &&
    doc.tokens.isBoundary(start)
  );
}

export interface VillageHead {
  target: Target;
  created?: Created;
  title: string;
}

export function villageHead(doc: Doc, segment: Segment, anchors: readonly Anchor[]): VillageHead | undefined {
  const title = titleSuffix(segment.title);
  if (!title || !HEAD.test(title) || segment.anchor || segment.department) return undefined;
  const at = segment.start + segment.title.length - title.length;
  const unit = title.endsWith('里长') ? '里' : '村';
  const written = doc.text.slice(Math.max(0, at - 3), at);
  const settled = (a: Anchor) => a.type === 'Place' && (a.kind === 'village' || a.kind === 'community');
  const found = anchors.find((a) => a.end === at && settled(a));
  if (found) return { target: { ref: found, anchor: found }, title };
  if (written.length === 3 && written.endsWith(unit) && couldName(doc, written.slice(0, 2), at - 3)) {
    const ref: EntityRef = { id: entityId('Place', written), type: 'Place', kind: 'village', name: written };
    return { target: { ref, anchor: undefined }, created: { ref, start: at - 3, end: at }, title };
  }
  // 竹园里长X, 上坪村长X: the 里 or 村 and its head's title written with one 里 (村).
  const shared = doc.text.slice(Math.max(0, at - 2), at + 1);
  if (
    shared.length === 3 &&
    !shared.slice(0, 2).includes(unit) &&
    couldName(doc, shared.slice(0, 2), at - 2)
  ) {
    const own = anchors.find((a) => a.end === at + 1 && settled(a));
    if (own) return { target: { ref: own, anchor: own }, title };
    const ref: EntityRef = { id: entityId('Place', shared), type: 'Place', kind: 'village', name: shared };
    return { target: { ref, anchor: undefined }, created: { ref, start: at - 2, end: at + 1 }, title };
  }
  const sentence = sentenceAt(doc, segment.start);
  const from = sentence.start > 0 ? sentenceAt(doc, sentence.start - 1).start : 0;
  const named = anchors
    .filter((a) => settled(a) && a.start >= from && a.end <= segment.start && a.name.endsWith(unit))
    .sort((a, b) => a.end - b.end)
    .pop();
  return named ? { target: { ref: named, anchor: named }, title } : undefined;
}
