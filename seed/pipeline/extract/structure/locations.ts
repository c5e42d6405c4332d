import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import type { Registry } from '../registry.ts';
import { clauseStartOf, isPlace, relate } from './relate.ts';
import { settledFirms } from './settled-in.ts';

function innermostPlace(anchors: Anchor[], start: number, end: number): Anchor | undefined {
  const inside = anchors.filter((a) => isPlace(a) && a.start >= start && a.end <= end);
  return inside[inside.length - 1];
}

function clauseSubject(doc: Doc, anchors: Anchor[], sentence: Span, before: number): Anchor | undefined {
  const candidates = anchors.filter(
    (a) => a.start >= sentence.start && a.end <= before && a.type !== 'Person',
  );
  const initial = candidates.filter(
    (a) => a.start === sentence.start || /[,，:：]$/.test(doc.text.slice(a.start - 1, a.start)),
  );
  return initial[initial.length - 1] ?? candidates[candidates.length - 1];
}

/**
 * What `位于`/`地处` places: the organisation or place right before it (克劳森集团总部位于, 历城区地处, 深圳湾科技生态园
 * 等多个产业载体位于其中), or, for a clause that starts with 总部位于, the subject of the sentence (瀚澜智能成立于
 * 2016年,总部位于…). Not a project named after a company (瀚澜智能研发总部…项目选址位于).
 */
function locatedSubject(doc: Doc, anchors: Anchor[], sentence: Span, at: number): Anchor | undefined {
  const clause = clauseStartOf(doc.text, sentence, at);
  const before = anchors.filter((a) => a.start >= clause && a.end <= at && a.type !== 'Person');
  const last = before[before.length - 1];
  if (
    last &&
    /^(?:总部|等[^,，。]{0,8})?(?:将|已|已经|正式|成功|均|先后)?$/.test(doc.text.slice(last.end, at))
  )
    return last;
  if (clause === at) return clauseSubject(doc, anchors, sentence, at);
  return undefined;
}

/** The innermost of the places written together at the start of the sentence (南山区粤海街道是… → 粤海街道). */
function leadingPlace(anchors: Anchor[], sentence: Span): Anchor | undefined {
  let place = anchors.find((a) => isPlace(a) && a.start === sentence.start);
  for (let next = place; next; next = anchors.find((a) => isPlace(a) && a.start === next?.end)) place = next;
  return place;
}

/**
 * Where the text says a thing is: `位于`, `地处`, `总部位于`, `位于X的Y` place organisations and places, `是X东部的`
 * places a place, `入驻` places companies in a park.
 */
export function locations(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const { text } = doc;
  for (const m of text.matchAll(/位于([^,，。的;；]{2,30})的/g)) {
    const end = m.index + m[0].length;
    const place = innermostPlace(anchors, m.index, end);
    const thing = anchors.find((a) => a.start === end && (a.type === 'Organization' || !a.division));
    if (place && thing) relate(registry, 'LOCATED_IN', thing.id, place.id, m.index, 'structure:located-at');
  }
  for (const m of text.matchAll(/(?:总部)?(?:位于|地处|坐落于|落户)([^,，。;；]{2,30})/g)) {
    const target = m[1] ?? '';
    if (/的/.test(target)) continue;
    const sentence = sentenceAt(doc, m.index);
    const stop = target.search(/等/);
    const end = m.index + m[0].length - (stop >= 0 ? target.length - stop : 0);
    const subject = locatedSubject(doc, anchors, sentence, m.index);
    const place = target.startsWith('其中')
      ? leadingPlace(anchors, sentence)
      : innermostPlace(anchors, m.index, end);
    if (subject && place && subject.id !== place.id)
      relate(registry, 'LOCATED_IN', subject.id, place.id, m.index, 'structure:located');
  }
  // 章丘是济南东部的…基地: a place that `是` part of another.
  for (const m of text.matchAll(/是([^,，。;；]{2,12}?)(?:东|西|南|北|中|东南|东北|西南|西北)部/g)) {
    const subject = anchors.find((a) => a.type === 'Place' && a.end === m.index);
    const place = innermostPlace(anchors, m.index, m.index + m[0].length);
    if (subject && place && subject.id !== place.id)
      relate(registry, 'LOCATED_IN', subject.id, place.id, m.index, 'structure:part-of-region');
  }
  for (const m of text.matchAll(/入驻/g)) {
    const sentence = sentenceAt(doc, m.index);
    const { firms, park } = settledFirms(text, anchors, clauseStartOf(text, sentence, m.index), m.index);
    if (!park) continue;
    for (const c of firms)
      relate(registry, 'LOCATED_IN', c.id, park.id, sentence.start, 'structure:settled-in');
  }
}
