import { divisionForLevel } from '../resolve/context.ts';
import { type Anchor, bodyRef, type EntityRef } from './anchors.ts';
import { bodyKind } from './bodies.ts';
import type { Segment } from './chains.ts';
import type { DivisionHit } from './divisions.ts';
import type { Doc } from './doc.ts';
import type { Target } from './position-bodies.ts';

/**
 * A deputy or a member written with the congress or conference before the post (青川县人大代表X, 福建省政协委员X,
 * 省政协常委X, 全国人大代表X): the post (代表, 委员, 常委) is held at the division's 人大 or 政协, or the national one,
 * not at the division (the body readers leave `<division>人大` out before 代表: the deputies, not the body).
 */

const MEMBER = /^(省|市|区|县|全国)?(人大|政协)(代表|委员|常委)$/;

export interface CongressMember {
  target: Target;
  title: string;
}

export function congressMember(
  doc: Doc,
  segment: Segment,
  hits: DivisionHit[],
  anchors: readonly Anchor[],
): CongressMember | undefined {
  const m = MEMBER.exec(segment.title);
  const level = m?.[1];
  const body = m?.[2];
  const title = m?.[3];
  if (!m || !body || !title || (body === '人大') !== (title === '代表') || segment.department)
    return undefined;
  // (全国人大代表X: the national body read over the title's first characters.)
  const at = (segment.anchor?.end ?? segment.start) + segment.title.length - title.length;
  let ref: EntityRef | undefined = anchors.find(
    (a) => a.end === at && a.start < at - 2 && a.type === 'Organization' && a.name.endsWith(body),
  );
  if (!ref && segment.anchor) {
    if (level || segment.anchor.type !== 'Place' || !segment.anchor.division) return undefined;
    ref = bodyRef(segment.anchor.division, body, bodyKind(body));
  } else if (!ref && level && level !== '全国') {
    const division = divisionForLevel(hits, level, segment.start, doc);
    ref = division && bodyRef(division, body, bodyKind(body));
  }
  return ref ? { target: { ref, anchor: undefined }, title } : undefined;
}
