import { entityId } from '../../../contract/annotation/ids.ts';
import type { Span } from '../../../contract/annotation/types.ts';
import type { RelationType } from '../../../contract/model.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import { type Anchor, baseOf, listedBefore } from './anchors.ts';
import { provincialCapitals } from './capitals.ts';
import { homeDivision, namesZoneOfKind } from './division-home.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { BARE_ZONE, INTENDED_BEFORE } from './lexicon/words.ts';
import type { Registry } from './registry.ts';
import type { RuleId } from './rules/index.ts';

/**
 * Structure the text states: places written together (普陀区桃浦镇未来岛园区, 德国斯图加特, 苏州太仓) are nested;
 * a division's body is in its division and a department is part of its committee; a party or government body named
 * after a place or organisation (未来岛园区党委, 张江科学城建设管理办公室, 嘉远集团党委) is in that place or part of that
 * organisation; `位于`, `地处`, `总部位于`, `位于X的Y`, `入驻` place organisations; `在华全资子公司` makes a subsidiary
 * part of its group; `成员单位包括` lists members of the alliance named in the sentence.
 */

function relate(
  registry: Registry,
  type: RelationType,
  from: string,
  to: string,
  at: number,
  rule: RuleId,
): void {
  if (!registry.has(from) || !registry.has(to)) return;
  registry.relate({ type, from, to, properties: {}, at, rule });
}

const isPlace = (a: Anchor) => a.type === 'Place';

function nested(outer: Anchor, inner: Anchor): boolean {
  if (outer.division && inner.division) return gazetteer().isWithin(inner.division, outer.division);
  if (inner.division && !outer.division) return outer.kind === 'zone' && inner.division.level === 'township';
  return !(outer.source === 'foreign' && inner.source !== 'foreign');
}

function adjacency(doc: Doc, registry: Registry, anchors: Anchor[]): void {
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
    if (!inner || !nested(outer, inner)) continue;
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

function bodies(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  for (const a of anchors) {
    if (a.type !== 'Organization' || a.source === 'reference') continue;
    if (a.parent) {
      // 区委组织部, 区委两新工委: the committee a department belongs to is named by the department's name.
      if (a.parent.kind === 'party' && registry.has(a.id) && !registry.has(a.parent.id))
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

/** A zone's own party or administrative body written with the zone's kind alone (<kind>党工委, <kind>管委会). */
const BARE_ZONE_BODY = /^(.{2,4}区)(?:党工委|党委|管委会|管理委员会)$/;

/**
 * <kind>党工委, <kind>管委会 (经开区, 化工区) on a page that names no zone of that kind: the story's own zone is a place, named by the
 * page's home division and its kind (<county>经开区), and its bodies are in it. Ids are global, so a zone by its kind
 * alone would join every page's zone into one node: with no home division known, no place. (园区 alone is a generic
 * word, no place; a zone named in full takes the bodies through its short forms, ./aliases.ts.)
 */
function bareZoneBodies(doc: Doc, registry: Registry, anchors: Anchor[]): void {
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

/** An association's branch written after the association's name (…茶叶协会青湖分会): the association. */
const BRANCH_OF_ASSOCIATION =
  /^(.{2,}(?:协会|促进会|商会|学会|联合会|研究会|联谊会|总会))[\u4e00-\u9fff]{1,6}分会$/;

/** The bodies of a village or community written after its name. */
const SETTLEMENT_BODY = /^(?:党委|党总支|党支部|村委会|居委会|村民委员会|居民委员会)$/;

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

function clauseStartOf(text: string, sentence: Span, at: number): number {
  let s = at;
  while (s > sentence.start && !/[,，;；:：。]/.test(text[s - 1] ?? '')) s--;
  return s;
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

function locations(doc: Doc, registry: Registry, anchors: Anchor[]): void {
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
    const clause = clauseStartOf(text, sentence, m.index);
    const companies = anchors.filter(
      (a) => a.kind === 'company' && a.source !== 'reference' && a.start >= clause && a.end <= m.index,
    );
    const park = anchors.filter((a) => (a.kind === 'park' || a.kind === 'zone') && a.end <= m.index).pop();
    if (!park) continue;
    for (const c of companies)
      relate(registry, 'LOCATED_IN', c.id, park.id, sentence.start, 'structure:settled-in');
  }
}

/** `X在华全资子公司Y` and `Y是X在华全资子公司`: Y is part of X. */
function subsidiaries(doc: Doc, registry: Registry, anchors: Anchor[]): void {
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
function subordinates(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  for (const m of doc.text.matchAll(/(?:下属|旗下|所属)(?:的)?(?:全资|控股)?(?:子公司)?/g)) {
    const parent = anchors.find((a) => a.kind === 'company' && a.end === m.index);
    const child = anchors.find(
      (a) => a.kind === 'company' && a.source !== 'reference' && a.start === m.index + m[0].length,
    );
    if (parent && child) relate(registry, 'PART_OF', child.id, parent.id, m.index, 'structure:subordinate');
  }
}

/** What makes 成为 a joining: 成员单位, 首批会员单位, 理事单位. */
const MEMBER_AFTER = /^(?:的)?(?:首批|第一批|新|正式)?(?:成员|会员|理事)/;

function members(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const isGroup = (a: Anchor) => a.kind === 'alliance' || a.kind === 'association';
  for (const m of doc.text.matchAll(/(?:成员|会员)(?:单位|企业)?(?:包括|有|涵盖)/g)) {
    const sentence = sentenceAt(doc, m.index);
    const alliances = anchors.filter((a) => isGroup(a) && a.start >= sentence.start && a.end <= m.index);
    const alliance =
      alliances[alliances.length - 1] ?? anchors.filter((a) => isGroup(a) && a.end <= m.index).pop();
    if (!alliance) continue;
    const end = sentence.end;
    for (const o of anchors) {
      if (
        o.type === 'Organization' &&
        o.source !== 'reference' &&
        o.start >= m.index &&
        o.end <= end &&
        o.id !== alliance.id
      ) {
        relate(registry, 'MEMBER_OF', o.id, alliance.id, sentence.start, 'structure:members');
      }
    }
  }
  // A、B正式加入X联盟; A成为X联盟成员单位; A为联盟理事长单位.
  const groups = anchors.filter((a) => a.kind === 'alliance' || a.kind === 'association');
  for (const m of doc.text.matchAll(/加入(?:了|到)?|成为/g)) {
    const sentence = sentenceAt(doc, m.index);
    const end = m.index + m[0].length;
    // 成为联盟首批成员单位; …等23家单位成为首批会员单位 (the alliance founded before in the sentence or the story).
    const named = groups.find((a) => a.start === end);
    const after = doc.text.slice(named ? named.end : end, (named ? named.end : end) + 8);
    if (m[0] === '成为' && !MEMBER_AFTER.test(after)) continue;
    const target = named ?? (m[0] === '成为' ? groups.filter((a) => a.end <= m.index).pop() : undefined);
    if (!target) continue;
    const clause = clauseStartOf(doc.text, sentence, m.index);
    for (const joiner of anchors) {
      if (
        joiner.type !== 'Organization' ||
        joiner.start < clause ||
        joiner.end > m.index ||
        joiner.id === target.id
      )
        continue;
      relate(registry, 'MEMBER_OF', joiner.id, target.id, sentence.start, 'structure:joins');
    }
  }
  for (const m of doc.text.matchAll(
    /(?:为|是|作为|担任)(?:联盟|协会|商会)?(?:理事长|副理事长|会长|副会长|秘书长|常务理事|理事|成员)单位/g,
  )) {
    const sentence = sentenceAt(doc, m.index);
    const group = groups.filter((a) => a.end <= m.index || a.start >= sentence.start).pop();
    const member = anchors.find(
      (a) =>
        a.type === 'Organization' &&
        /^(?:已|现|均|也)?$/.test(doc.text.slice(a.end, m.index)) &&
        a.id !== group?.id,
    );
    if (group && member)
      relate(registry, 'MEMBER_OF', member.id, group.id, sentence.start, 'structure:member-unit');
  }
}

/** `A与B签署战略合作协议`, `A和B达成合作`: A partners with B. */
function agreements(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const orgs = anchors.filter((a) => a.type === 'Organization');
  for (const a of orgs) {
    // A与B签署…; A分别与B、C、D签署…: A partners with each.
    const join = /^(?:分别|共同|正式)?(?:与|和|同)/.exec(doc.text.slice(a.end, a.end + 3));
    if (!join) continue;
    const partners: Anchor[] = [];
    for (let at = a.end + join[0].length; ; ) {
      const next = orgs.find((o) => o.start === at);
      if (!next) break;
      partners.push(next);
      const sep = /^(?:、|,|，|和|及|以及)/.exec(doc.text.slice(next.end, next.end + 2));
      if (!sep || doc.text.startsWith('与', next.end + sep[0].length)) break;
      at = next.end + sep[0].length;
    }
    const b = partners[partners.length - 1];
    if (!b) continue;
    // A、B与C签署…: the first-named party is A, which partners with B and C; B is no first party.
    const listed = listedBefore(doc.text, orgs, a, /[、,，和及]/);
    const first = listed[0] ?? a;
    const rest = doc.text.slice(b.end, b.end + 24);
    // 将与…签署, 拟与…合作: an intended agreement is not one.
    if (INTENDED_BEFORE.test(doc.text.slice(Math.max(0, a.start - 3), a.start))) continue;
    if (/^[^。,，;]{0,4}(?:将|拟|计划|有望|准备|希望)/.test(rest)) continue;
    if (
      /^[^。,，;]{0,8}(?:签署|签订|签约|达成|缔结)[^。;]{0,12}?(?:协议|合作|协定|备忘录)?/.test(rest) &&
      /签|协议|合作/.test(rest)
    ) {
      for (const p of [...listed.slice(1), ...(first === a ? [] : [a]), ...partners])
        relate(registry, 'PARTNERS_WITH', first.id, p.id, first.start, 'structure:agreement-partners');
    }
  }
}

export function structuralRelations(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  agreements(doc, registry, anchors);
  adjacency(doc, registry, anchors);
  bodies(doc, registry, anchors);
  locations(doc, registry, anchors);
  provincialCapitals(doc, registry, anchors);
  subsidiaries(doc, registry, anchors);
  subordinates(doc, registry, anchors);
  members(doc, registry, anchors);
}
