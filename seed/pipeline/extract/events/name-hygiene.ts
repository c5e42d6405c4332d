import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';

/**
 * A happening told again by a demonstrative (这场, 此次, 这些项目的…), or one only wished for (更多交流活动): no new one
 * (the guide's References).
 */
export const TOLD_BEFORE = /^(?:这场|这次|此次|本次|该次|那场|上述|这些|那些|这项|此项|更多)/;

/** The page's own unit written 我 and its level (我市投资说明会): named by the division it stands for. */
const OUR_UNIT = /^我(区|县|市|旗|盟|镇|乡|街道)/;

/** 了 left by `走访了X` (the object named before its verb), not 了 opening a word of its own (了望塔). */
const PARTICLE = /^了(?![望解却结])/;

export function stripParticle(name: string): string {
  return name.replace(PARTICLE, '');
}

/**
 * The final check of a happening's name, whichever reader named it: a particle carried in front is dropped, the page's
 * own unit (我市) is named by its division when an anchor over it says which, and a name opened by a demonstrative is
 * no happening (undefined).
 */
export function cleanName(
  doc: Doc,
  anchors: readonly Anchor[],
  c: Candidate,
  name: string,
): string | undefined {
  const bare = stripParticle(name);
  if (TOLD_BEFORE.test(bare)) return undefined;
  const ours = OUR_UNIT.exec(bare);
  if (!ours) return bare;
  const unit = anchors
    .filter(
      (a) =>
        a.type === 'Place' &&
        a.start >= c.sentence.start &&
        a.start < c.trigger.end &&
        doc.text.startsWith(ours[0], a.start),
    )
    .pop();
  const place = unit?.base?.type === 'Place' ? unit.base : unit;
  return place && !place.name.startsWith('我') ? `${place.name}${bare.slice(ours[0].length)}` : bare;
}
