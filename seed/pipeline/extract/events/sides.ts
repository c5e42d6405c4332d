import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { isOrg } from './phrase.ts';

/** The sides of a pairing or a pair's ceremony as the text writes them (A与B, A党委与<town><village>). */

const PARTY = /^(?:中共|中国共产党)/;

/** A side of a pairing that is a place: a division, village or community (it names the pairing, signs nothing). */
export function isSide(a: Anchor): boolean {
  return (
    a.source !== 'reference' &&
    ((a.source === 'division' && !a.short) ||
      (a.type === 'Place' && a.source === 'named' && (a.kind === 'village' || a.kind === 'community')))
  );
}

/** A side of a pairing and where its words start (a village or community keeps the places written before it). */
export interface Side {
  anchor: Anchor;
  from: number;
}

/**
 * The sides joined by 与/和/及/、 from `start` to `end`: organisations, or places that are a side themselves; a
 * place written right before another side is where that one is (船山区嘉禾街道嘉禾社区党委与…、红花街道梧桐里社区党委).
 * A village, community or division side is written with them (…与叶榭镇望溪村举行…: the pairing names 叶榭镇望溪村;
 * <county><township>与<county><township>举行…: both chains).
 */
export function sidesFrom(text: string, anchors: Anchor[], start: number, end: number): Side[] {
  const group: Side[] = [];
  let at = start;
  let from = start;
  while (at < end) {
    // 中共<town>委员会与中共<subdistrict>委员会: the party's name written before a party body is part of the side's words.
    const party = PARTY.exec(text.slice(at, at + 5))?.[0].length ?? 0;
    const named = (a: Anchor) =>
      a.start === at + party && a.end <= end && (isOrg(a) || (!party && isSide(a)));
    const here = anchors.filter(named);
    const side = widest(here);
    if (!side) return [];
    const next = side.end;
    if (!isOrg(side) && next < end && !/[与和及、]/.test(text[next] ?? '')) {
      at = next; // a place before the side it holds
      continue;
    }
    // A division that is a side keeps the chain of divisions written before it too (<county><township>与…).
    group.push({ anchor: side, from: !isOrg(side) || party ? from : side.start });
    if (next === end) return group;
    if (!/[与和及、]/.test(text[next] ?? '')) return [];
    at = next + 1;
    from = at;
  }
  return [];
}

/** The sides' words for a happening's name: each side's name, a village or community with its places, joined as written. */
export function sidesWritten(text: string, written: Side[]): string {
  return written
    .map(({ anchor, from }, i) => {
      const joint = i === 0 ? '' : (text[written[i - 1]?.anchor.end ?? 0] ?? '');
      // A party body after 中共 is named as written (中共<town>委员会).
      if (isOrg(anchor) && from < anchor.start) return `${joint}${text.slice(from, anchor.end)}`;
      const places = isOrg(anchor) ? '' : text.slice(from, anchor.start);
      return `${joint}${places}${anchor.name}`;
    })
    .join('');
}
