import { gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { opensProperName } from '../named-words.ts';
import type { Registry } from '../registry.ts';
import { isPlace, relate } from './relate.ts';

function nested(outer: Anchor, inner: Anchor): boolean {
  if (outer.division && inner.division) return gazetteer().isWithin(inner.division, outer.division);
  if (inner.division && !outer.division) return outer.kind === 'zone' && inner.division.level === 'township';
  return !(outer.source === 'foreign' && inner.source !== 'foreign');
}

/**
 * <zone><park>, <zone>规划展示馆: a place read by its ending written right after another such place, its own words
 * opening on no proper name, is one place's name in the real-page gold (one id), not a place inside another; one with
 * a name of its own (<science city><its own-named hall>) is in the place before it.
 */
function oneName(doc: Doc, outer: Anchor, inner: Anchor): boolean {
  return (
    outer.source === 'named' && inner.source === 'named' && !opensProperName(doc, inner.start, inner.end)
  );
}

/**
 * Places written together (普陀区桃浦镇未来岛园区, 德国斯图加特, 苏州太仓) are nested, and so are the places listed after
 * the inner one (温泉镇竹林村、大垭村).
 */
export function adjacency(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  for (const a of anchors) {
    if (a.source === 'reference' || !a.chain) continue;
    for (let i = 1; i < a.chain.length; i++) {
      const outer = a.chain[i - 1];
      const inner = a.chain[i];
      if (outer && inner)
        relate(registry, 'LOCATED_IN', inner.id, outer.id, a.start, 'structure:division-chain');
    }
  }
  // Settlements named inside their body (嘉禾街道嘉禾社区党委) sit next to their town as well.
  const standalone = anchors.flatMap((a) => (a.baseAnchor?.standalone ? [a.baseAnchor] : []));
  const places = [...anchors, ...standalone].filter((a) => isPlace(a) && a.source !== 'reference');
  for (const a of places)
    if (a.divisionLed && a.baseAnchor)
      relate(registry, 'LOCATED_IN', a.id, a.baseAnchor.id, a.start, 'structure:division-led');
  for (const outer of places) {
    // (a place whose name opens with its division is in that division, not in the one before it)
    const inner = places.find(
      (p) =>
        !(p.divisionLed && p.baseAnchor) &&
        (p.start === outer.end || (p.start === outer.end + 1 && doc.text[outer.end] === '“')),
    );
    if (!inner || !nested(outer, inner) || oneName(doc, outer, inner)) continue;
    relate(registry, 'LOCATED_IN', inner.id, outer.id, outer.start, 'structure:adjacent');
    // 温泉镇竹林村、大垭村: the places listed after of the same kind are in the same town.
    for (let cur = inner; ; ) {
      const next = places.find(
        (p) => p.start === cur.end + 1 && /[、和及]/.test(doc.text[cur.end] ?? '') && p.kind === inner.kind,
      );
      // (浙江省杭州市、宁波市: a division listed after another of its level is in the same parent.)
      const sibling =
        next?.division &&
        inner.division &&
        next.division.level === inner.division.level &&
        nested(outer, next);
      if (!next || (next.division && !sibling)) break;
      relate(registry, 'LOCATED_IN', next.id, outer.id, outer.start, 'structure:adjacent-list');
      cur = next;
    }
  }
}
