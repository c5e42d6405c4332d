import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Registry } from '../registry.ts';
import { relate } from './relate.ts';

/** `X在华全资子公司Y` and `Y是X在华全资子公司`: Y is part of X. */
export function subsidiaries(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const orgs = anchors.filter((a) => a.type === 'Organization' && a.source !== 'reference');
  for (const m of doc.text.matchAll(/(?:在华)?(?:首家)?(?:全资|控股)?子公司(?:——|—|-|:|：)?/g)) {
    const parent = orgs.filter((o) => o.end <= m.index && m.index - o.end <= 6).pop();
    if (!parent) continue;
    const after = orgs.find((o) => o.start === m.index + m[0].length);
    const subject = orgs.find((o) => o.end < parent.start && doc.text.slice(o.end, parent.start) === '是');
    for (const child of [after, subject])
      if (child) relate(registry, 'PART_OF', child.id, parent.id, m.index, 'structure:subsidiary');
  }
}

/** `集团下属X公司`, `旗下X公司`: X is part of the group (the group may be written 集团). */
export function subordinates(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  for (const m of doc.text.matchAll(/(?:下属|旗下|所属)(?:的)?(?:全资|控股)?(?:子公司)?/g)) {
    const parent = anchors.find((a) => a.kind === 'company' && a.end === m.index);
    const child = anchors.find(
      (a) => a.kind === 'company' && a.source !== 'reference' && a.start === m.index + m[0].length,
    );
    if (parent && child) relate(registry, 'PART_OF', child.id, parent.id, m.index, 'structure:subordinate');
  }
}
