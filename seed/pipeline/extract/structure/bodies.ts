import { entityId } from '../../../../contract/annotation/ids.ts';
import { type Anchor, baseOf } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Registry } from '../registry.ts';
import { bareZoneBodies } from './bare-zone.ts';
import { isPlace, relate } from './relate.ts';

/** An association's branch written after the association's name (…茶叶协会青湖分会): the association. */
const BRANCH_OF_ASSOCIATION =
  /^(.{2,}(?:协会|促进会|商会|学会|联合会|研究会|联谊会|总会))[\u4e00-\u9fff]{1,6}分会$/;

/** The bodies of a village or community written after its name. */
const SETTLEMENT_BODY = /^(?:党委|党总支|党支部|村委会|居委会|村民委员会|居民委员会)$/;

/**
 * Where a body is: a division's body is in its division and a department is part of its committee; a party or
 * government body named after a place or organisation (未来岛园区党委, 张江科学城建设管理办公室, 嘉远集团党委) is in that
 * place or part of that organisation; a school is part of its university, a branch of its association.
 */
export function bodies(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  for (const a of anchors) {
    if (a.type !== 'Organization' || a.source === 'reference') continue;
    if (a.parent) {
      // 区委组织部, 区委两新工委: the committee a department belongs to is named by the department's name. (Not one
      // written with a bare level, 市委统战部: the real-page gold names no committee for it, 14 of 17.)
      if (
        a.parent.kind === 'party' &&
        registry.has(a.id) &&
        !registry.has(a.parent.id) &&
        a.rule !== 'body:bare-level'
      )
        registry.add({ ...a.parent, surface: '', at: a.start, rule: 'structure:department-committee' });
      // 区政府办 with no 区政府 named: the office is a body of the division, like its bureaus.
      if (!registry.has(a.parent.id) && a.kind === 'government' && a.base?.type === 'Place') {
        relate(registry, 'LOCATED_IN', a.id, a.base.id, a.start, 'structure:body-of');
        continue;
      }
      relate(registry, 'PART_OF', a.id, a.parent.id, a.start, 'structure:department');
      // 市国资委党委委员: the commission the committee belongs to is a body of the city too.
      if (
        a.base?.type === 'Place' &&
        (a.parent.kind === 'government' || a.parent.kind === 'party' || a.parent.kind === 'association')
      )
        relate(registry, 'LOCATED_IN', a.parent.id, a.base.id, a.start, 'structure:committee-of-division');
      continue;
    }
    const base = baseOf(a);
    // 江淮科技大学盐城研究院, 某大学光电工程学院: a school or institute named after its university is part of it.
    if (a.kind === 'institute') {
      const university = registry
        .ofType('Organization')
        .find(
          (u) =>
            u.kind === 'institute' &&
            u.id !== a.id &&
            /(?:大学|学院)$/.test(u.name) &&
            a.name.startsWith(u.name),
        );
      if (university) relate(registry, 'PART_OF', a.id, university.id, a.start, 'structure:institute-of');
      continue;
    }
    // 宁海县云栖茶事促进会西店分会: a branch named after its association is part of it.
    // (Named only inside the branch's name, the association is an entity as a department's committee is.)
    if (a.kind === 'association' && /分会$/.test(a.name)) {
      const inner = BRANCH_OF_ASSOCIATION.exec(a.name)?.[1];
      const innerId = inner && entityId('Organization', inner);
      if (inner && innerId && !registry.has(innerId)) {
        const ref = { id: innerId, type: 'Organization' as const, kind: 'association', name: inner };
        registry.add({ ...ref, surface: '', at: a.start, rule: 'structure:branch-of' });
      }
      const parent = registry
        .ofType('Organization')
        .filter((u) => u.kind === 'association' && u.id !== a.id && a.name.startsWith(u.name))
        .sort((x, y) => y.name.length - x.name.length)[0];
      if (parent) relate(registry, 'PART_OF', a.id, parent.id, a.start, 'structure:branch-of');
      continue;
    }
    // 区工商联, 市总工会: a division's people's organisation is in the division as its other bodies are (not a
    // Taiwan farmers' association, its members' own body that only bears the township's name).
    const divisionAssociation = a.kind === 'association' && a.source === 'body' && !/[农渔]会$/.test(a.name);
    if (!base || !(a.kind === 'party' || a.kind === 'government' || divisionAssociation)) continue;
    relate(
      registry,
      base.type === 'Place' ? 'LOCATED_IN' : 'PART_OF',
      a.id,
      base.id,
      a.start,
      'structure:body-of',
    );
  }
  // 张江科学城建设管理办公室: a government body whose name starts with a place.
  const places = anchors.filter((p) => isPlace(p) && p.source === 'named');
  for (const a of anchors) {
    if (a.source !== 'named' || a.kind !== 'government' || baseOf(a)) continue;
    const place = places.find((p) => a.name.startsWith(p.name) && p.name !== a.name);
    if (place) relate(registry, 'LOCATED_IN', a.id, place.id, a.start, 'structure:named-after-place');
  }
  // 书洋镇“两区联创”片区联合党委: a party body named after its own words, written right after its division, is in it.
  for (const a of anchors) {
    if (a.source !== 'named' || a.kind !== 'party') continue;
    const base = baseOf(a);
    if (base && registry.has(base.id)) continue;
    const division = anchors.find(
      (d) =>
        d.source === 'division' &&
        !d.short &&
        (d.end === a.start || (d.end === a.start - 1 && /[“"「]/.test(doc.text[d.end] ?? ''))),
    );
    if (division)
      relate(registry, 'LOCATED_IN', a.id, division.id, a.start, 'structure:party-body-after-division');
  }
  bareZoneBodies(doc, registry, anchors);
  // 曾埭村党支部, 幸福村村委会 when the village itself is named elsewhere in the text: the body is in it.
  const settlements = registry.ofType('Place').filter((p) => p.kind === 'village' || p.kind === 'community');
  for (const a of anchors) {
    if (a.type !== 'Organization' || a.source === 'reference' || baseOf(a)) continue;
    const settlement = settlements.find(
      (p) => a.name.startsWith(p.name) && SETTLEMENT_BODY.test(a.name.slice(p.name.length)),
    );
    if (settlement)
      relate(registry, 'LOCATED_IN', a.id, settlement.id, a.start, 'structure:body-of-settlement');
  }
}
