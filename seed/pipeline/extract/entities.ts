import { entityId } from '../../../contract/annotation/ids.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Anchor, EntityRef } from './anchors.ts';
import type { Doc } from './doc.ts';
import { surnameAt } from './lexicon/surnames.ts';
import { titleKind } from './lexicon/titles.ts';
import { BYLINE_WORDS, HARD_BOUNDARY, MEDIA_NAME } from './lexicon/words.ts';
import { endsAtBoundary, readName, type TitledName } from './names.ts';
import type { Occurrence } from './participation/relate.ts';
import type { Position } from './positions.ts';
import type { Registry } from './registry.ts';
import type { RuleId } from './rules/index.ts';
import { simplifiedName } from './script.ts';
import { looseListItem } from './titled-names.ts';

/**
 * Turning what the rules found into entities: anchors (organisations and places), people with titles, reporters
 * from the byline, the outlet when the text names it (`新民晚报讯`, `本报讯`), and the organisations positions point
 * to that have no span of their own (普陀区委组织部 written 组织部, the district a 区长 heads).
 */

export function registerAnchors(registry: Registry, anchors: Anchor[]): void {
  const bases = anchors.flatMap((a) => [
    ...(a.introduces && a.baseAnchor?.standalone ? [a.baseAnchor] : []),
    ...(a.introduces ? (a.within ?? []) : []),
  ]);
  for (const a of [...anchors, ...bases]) {
    if (!a.introduces || a.source === 'reference') continue;
    registry.add({
      id: a.id,
      type: a.type,
      kind: a.kind,
      name: a.name,
      surface: '',
      at: a.start,
      rule: a.rule,
      ...(a.properties ? { properties: a.properties } : {}),
    });
  }
}

/** Surfaces for every anchor whose entity exists, introducing or not (goal phrases still mention). */
export function anchorSurfaces(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  for (const a of [...anchors, ...anchors.flatMap((o) => o.within ?? [])]) {
    if (a.source === 'reference') continue;
    const record = registry.get(a.id);
    if (!record) continue;
    record.surfaces.add(doc.text.slice(a.start, a.end));
    if (a.division) record.surfaces.add(a.division.name);
  }
}

export function registerPerson(
  registry: Registry,
  name: string,
  at: number,
  rule: RuleId,
  kind?: string,
): string {
  const canonical = simplifiedName(name);
  const id = entityId('Person', canonical);
  const record = registry.add({ id, type: 'Person', kind, name: canonical, surface: name, at, rule });
  if (kind && !record.kind) record.kind = kind;
  return id;
}

export function registerPeople(registry: Registry, people: TitledName[], rule: RuleId): void {
  for (const t of people) {
    const id = registerPerson(registry, t.name, t.start, rule);
    for (const s of t.surfaces ?? []) registry.get(id)?.surfaces.add(s);
  }
}

export function registerRef(
  registry: Registry,
  ref: EntityRef,
  surface: string,
  at: number,
  rule: RuleId,
): void {
  registry.add({ ...ref, surface, at, rule, ...(ref.properties ? { properties: ref.properties } : {}) });
}

/** The outlet (article.source) when the text names it: by name (新民晚报讯) or as 本报 (本报讯). */
/** `(X社记者A<place>N日电)`, `X社<place>N月N日电`: an agency's dateline opening a line names the outlet. */
const AGENCY_DATELINE =
  /(?:^|\n)[(（]?([\u4e00-\u9fff]{2,6}?(?:社|网|报|台))(?:记者|[\u4e00-\u9fff]{0,8}?[0-9]{1,2}月?[0-9]{0,2}日电)/;

export function outletRef(doc: Doc): EntityRef | undefined {
  // A page with no source, or one the text does not name, whose story opens on an agency's dateline: that agency.
  const agency = AGENCY_DATELINE.exec(doc.text)?.[1];
  const given = doc.article.source?.trim();
  const source = given && doc.text.includes(simplifiedName(given)) ? given : (agency ?? given);
  if (!source) return undefined;
  const name = simplifiedName(source);
  if (!doc.text.includes(name) && !doc.text.includes('本报')) return undefined;
  // A source that is a bureau or a company named in the story (翠屏区投资促进局与…签订) is no outlet of it: an
  // outlet reads as media or opens the story's dateline (X讯, X消息).
  const dateline = new RegExp(`${name}(?:讯|消息|报道|电)`).test(doc.text) || doc.text.includes('本报');
  if (!dateline && !MEDIA_NAME.test(name)) return undefined;
  return { id: entityId('Organization', name), type: 'Organization', kind: 'media', name };
}

/** Reporters from article.reporters that the text names; 通讯员 in front makes a correspondent. */
export function registerReporters(doc: Doc, registry: Registry, outlet: EntityRef | undefined): void {
  for (const reporter of [...doc.article.reporters, ...datelineReporters(doc, outlet)]) {
    const name = simplifiedName(reporter.trim());
    // 许 诺: e-papers space out two-character names; the byline still names the reporter.
    // (Searched for only when the name is not written whole.)
    const whole = doc.text.includes(name);
    const spaced =
      name.length === 2 && !whole ? new RegExp(`${name[0]}[ \u3000\u00a0]${name[1]}`).exec(doc.text) : null;
    const at = name ? (whole ? doc.text.indexOf(name) : (spaced?.index ?? -1)) : -1;
    if (at < 0) continue;
    // The newsroom title the byline lists this name under: `记者 林晓雨 陈思远`, `记者 A、B 通讯员 C`.
    const title = bylineTitle(doc.text.slice(Math.max(0, at - 24), at));
    const correspondent = title === '通讯员' || title === '特约通讯员';
    const id = registerPerson(
      registry,
      name,
      at,
      'person:byline',
      correspondent ? 'correspondent' : 'reporter',
    );
    if (!doc.text.includes(name) && spaced) registry.get(id)?.surfaces.add(spaced[0]);
    // 【青禾传媒/记者 A/某地报导】, (青禾融媒记者 A): the byline names the reporter's own outlet before 记者.
    const own = bylineOutlet(doc.text, at, outlet);
    if (own && !correspondent) {
      registry.add({ ...own.ref, surface: own.ref.name, at: own.at, rule: 'org:byline-outlet' });
      registry.relate({
        type: 'HOLDS_POSITION',
        from: id,
        to: own.ref.id,
        properties: { title: '记者' },
        at,
        rule: 'org:byline-outlet',
      });
      continue;
    }
    if (title && !correspondent && outlet) {
      registry.relate({
        type: 'HOLDS_POSITION',
        from: id,
        to: outlet.id,
        properties: { title },
        at,
        rule: 'position:byline',
      });
    }
  }
  if (doc.text.includes('本报')) {
    const outlet = outletRef(doc);
    if (outlet) registry.get(outlet.id)?.surfaces.add('本报');
  }
}

/**
 * `(X社记者A<place>N日电)`: an agency's dateline names its reporter between 记者 and the place, with no space; the name
 * is read as a surname and one or two characters followed by a place (a division's name or short form) or the day.
 */
function datelineReporters(doc: Doc, outlet: EntityRef | undefined): string[] {
  if (!outlet) return [];
  const found: string[] = [];
  const opening = new RegExp(`[(（]${outlet.name}记者(?=[\u4e00-\u9fff])`, 'g');
  const gaz = gazetteer();
  for (const m of doc.text.matchAll(opening)) {
    const at = m.index + m[0].length;
    for (const given of [2, 1]) {
      const name = doc.text.slice(at, at + 1 + given);
      const rest = /^([\u4e00-\u9fff]{0,8}?)[0-9]{1,2}日电/.exec(doc.text.slice(at + 1 + given, at + 20));
      if (!rest || !surnameAt(name, 0)) continue;
      const place = rest[1] ?? '';
      const named =
        place === '' ||
        [...Array(place.length - 1).keys()]
          .map((i) => place.slice(0, i + 2))
          .some((p) => gaz.byName(p).length > 0 || gaz.byShortName(p).length > 0);
      if (named) {
        found.push(name);
        break;
      }
    }
  }
  return found;
}

/**
 * The bracket that closes the body and signs it (`（宏远科技 林一舟、夏蔓）`, `（记者 严露）`): a last line of its own that
 * names the article's reporters. What else it names (the writers' unit) is a credit, not part of the story.
 */
export function closingCredit(doc: Doc): { start: number; end: number } | undefined {
  const text = doc.text.trimEnd();
  const start = text.lastIndexOf('\n') + 1;
  const line = text.slice(start);
  // A newsroom byline (`（舟山日报记者 孙海鸥）`) names its outlet as the story's own.
  if (!/^[（(][^（）()]{2,48}[）)]$/.test(line) || new RegExp(BYLINE_WORDS).test(line)) return undefined;
  const names = doc.article.reporters.map((r) => simplifiedName(r.trim()));
  return names.some((n) => n && line.includes(n)) ? { start, end: text.length } : undefined;
}

const BYLINE_TITLES =
  /(?:全媒体|融媒体|新媒体|全媒|融媒)(?:首席)?记者|特约记者|首席记者|见习记者|实习记者|摄影记者|记者|实习生|特约通讯员|通讯员/g;
/** What may stand between a byline's title and its names: spaces, or a bar, colon or slash (`记者丨A`, `通讯员：B`). */
const NAMES_ONLY = /^[\s丨|｜:：/／]*(?:[\u4e00-\u9fff·]{2,8}[\s、,，]+)*$/;

/**
 * The outlet a byline writes right before 记者, opening the bracket or the line (【青禾传媒/记者 A/…报导】,
 * (青禾融媒记者 A), 青禾融媒体记者: A/文): a word that reads as media, not the page's own outlet or 本报.
 */
const OWN_OUTLET = /(?:^|[【〔[(（\n])([\u4e00-\u9fff]{2,10}?)\s*\/?\s*记者[\s:：]*$/;

function bylineOutlet(
  text: string,
  at: number,
  outlet: EntityRef | undefined,
): { ref: EntityRef; at: number } | undefined {
  const before = text.slice(Math.max(0, at - 20), at);
  const m = OWN_OUTLET.exec(before);
  const name = m?.[1];
  if (!m || !name || !MEDIA_NAME.test(name) || /^本/.test(name) || name === outlet?.name) return undefined;
  // (县融媒体中心记者: a bare level's outlet is the page's division's, read with the division elsewhere.)
  if (/^[省市县区镇乡旗]/.test(name)) return undefined;
  // (全媒体记者, 融媒体记者: a kind of reporter, no outlet.)
  if (BYLINE_TITLES_WHOLE.test(`${name}记者`)) return undefined;
  const start = Math.max(0, at - 20) + m.index + m[0].indexOf(name);
  return {
    ref: { id: entityId('Organization', name), type: 'Organization', kind: 'media', name },
    at: start,
  };
}

/** A newsroom title written whole (融媒体记者 is a title, 青禾融媒记者 an outlet and a title). */
const BYLINE_TITLES_WHOLE = /^(?:全媒体|融媒体|新媒体|全媒|融媒)(?:首席)?记者$/;

/** The last newsroom title before a byline name, when only names stand between them. */
function bylineTitle(before: string): string | undefined {
  const last = [...before.matchAll(BYLINE_TITLES)].pop();
  if (!last) return undefined;
  return NAMES_ONLY.test(before.slice(last.index + last[0].length)) ? last[0] : undefined;
}

/** HOLDS_POSITION for every position, with the organisations positions create and their structure. */
export function registerPositions(
  doc: Doc,
  registry: Registry,
  positions: Position[],
  rule: 'position:title-chain' | 'position:appointment',
): void {
  // (青禾融媒记者A: a reporter the byline gives an outlet of its own holds no other newsroom title from the chain.)
  const ownOutlet = new Set(
    registry
      .allRelations()
      .filter((r) => r.rule === 'org:byline-outlet')
      .map((r) => r.from),
  );
  for (const p of positions) {
    if (ownOutlet.has(entityId('Person', simplifiedName(p.person))) && titleKind(p.title) === 'media')
      continue;
    if (p.created) {
      const { ref, start, end } = p.created;
      registerRef(registry, ref, doc.text.slice(start, end), start, 'position:created-body');
    }
    if (!registry.has(p.target.id)) registerRef(registry, p.target, '', p.at, 'position:inherited-target');
    const from = entityId('Person', simplifiedName(p.person));
    if (!registry.has(from)) continue;
    registry.relate({
      type: 'HOLDS_POSITION',
      from,
      to: p.target.id,
      properties: { title: p.title },
      at: p.at,
      rule: p.rule ?? rule,
    });
    const created = p.created;
    if (created?.partOf && registry.has(created.partOf.id)) {
      registry.relate({
        type: 'PART_OF',
        from: created.ref.id,
        to: created.partOf.id,
        properties: {},
        at: p.at,
        rule: 'position:created-part-of',
      });
    }
    if (created?.owns && registry.has(created.owns.id)) {
      registry.relate({
        type: 'PART_OF',
        from: created.owns.id,
        to: created.ref.id,
        properties: {},
        at: p.at,
        rule: 'position:created-owner',
      });
    }
    if (created?.locatedIn && registry.has(created.locatedIn.id)) {
      registry.relate({
        type: 'LOCATED_IN',
        from: created.ref.id,
        to: created.locatedIn.id,
        properties: {},
        at: p.at,
        rule: 'position:created-located-in',
      });
    }
  }
}

/** Every occurrence of a known person's name or other surface, checked to end at a boundary (肖立 not 肖立新). */
export function knownNameOccurrences(doc: Doc, registry: Registry): Occurrence[] {
  const found: Occurrence[] = [];
  for (const person of registry.ofType('Person')) {
    const foreign =
      /\p{Script=Latin}|·/u.test(person.name) || [...person.surfaces].some((s) => s.includes('·'));
    for (const surface of person.surfaces) {
      for (let at = doc.text.indexOf(surface); at >= 0; at = doc.text.indexOf(surface, at + 1)) {
        const end = at + surface.length;
        if (found.some((f) => f.start <= at && end <= f.end)) continue;
        const latin = /^\p{Script=Latin}/u.test(surface);
        // 县领导祝云帆、杨柳出席: a known person whose name is also a word is read as a list item is.
        const read = latin ? undefined : (readName(doc.text, at) ?? looseListItem(doc.text, at));
        const alone =
          !/\p{Script=Latin}/u.test(doc.text[end] ?? '') && !/\p{Script=Latin}/u.test(doc.text[at - 1] ?? '');
        // 穆勒 for Hans Müller (汉斯·穆勒): a transliterated surname stands alone between boundaries.
        const transliterated =
          foreign &&
          (HARD_BOUNDARY.test(doc.text[at - 1] ?? '。') || at === 0) &&
          endsAtBoundary(doc.text, end);
        if (latin ? alone : read?.end === end || surface.includes('·') || transliterated) {
          found.push({ id: person.id, start: at, end });
        }
      }
    }
  }
  return [...found, ...surnameTitleMentions(doc, registry, found)].sort((a, b) => a.start - b.start);
}

/** Short forms of a title a second mention uses (高总 for 高松总经理). */
const SHORT_TITLES: [RegExp, string][] = [[/^(?:总经理|总裁|董事长)$/, '总']];

/**
 * Second mentions by surname and title (祁书记表示, 高总介绍, 孙书记和陈书记分别介绍): the one person of the article
 * with that surname who holds that title. Only where the surname cannot be the end of another word (at the start of
 * a clause or after 和/与/及).
 */
function surnameTitleMentions(doc: Doc, registry: Registry, found: Occurrence[]): Occurrence[] {
  const holders = new Map<string, Set<string>>();
  for (const r of registry.allRelations()) {
    if (r.type !== 'HOLDS_POSITION' || typeof r.properties.title !== 'string') continue;
    const person = registry.get(r.from);
    if (!person || !/^[\u4e00-\u9fff]{2,4}$/.test(person.name)) continue;
    const surname = person.name.slice(0, surnameAt(person.name, 0));
    if (!surname) continue;
    const titles = [
      r.properties.title,
      ...SHORT_TITLES.filter(([t]) => t.test(String(r.properties.title))).map(([, s]) => s),
    ];
    for (const title of titles) {
      const key = `${surname}${title}`;
      holders.set(key, (holders.get(key) ?? new Set()).add(r.from));
    }
  }
  const mentions: Occurrence[] = [];
  for (const [key, ids] of holders) {
    const [id] = ids;
    if (ids.size !== 1 || !id) continue;
    for (let at = doc.text.indexOf(key); at >= 0; at = doc.text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (!/^$|[\s，,。；;：:、和与及]/.test(doc.text[at - 1] ?? '') || !endsAtBoundary(doc.text, end))
        continue;
      if (found.some((f) => f.start < end && at < f.end)) continue;
      mentions.push({ id, start: at, end });
    }
  }
  return mentions;
}
