import type { Anchor } from './anchors.ts';
import { provincialCapitals } from './capitals.ts';
import type { Doc } from './doc.ts';
import type { Registry } from './registry.ts';
import { adjacency } from './structure/adjacency.ts';
import { bodies } from './structure/bodies.ts';
import { subordinates, subsidiaries } from './structure/company-parts.ts';
import { locations } from './structure/locations.ts';
import { members } from './structure/members.ts';
import { agreementPartners } from './structure/partners.ts';

/**
 * Structure the text states, one reader a file in ./structure/: places written together are nested (adjacency.ts); a
 * body is in its division, part of its committee, organisation, university or association (bodies.ts, bare-zone.ts);
 * `位于`, `地处`, `总部位于`, `入驻` place organisations (locations.ts); `在华全资子公司`, `旗下` make a company part of
 * its group (company-parts.ts); `成员单位包括`, `加入` make members (members.ts); `A与B签署…协议` makes partners
 * (partners.ts); a province's capital is in it (./capitals.ts). The readers run in the order of the calls below.
 */
export function structuralRelations(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  agreementPartners(doc, registry, anchors);
  adjacency(doc, registry, anchors);
  bodies(doc, registry, anchors);
  locations(doc, registry, anchors);
  provincialCapitals(doc, registry, anchors);
  subsidiaries(doc, registry, anchors);
  subordinates(doc, registry, anchors);
  members(doc, registry, anchors);
}
