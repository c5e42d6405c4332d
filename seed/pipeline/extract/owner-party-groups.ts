import { type Anchor, bodyRef } from './anchors.ts';
import { homeDivision } from './division-home.ts';
import type { Doc } from './doc.ts';
import { DIVISION_ASSOCIATIONS } from './lexicon/bodies.ts';

/**
 * <county's body><post>、工商联党组书记A; 旗委常委、政府党组副书记B: a division's organ or people's organisation written with no
 * division, with its party group, is the party group of that body of the division the titles before it are in (else
 * the page's own division), named with the division as the body would be (<county>工商联党组). A bare id
 * (org:工商联党组) would be one node for every county's.
 */

const OWNER_PARTY_GROUP = new RegExp(
  `^(?:政府|人民政府|政协|人大常委会|${DIVISION_ASSOCIATIONS.join('|')})(?:党组|机关党委)$`,
);

/** How far back, in characters, a body of a division still opens the same run of titles. */
const SAME_RUN = 12;

export function ownerPartyGroups(doc: Doc, anchors: Anchor[]): Anchor[] {
  const { text } = doc;
  return anchors.map((a) => {
    if (a.type !== 'Organization' || a.source !== 'named' || a.rule !== 'named:ending') return a;
    const written = text.slice(a.start, a.end);
    if (!OWNER_PARTY_GROUP.test(written) || a.name !== written) return a;
    // (the body of a division right before, in the same run of titles: no sentence or clause break between)
    const before = anchors.findLast(
      (x) =>
        x.source === 'body' &&
        x.division !== undefined &&
        x.end <= a.start &&
        a.start - x.end <= SAME_RUN &&
        !/[。！？；;，,\n]/.test(text.slice(x.end, a.start)),
    );
    const division = before?.division ?? homeDivision(doc, anchors, a.start);
    if (!division) return a;
    const ref = bodyRef(division, written, 'party');
    return { ...a, id: ref.id, name: ref.name, rule: 'named:owner-party-group' };
  });
}
