import { entityId } from '../../../contract/annotation/ids.ts';
import type { EntityType } from '../../../contract/model.ts';
import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { divisionForLevel } from '../resolve/context.ts';
import { bareLevelNames } from './bare-level-names.ts';
import { bodyKind } from './bodies.ts';
import type { BodySpan } from './body-span.ts';
import type { DivisionHit } from './divisions.ts';
import type { Doc } from './doc.ts';
import type { NamedSpan } from './named-span.ts';
import { subUnitAnchors } from './named-sub-units.ts';
import type { RuleId } from './rules/index.ts';
import { simplifiedName } from './script.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * Every organisation and place span in the text with its canonical id: divisions (place:上海市普陀区), a
 * division's bodies (org:上海市普陀区委组织部, admin-qualified), and names found by their ending
 * (org:施耐德电气(中国)有限公司, place:未来岛园区). Spans inside a longer span are dropped (普陀区 inside
 * 普陀区委 is not a mention of the district), but remembered as the longer span's base.
 */

export interface EntityRef {
  id: string;
  type: EntityType;
  kind: string;
  name: string;
  properties?: Record<string, unknown>;
}

export interface Anchor extends EntityRef {
  start: number;
  end: number;
  source: 'division' | 'body' | 'named' | 'foreign' | 'reference';
  /** The rule that read the span (for --explain). */
  rule: RuleId;
  /** Where the name's ending starts (党委 in 未来岛园区党委); `end` for divisions. */
  headEnd: number;
  /** False for spans that only mention (goal phrases): they never create an entity. */
  introduces: boolean;
  /** Division short forms (上海, 普陀) stand for the division but are written short. */
  short: boolean;
  /** The place or organisation this one is the body of: 普陀区 for 普陀区委, 未来岛园区 for 未来岛园区党委. */
  base: EntityRef | undefined;
  /** For a name whose head is another anchor (未来岛园区党委, 嘉远集团党委): that anchor, which aliasing may retarget. */
  baseAnchor?: Anchor;
  /** A name inside a longer one that is an entity of its own all the same (see NamedSpan.standalone). */
  standalone?: boolean;
  /** Divisions written inside a body's span that are places of their own (see BodySpan.ownPlace). */
  within?: Anchor[];
  /** A place named with its division written first (see NamedSpan.divisionLed). */
  divisionLed?: boolean;
  /** For a division's body: what follows the division (委, 委组织部, 政府, 科委). */
  body: string | undefined;
  /** A name by its ending that is only a bare level's body (县政府办公室): its id, no entity's unless renamed. */
  bareLevel?: string;
  /** For a democratic party's committee of a division (民盟<city>委): the party (see BodySpan.party). */
  party?: string;
  /** For a department (委组织部): the committee it belongs to (普陀区委). */
  parent: EntityRef | undefined;
  /** For a body written after a chain of divisions (武侯区玉林街道党工委): the chain, outermost first. */
  chain?: EntityRef[];
  division: Division | undefined;
}

const divisionRefs = new Map<string, EntityRef>();

/** The Place a division is (place:上海市普陀区, kind district, adminCode 310107); a fresh copy each time. */
export function divisionRef(division: Division): EntityRef {
  let ref = divisionRefs.get(division.code);
  if (!ref) {
    ref = makeDivisionRef(division);
    divisionRefs.set(division.code, ref);
  }
  return { ...ref, properties: { ...ref.properties } };
}

function adminCode(division: Division): Record<string, string> {
  const code = gazetteer().officialCode(division);
  return code ? { adminCode: code } : {};
}

function makeDivisionRef(division: Division): EntityRef {
  return {
    id: entityId('Place', gazetteer().qualifiedName(division)),
    type: 'Place',
    kind: division.kind,
    name: division.name,
    properties: adminCode(division),
  };
}

export function divisionAnchor(hit: DivisionHit): Anchor {
  const ref = divisionRef(hit.division);
  return {
    id: ref.id,
    type: ref.type,
    kind: ref.kind,
    name: ref.name,
    properties: adminCode(hit.division),
    start: hit.start,
    end: hit.end,
    headEnd: hit.end,
    source: 'division',
    rule: hit.rule
      ? hit.rule
      : hit.prefix
        ? 'division:level-prefix'
        : hit.short
          ? 'division:short'
          : hit.surface.startsWith('我')
            ? 'division:ours'
            : 'division:full',
    introduces: !hit.listed && !hit.leadsCompany,
    short: hit.short,
    body: undefined,
    base: undefined,
    parent: undefined,
    division: hit.division,
  };
}

/**
 * 中共X镇委员会, X镇委, 中共X街道委员会: a town's, township's or subdistrict's committee is its 党委 (one body, one
 * name; a subdistrict's 工作委员会 is its 党工委, read as such).
 */
function townCommittee(division: Division, body: string): string {
  return body === '委' && division.level === 'township' ? '党委' : body;
}

/** org:<qualified division><body>, named <division><body> (普陀区委组织部). */
export function bodyRef(division: Division, written: string, kind: string): EntityRef {
  const body = townCommittee(division, written);
  return {
    id: entityId('Organization', gazetteer().bodyPrefix(division) + body),
    type: 'Organization',
    kind,
    name: division.name + body,
  };
}

/**
 * A division's body (普陀区委组织部); one written after a bare level (区委) is the division of that level the text or the
 * page (its outlet, its site) names. With none, the body is left out: a bare id (org:区委) would be one graph node for
 * every district's committee.
 */
function bodyAnchor(span: BodySpan, divisions: DivisionHit[], doc: Doc): Anchor | undefined {
  const division =
    span.division?.division ??
    (span.level ? divisionForLevel(divisions, span.level, span.start, doc) : undefined);
  if (!division) return undefined;
  if (span.taiwan && !gazetteer().isTaiwanAdministered(division)) return undefined;
  if (span.party) return partyCommitteeAnchor(span, span.party, division);
  const parent = span.parent ? bodyRef(division, span.parent, bodyKind(span.parent)) : undefined;
  const ref = bodyRef(division, span.body, span.kind);
  return {
    id: ref.id,
    type: ref.type,
    kind: ref.kind,
    name: ref.name,
    start: span.start,
    end: span.end,
    headEnd: span.end - (span.written ?? span.body.length),
    ...(span.outer
      ? { chain: [...span.outer.map((d) => divisionRef(d.division)), divisionRef(division)] }
      : {}),
    source: 'body',
    rule: span.listed ? 'body:listed-bare' : span.division ? 'body:of-division' : 'body:bare-level',
    introduces: true,
    short: false,
    body: span.body,
    base: divisionRef(division),
    parent,
    division,
  };
}

/**
 * A democratic party's committee of a division (民盟<city>委, see ./bodies.ts): named and identified as the page writes it,
 * the party in front of the division's name (the real-page gold's `org:民建<city>委`, no province in front). It is no
 * body of the division (no `body`: its departments are not the division's committee's; no `base`: the gold gives it no
 * LOCATED_IN).
 */
function partyCommitteeAnchor(span: BodySpan, party: string, division: Division): Anchor {
  const name = party + division.name + span.body;
  const ref = { id: entityId('Organization', name), type: 'Organization', kind: 'party', name } as const;
  return {
    ...spanAnchor(ref, span.start, span.end, 'body', 'body:party-committee'),
    headEnd: span.end - span.body.length,
    party,
    division,
  };
}

/**
 * An anchor of `ref` written at start..end in full (not short) that introduces it, its head ending where it ends, and
 * no division's body (no body, base, parent or division): what a name by its ending, a party's committee (here and in
 * democratic-parties.ts) and a foreign place start from.
 *
 * `ref` must be a plain EntityRef (id, type, kind, name and perhaps properties): the anchor is written field by field,
 * so any other field of a richer object passed here (an Anchor, a Division …) is dropped, not copied.
 */
export function spanAnchor(
  ref: Readonly<EntityRef>,
  start: number,
  end: number,
  source: Anchor['source'],
  rule: RuleId,
): Anchor {
  // (Written out, not a copy of the ref with the rest added one by one, which was slow.)
  const anchor: Anchor = {
    id: ref.id,
    type: ref.type,
    kind: ref.kind,
    name: ref.name,
    start,
    end,
    headEnd: end,
    source,
    rule,
    introduces: true,
    short: false,
    body: undefined,
    base: undefined,
    parent: undefined,
    division: undefined,
  };
  // A ref with properties keeps them, after its name as a copy of it would.
  return 'properties' in ref ? { ...ref, ...anchor } : anchor;
}

/** A Hong Kong or Macau body's region (see NamedSpan.regionName): the division it is a body of. */
function regionBase(name: string | undefined): EntityRef | undefined {
  const division = name ? gazetteer().byName(name)[0] : undefined;
  return division ? divisionRef(division) : undefined;
}

function namedAnchor(doc: Doc, span: NamedSpan): Anchor {
  const name = span.canonical ?? simplifiedName(doc.text.slice(span.start, span.end));
  const ref = { id: entityId(span.type, name), type: span.type, kind: span.kind, name };
  const parent: EntityRef | undefined = span.parentName
    ? {
        id: entityId('Organization', span.parentName),
        type: 'Organization',
        kind: 'government',
        name: span.parentName,
      }
    : undefined;
  // (Set on the fresh anchor rather than copied into another: the same fields in the same order.)
  const anchor = spanAnchor(ref, span.start, span.end, 'named', span.rule);
  anchor.headEnd = span.end - span.suffix.length;
  anchor.introduces = !span.goal;
  if (span.standalone) anchor.standalone = true;
  if (span.divisionLed) anchor.divisionLed = true;
  anchor.parent = parent;
  anchor.base = regionBase(span.regionName);
  return anchor;
}

/**
 * 省人民医院, 市文旅投公司, 区水务集团, 镇青年商会: an organisation named after a bare level character is that level's
 * division's, named with the division written in front (广东省人民医院) like one written so; the surface is an alias.
 * Not a word the level character opens (市场, 区域, 县城, 省级) nor a page with no division of the level.
 */
function levelLedName(doc: Doc, span: NamedSpan, divisions: DivisionHit[]): Anchor | undefined {
  if (span.type !== 'Organization' || span.canonical || span.goal) return undefined;
  const { text } = doc;
  const level = text[span.start] ?? '';
  if (!/^[省市区县镇乡]$/.test(level) || span.end - span.start < 4) return undefined;
  if (!doc.tokens.isBoundary(span.start) || dictionaryEntry(text.slice(span.start, span.start + 2)))
    return undefined;
  if (divisions.some((d) => d.start <= span.start && span.start < d.end)) return undefined;
  const division = divisionForLevel(divisions, level, span.start, doc);
  if (!division?.name.endsWith(level)) return undefined;
  const name = division.name + simplifiedName(text.slice(span.start + 1, span.end));
  return { ...namedAnchor(doc, span), id: entityId('Organization', name), name, rule: 'named:level-led' };
}

/** On equal spans: a division's body, then the gazetteer (浦东新区 is a district, not a zone), then a name. */
const PRIORITY: Record<Anchor['source'], number> = {
  body: 3,
  division: 2.5,
  named: 2,
  foreign: 1,
  reference: 0,
};

/** A foreign country or city written in the text (德国, 斯图加特). */
export function foreignAnchor(name: string, kind: string, start: number): Anchor {
  const ref = { id: entityId('Place', name), type: 'Place', kind, name } as const;
  return spanAnchor(ref, start, start + name.length, 'foreign', 'place:foreign');
}

/** Longest first (bodies before names before divisions on ties); inner spans become the base of the outer one. */
function keepMaximal(anchors: Anchor[]): Anchor[] {
  const sorted = [...anchors].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || PRIORITY[b.source] - PRIORITY[a.source] || a.start - b.start,
  );
  const kept: Anchor[] = [];
  for (const anchor of sorted) {
    const outer = kept.find((k) => anchor.start < k.end && k.start < anchor.end);
    if (!outer) {
      kept.push(anchor);
      continue;
    }
    // <county><township>公所: the divisions a Taiwan township's body is written after are places of their own.
    if (outer.source === 'body' && anchor.source === 'division' && anchor.standalone)
      outer.within = [...(outer.within ?? []), anchor];
    // 未来岛园区党委: the head is exactly another entity, which the 党委 belongs to.
    // (柳湾村 of 柳湾村支部委员会: a settlement written as a place of its own may end before the head does.)
    const head = anchor.end === outer.headEnd || (anchor.standalone === true && anchor.end < outer.headEnd);
    if (outer.source === 'named' && anchor.start === outer.start && head) outer.baseAnchor ??= anchor;
    // 青湖街道政协委员之家: the division a place's name opens with is where it is, and a place of its own.
    if (
      outer.divisionLed &&
      anchor.source === 'division' &&
      anchor.start === outer.start &&
      (!outer.baseAnchor || outer.baseAnchor === anchor)
    ) {
      outer.baseAnchor = anchor;
      anchor.standalone = true;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What an anchor is the body of: its division, or the entity its head names. */
/**
 * `A、B与C签署…`: the organisations listed right before `first`, each followed by a separator that ends
 * with `separator` (one character), in text order.
 */
export function listedBefore(text: string, orgs: Anchor[], first: Anchor, separator: RegExp): Anchor[] {
  const listed: Anchor[] = [];
  for (let at = first.start; ; ) {
    const prev = orgs.find((o) => o.end === at - 1 && separator.test(text[at - 1] ?? ''));
    if (!prev) break;
    listed.unshift(prev);
    at = prev.start;
  }
  return listed;
}

/** The anchor reaching furthest (the widest of those starting together); on a tie, the first given. */
export function widest(list: readonly Anchor[]): Anchor | undefined {
  return list.reduce<Anchor | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
}

export function baseOf(anchor: Anchor): EntityRef | undefined {
  return anchor.baseAnchor ? toRef(anchor.baseAnchor) : anchor.base;
}

export function toRef(anchor: Anchor): EntityRef {
  return {
    id: anchor.id,
    type: anchor.type,
    kind: anchor.kind,
    name: anchor.name,
    ...(anchor.properties ? { properties: anchor.properties } : {}),
  };
}

export function buildAnchors(
  doc: Doc,
  divisions: DivisionHit[],
  bodies: BodySpan[],
  named: NamedSpan[],
  foreign: Anchor[],
): Anchor[] {
  const read = bareLevelNames(doc, bodies, named);
  // (鹰潭余江区委: a short form written in front of a body's division is a place of its own, as it is written alone.)
  const own = bodies.flatMap((b) =>
    b.ownPlace && b.division ? [...(b.outer ?? []), b.division] : (b.outer ?? []).filter((d) => d.short),
  );
  const all: Anchor[] = [
    ...foreign,
    ...divisions.map((d) =>
      own.includes(d) ? { ...divisionAnchor(d), standalone: true } : divisionAnchor(d),
    ),
    ...read.bodies.flatMap((b) => bodyAnchor(b, divisions, doc) ?? []),
    ...named.map((n) => {
      const led = levelLedName(doc, n, divisions);
      if (led) return led;
      const anchor = namedAnchor(doc, n);
      return read.bare.has(n) ? { ...anchor, bareLevel: anchor.id } : anchor;
    }),
  ];
  return keepMaximal([...all, ...subUnitAnchors(doc, all)]);
}

/**
 * Without the names of a bare level's body (bare-level-names.ts) that no reading after their own gave another id
 * (区党工委 after a zone is the zone's): a bare id would be one node for every division's body.
 */
export function withoutBareLevelNames(anchors: Anchor[]): Anchor[] {
  return anchors.filter((a) => a.bareLevel === undefined || a.id !== a.bareLevel);
}
