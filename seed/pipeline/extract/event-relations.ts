import type { Span } from '../../../contract/annotation/types.ts';
import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { divisionForLevel } from '../resolve/context.ts';
import type { Anchor, EntityRef } from './anchors.ts';
import { widest } from './anchors.ts';
import type { DivisionHit } from './divisions.ts';
import type { Doc } from './doc.ts';
import { regionShort, toCome, withPairedQuotes } from './events/phrase.ts';
import type { HostSide } from './events/receptions.ts';
import type { FoundEvent } from './events.ts';
import { COME } from './lexicon/events.ts';
import type { TitledName } from './names.ts';
import type { Position } from './positions.ts';
import type { Registry } from './registry.ts';
import { traditionalName } from './script.ts';

/**
 * Events as entities, and what they state directly: FOUNDED_AT (the organisation a founding founded), HELD_AT
 * (the place after 在; for visits each place visited, `来到位于X街道的Y公司` → X街道), PARTNERS_WITH (the parties
 * of a signing, first named to the others), LOCATED_IN (a park opened 在 a zone is in it).
 */

export function registerEvents(doc: Doc, registry: Registry, events: FoundEvent[], anchors: Anchor[]): void {
  for (const e of events) {
    const properties: Record<string, unknown> = {};
    if (e.date) properties.date = e.date;
    if (e.partOfDay) properties.partOfDay = e.partOfDay;
    const surface = doc.text.slice(e.trigger.start, e.trigger.end);
    const record = registry.add({
      id: e.id,
      type: 'Event',
      kind: e.kind,
      name: withPairedQuotes(e.name),
      surface,
      at: e.trigger.start,
      rule: e.rule,
      properties,
    });
    // The guide's earlier form of its name (…签约, no 仪式), in the page's script.
    for (const alias of e.aliases ?? []) record.aliases.add(doc.traditional ? traditionalName(alias) : alias);
    const at = e.sentence.start;
    if (e.kind === 'founding' && e.subject && registry.has(e.subject.id)) {
      registry.relate({
        type: 'FOUNDED_AT',
        from: e.subject.id,
        to: e.id,
        properties: {},
        at,
        rule: 'event:founded-at',
      });
    }
    for (const member of e.members ?? []) {
      if (!e.subject || !registry.has(member.id) || !registry.has(e.subject.id)) continue;
      registry.relate({
        type: 'MEMBER_OF',
        from: member.id,
        to: e.subject.id,
        properties: {},
        at,
        rule: 'event:founding-members',
      });
    }
    // 现场观摩会: a meeting that tours project sites is held at the sites it went to, as a visit is.
    const touring = e.kind === 'visit' || /观摩/.test(e.noun);
    const visited = touring ? visitedPlaces(doc, registry, e, anchors) : 0;
    // A visit is held at the places it went to; the district it went to only when none is named.
    if (e.place && registry.has(e.place.id) && visited === 0) {
      registry.relate({
        type: 'HELD_AT',
        from: e.id,
        to: e.place.id,
        properties: {},
        at,
        rule: 'event:held-at',
      });
    }
    if (e.within && e.subject && registry.has(e.within.id) && registry.has(e.subject.id)) {
      registry.relate({
        type: 'LOCATED_IN',
        from: e.subject.id,
        to: e.within.id,
        properties: {},
        at,
        rule: 'event:opened-in',
      });
    }
    const [first, ...others] = e.parties;
    const pairs: [Anchor | undefined, Anchor][] = e.partners ?? others.map((other) => [first, other]);
    for (const [from, other] of pairs) {
      if (from && from.id !== other.id && registry.has(from.id) && registry.has(other.id)) {
        registry.relate({
          type: 'PARTNERS_WITH',
          from: from.id,
          to: other.id,
          properties: {},
          at,
          rule: 'event:partners',
        });
      }
    }
  }
}

/** The places of a chain that no other place follows (中山街道金湖社区 → 金湖社区): the most specific ones. */
function innermost(doc: Doc, places: Anchor[]): Anchor[] {
  return places.filter(
    (p) =>
      !places.some(
        (q) => q !== p && (q.start === p.end || (q.start === p.end + 1 && doc.text[p.end] === '“')),
      ),
  );
}

/** The going before a visit's verb (前往<place>…调研, 来<county>考察). */
const GOES = new RegExp(`赴|到|前往|来到|深入|${COME}`, 'g');

/**
 * `来到位于港沟街道的山东泉晟…公司`, `在位于唐冶街道的华岳生物医药产业园`, `先后来到温泉镇竹林村、大垭村`: the places a
 * visit went to, the most specific of each (竹林村, not 温泉镇 it is in).
 */
function visitedPlaces(doc: Doc, registry: Registry, visit: FoundEvent, anchors: Anchor[]): number {
  const visited: { place: Anchor; at: number }[] = [];
  const add = (place: Anchor, at: number) => {
    if (registry.has(place.id) && !visited.some((v) => v.place.id === place.id)) visited.push({ place, at });
  };
  // 先后来到桃浦智创城、真如境…, 先后走访A公司和B园区: every place listed after the verb, up to the end of the clause.
  for (const m of doc.text.matchAll(
    /(?:先后|随后|首先|最后)?(?:来到|走进|前往|深入|参观了?|考察了?|走访了?|察看了?)(?!位于)/g,
  )) {
    if (m.index < visit.trigger.start) continue;
    // 行程将前往A、B: where a plan says it will go is no place visited yet.
    // (The clause's start read back from the verb: a search of the whole text before it for a run to its end was slow.)
    let clause = m.index;
    while (clause > 0 && !/[,，。;；\n]/.test(doc.text[clause - 1] ?? '')) clause--;
    if (toCome(doc, clause, m.index)) continue;
    // 深入学习…, 深入了解…: 深入 goes somewhere only when where it goes follows (深入企业, 深入X村).
    const after = m.index + m[0].length;
    if (m[0].endsWith('深入') && !anchors.some((a) => a.start === after && a.source !== 'reference'))
      continue;
    const end = doc.text.slice(m.index).search(/[,，。;；]/);
    const stop = end < 0 ? doc.text.length : m.index + end;
    const listed = anchors.filter((a) => a.type === 'Place' && a.start >= m.index && a.end <= stop);
    for (const a of innermost(doc, listed)) {
      if (anchors.some((b) => b.type === 'Organization' && b.start === a.end)) continue; // 位于X的Y公司 is below
      add(a, m.index);
    }
  }
  for (const m of doc.text.matchAll(/(?:来到|走进|前往|深入|在)位于([^,，。的\n]{2,20})的/g)) {
    if (m.index < visit.trigger.start) continue;
    const end = m.index + m[0].length;
    const next = anchors.find((a) => a.start === end && a.type === 'Place');
    const places = anchors.filter((a) => a.type === 'Place' && a.start >= m.index && a.end <= end);
    const place = next ?? places[places.length - 1];
    if (place) add(place, m.index);
  }
  // 在曲靖经济技术开发区，沐晓峰走进…: a sentence opening on the place it is at, unless it names a place within (位于…).
  for (const sentence of doc.sentences) {
    if (sentence.start < visit.trigger.end || doc.text[sentence.start] !== '在') continue;
    // 在安海镇曾埭村，…: the last place of the chain is where it was.
    let place = anchors.find((a) => a.type === 'Place' && a.start === sentence.start + 1);
    for (let next = place; next; next = anchors.find((a) => a.type === 'Place' && a.start === next?.end))
      place = next;
    if (!place || !/^[,，]/.test(doc.text.slice(place.end, place.end + 1))) continue;
    if (doc.text.slice(place.end, sentence.end).includes('位于')) continue;
    add(place, sentence.start);
  }
  // 前往郭坑镇、蓝田街道和龙文经济开发区调研…, 到青秀区中山街道金湖社区视察…: when the article names no place
  // visited later, the places between the going and the visit (the innermost of each chain).
  const before = doc.text.slice(visit.sentence.start, visit.trigger.start);
  const go = [...before.matchAll(GOES)].pop();
  if (go && visited.length === 0) {
    const from = visit.sentence.start + go.index + go[0].length;
    const between = anchors.filter(
      (a) => a.type === 'Place' && a.start >= from && a.end <= visit.trigger.start && registry.has(a.id),
    );
    // 来到珞璜临港产业城，走访调研…: the places may close their own clause. Only places and bodies are listed there
    // (赴A集团、安徽B、C等企业开展…: a place inside a name no list knows is not where it went).
    const stretch = doc.text.slice(from, visit.trigger.start).replace(/[,，]$/, '');
    let at = from;
    for (const end = from + stretch.length; at < end; ) {
      const here = widest(anchors.filter((a) => a.start === at && a.end <= end && a.source !== 'reference'));
      // 深入东坡区部分工业企业调研: companies of a kind after the place are no place, and no name either.
      const word =
        /^(?:[、和及与]|等地|开展|进行|实地|(?:部分|重点|一批|多家|有关|相关)[\u4e00-\u9fff]{0,6}?企业$)/.exec(
          doc.text.slice(at, end),
        );
      if (here) at = here.end;
      else if (word) at += word[0].length;
      else break;
    }
    if (between.length > 0 && at === from + stretch.length && !/[，,。；;]/.test(stretch))
      for (const place of innermost(doc, between)) add(place, visit.sentence.start);
  }
  // A place that holds another one visited (温泉镇 and its 竹林村) is not where the visit was.
  const gaz = gazetteer();
  const within = (inner: Anchor, outer: Anchor) =>
    (inner.division && outer.division && gaz.isWithin(inner.division, outer.division)) ||
    registry.allRelations().some((r) => r.type === 'LOCATED_IN' && r.from === inner.id && r.to === outer.id);
  const kept = visited.filter(
    (v) => !visited.some((w) => w.place.id !== v.place.id && within(w.place, v.place)),
  );
  for (const { place, at } of kept)
    registry.relate({
      type: 'HELD_AT',
      from: visit.id,
      to: place.id,
      properties: {},
      at,
      rule: 'event:visited-place',
    });
  return kept.length;
}

/**
 * Names a visit the way the gold set does: `调研全区重点产业项目建设情况` → 历城区重点产业项目建设情况调研 (the object as written,
 * 全区 resolved, then the verb); `走访钱塘区重点工业企业` by someone heading 杭州市经信委 → 杭州市经信委走访钱塘区重点工业企业.
 * Only when a titled person leads it (`…书记范承志带队调研`).
 */
/** Whether text[from, to) is `在`/`到` followed only by place names and separators (在无锡、常州; 到A区和B开发区). */
function isAtPlaces(text: string, from: number, to: number, places: Span[]): boolean {
  // 带队前往…, 先后前往…等地, 带领市政协委员视察团到…, 率考察团来…: who goes with the leader, then where.
  const lead =
    /^(?:带队|率队|率团|一行|(?:带领|率领|率)[^,，。;；\n]{0,14}?(?:团|组|队|一行|人员|干部|代表|委员))?(?:先后|分别)?/.exec(
      text.slice(from, to),
    );
  // 带领调研组，来我区调研…: a group led may close its own clause before where it goes.
  const go = (lead?.[0] ? /^[,，]?(?:在|到|赴|前往|来到|深入|来)/ : /^(?:在|到|赴|前往|来到|深入|来)/).exec(
    text.slice(from + (lead?.[0].length ?? 0), to),
  );
  if (!go) return false;
  let at = from + (lead?.[0].length ?? 0) + go[0].length;
  const first = at;
  while (at < to) {
    const place = places
      .filter((d) => d.start === at && d.end <= to)
      .reduce<Span | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
    if (place) at = place.end;
    else if (/[、和及]/.test(text[at] ?? '')) at++;
    else if (text.startsWith('等地', at) || text.startsWith('实地', at)) at += 2;
    // 深入A公司、B公司等企业，调研…: a list closed by 等 and the kind of its items.
    else if (at > first && LIST_KIND.test(text.slice(at, to))) return true;
    // 到龙岭工业集中区调研…, 来到珞璜临港产业城，走访调研…: a place no list knows, told by its head.
    // …来到珞璜临港产业城，走访调研…: the places may close their own clause.
    else return (at > first && /^[,，]$/.test(text.slice(at, to))) || PLACE_TOLD.test(text.slice(at, to));
  }
  return at === to && to > first;
}

/** What closes a list of where a leader went: 等, the kind of its items (企业, 重点项目, 村), maybe the clause (not what
 * was done there: 等企业开展春节走访 is read by the activity reader). */
const LIST_KIND = /^等(?:(?!开展|进行|实地)[\u4e00-\u9fff]){0,6}[,，]?$/;

/** The rest of where a leader goes, when no list names it: a place by its head, maybe closing its clause. */
const PLACE_TOLD =
  /^(?:我[区市县镇]|园区|厂区|景区|基层|[\u4e00-\u9fff]{2,14}(?:区|园|城|基地|镇|乡|村|社区|街道|企业|公司))(?:一线)?[,，]?$/;

/** A leader bringing a group straight to the visit: 带领部分区人大代表, 率市政协委员, 带领调研组. */
const LEADING = /^(?:带领|率领|率)[^,，。;；\n]{1,14}?(?:代表|委员|干部|人员|一行|团|组|队)$/;

export function visitNamer(
  titled: TitledName[],
  positions: Position[],
  divisions: DivisionHit[],
  anchors: Anchor[],
  page: Division[] = [],
): (at: number, verb: string, object: string, text: string) => string | undefined {
  // 到A区和B开发区, 赴A公司: the places and bodies a leader goes to before the verb.
  const places: Span[] = [
    ...divisions,
    ...anchors.filter((a) => a.type === 'Place' || (a.type === 'Organization' && a.source !== 'reference')),
  ];
  return (at, verb, object, text) => {
    // 范承志带队调研…; 许卫国在无锡、常州调研…; 沐晓峰到A区和B开发区考察…: the places between the leader and the verb.
    // 邵红英带领部分区人大代表视察…: whom the leader brings, then the verb.
    const leads = (t: TitledName) => LEADING.test(text.slice(t.end, at));
    const lead = titled.find(
      (t) => t.end === at || (t.end < at && (isAtPlaces(text, t.end, at, places) || leads(t))),
    );
    // 到X调研并召开座谈会: what follows 并 is another act, not what the visit is about.
    if (!lead || /^(?:中|时|期间|过程|后|前|结束|并|和|及|与)/.test(object)) return undefined;
    // 县长X赴A市调研Y: a trip away is not named after its subject alone (the real gold that names one keeps where it
    // went: …赴<city>考察<subject> → <city><subject>考察); only a visit with nothing after its verb is read.
    if (text[lead.end] === '赴') return undefined;
    // The subject as written (情况 and 工作 kept: the guide names events in the text's words); a closing 等 is no word of it.
    let thing = object.replace(/等$/, '');
    const whole = /^全([区市县镇])/.exec(thing);
    if (whole?.[1]) {
      const division = divisionForLevel(divisions, whole[1], at, { page });
      if (division) thing = division.name + thing.slice(2);
    }
    if (verb.endsWith('调研')) return `${thing}${verb}`;
    const unit = positions
      .filter((p) => p.person === lead.name && p.target.type === 'Organization' && p.target.kind !== 'party')
      .pop();
    // Only 走访 by a body is named after the body (杭州市经信委走访钱塘区重点工业企业, as the gold set names it).
    return unit && verb === '走访' ? `${unit.target.name}${verb}${thing}` : `${thing}${verb}`;
  };
}

/**
 * The side a titled host stands for, from where the name ends: the division their posts are in (市委书记X → 遂宁市,
 * 区长X → 临渭区), else the body they lead (集团总经理X → the group).
 */
export function hostDivisions(titled: TitledName[], positions: Position[], anchors: Anchor[]): HostSide {
  return (nameEnd) => {
    const host = titled.find((t) => t.end === nameEnd);
    if (!host) return undefined;
    const held = positions.filter((q) => q.person === host.name);
    // 省委常委、市委书记X: the most specific division the host's posts are in (the city, not the province of a rank).
    const divisions: EntityRef[] = [];
    for (const p of held) {
      if (p.target.type === 'Place' && p.target.kind !== 'park' && p.target.kind !== 'zone')
        divisions.push(p.target);
      const base = anchors.find((a) => a.id === p.target.id && a.source === 'body')?.base;
      if (p.target.type !== 'Place' && base?.type === 'Place') divisions.push(base);
    }
    const deepest = divisions.reduce<EntityRef | undefined>(
      (a, b) => (a && (LEVEL_RANK[a.kind] ?? 0) >= (LEVEL_RANK[b.kind] ?? 0) ? a : b),
      undefined,
    );
    if (deepest) return { name: regionShort(deepest.name), division: true };
    const body = held.find((p) => p.target.type === 'Organization' && p.target.kind !== 'party');
    return body ? { name: body.target.name, division: false } : undefined;
  };
}

/** How deep a division is: a host's most specific post names their side. */
const LEVEL_RANK: Record<string, number> = {
  province: 1,
  city: 2,
  district: 3,
  county: 3,
  town: 4,
  subdistrict: 4,
};
