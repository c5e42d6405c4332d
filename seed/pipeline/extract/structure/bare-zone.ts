import { entityId } from '../../../../contract/annotation/ids.ts';
import { gazetteer } from '../../gazetteer/gazetteer.ts';
import { type Anchor, baseOf } from '../anchors.ts';
import { homeDivision, namesZoneOfKind } from '../division-home.ts';
import type { Doc } from '../doc.ts';
import { BARE_ZONE } from '../lexicon/words.ts';
import type { Registry } from '../registry.ts';
import { relate } from './relate.ts';

/** A zone's own party or administrative body written with the zone's kind alone (<kind>党工委, <kind>管委会). */
const BARE_ZONE_BODY = /^(.{2,4}区)(?:党工委|党委|管委会|管理委员会)$/;

/**
 * <kind>党工委, <kind>管委会 (经开区, 化工区) on a page that names no zone of that kind: the story's own zone is a place, named by the
 * page's home division and its kind (<county>经开区), and its bodies are in it. Ids are global, so a zone by its kind
 * alone would join every page's zone into one node: with no home division known, no place. (园区 alone is a generic
 * word, no place; a zone named in full takes the bodies through its short forms, ./aliases.ts.)
 */
export function bareZoneBodies(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  // (the bodies a title creates, 经开区党工委书记A，管委会副主任B, as well as those written)
  const made = new Set<string>();
  for (const a of registry.ofType('Organization')) {
    const kind = BARE_ZONE_BODY.exec(a.name)?.[1];
    if (!kind || kind === '园区' || !(BARE_ZONE.test(kind) || /^.{1,2}工区$/.test(kind))) continue;
    const anchor = anchors.find((x) => x.id === a.id && x.source !== 'reference');
    const base = anchor && baseOf(anchor);
    if (base && registry.has(base.id)) continue;
    // (a zone of this kind named on the page may be the one the body is written short for)
    if (
      namesZoneOfKind(
        registry.ofType('Place').filter((p) => !made.has(p.id)),
        kind,
      )
    )
      continue;
    const home = homeDivision(doc, anchors, a.firstAt);
    if (!home) continue;
    const name = home.name + kind;
    const id = entityId('Place', gazetteer().qualifiedName(home) + kind);
    made.add(id);
    if (!registry.has(id))
      registry.add({
        id,
        type: 'Place',
        kind: 'zone',
        name,
        surface: kind,
        at: a.firstAt,
        rule: 'structure:bare-zone',
      });
    relate(registry, 'LOCATED_IN', a.id, id, a.firstAt, 'structure:bare-zone');
  }
}
