import type { AnnotatedArticle, Annotation } from '../../../contract/annotation/types.ts';
import { resolveAliases } from './aliases.ts';
import { type Anchor, buildAnchors, foreignAnchor, withoutBareLevelNames } from './anchors.ts';
import { appointeeEnds, findActing, findAppointments, findHeldBy, findRemovals } from './appointments.ts';
import { findBodies } from './bodies.ts';
import { buildAnnotation } from './build.ts';
import { anchorsByEnd, readChain } from './chains.ts';
import { democraticPartyBodies } from './democratic-parties.ts';
import { findHeadlineDivisions } from './division-headline.ts';
import { findPageDivisions } from './division-page.ts';
import { findDivisions, findForeign, markInNames } from './divisions.ts';
import { makeDoc } from './doc.ts';
import {
  anchorSurfaces,
  closingCredit,
  knownNameOccurrences,
  outletRef,
  registerAnchors,
  registerPeople,
  registerPositions,
  registerReporters,
} from './entities.ts';
import { hostDivisions, registerEvents, visitNamer } from './event-relations.ts';
import { findEvents } from './events.ts';
import { type TraceRow, traceRows } from './explain.ts';
import { findNamed } from './named.ts';
import { findListedCompanies, findNumberedBureaus } from './named-lists.ts';
import { findTitledBrands } from './named-titled.ts';
import { findNational } from './national.ts';
import { ownerPartyGroups } from './owner-party-groups.ts';
import { participations } from './participation.ts';
import { findCountedNames, findListedNames } from './person-lists.ts';
import { readPositions } from './positions.ts';
import { findReferences } from './references.ts';
import { Registry } from './registry.ts';
import { findSarBodies } from './sar-bodies.ts';
import { findSetOffNames } from './set-off-names.ts';
import { findListedSettlements } from './settlement-lists.ts';
import { structuralRelations } from './structure.ts';
import { taiwanPage } from './taiwan-units.ts';
import { findTitledNames } from './titled-names.ts';
import { findListsBeforeTitles, findNamesBeforeTitles, findTitlesAfterNames } from './titles-after.ts';
import { findTopics } from './topics.ts';
import { findVenues } from './venues.ts';

/** Whether a span opens a document's title in book marks as its author (《X关于…》). */
function authorOfDocumentTitle(text: string, span: { start: number; end: number }): boolean {
  return text[span.start - 1] === '《' && text.startsWith('关于', span.end);
}

/** Every occurrence of the given strings (person names, so 顾承德 never reads as 承德). */
function occurrencesOf(text: string, names: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const name of new Set(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      spans.push({ start: at, end: at + name.length });
  }
  return spans;
}

/**
 * 株洲天元区（深圳）产业合作推介会, 赛罕区（北京）招商推介会: a city in brackets right after a division names where the
 * promotion was held as part of the event's name; it is no mention of the city.
 */
function withoutBracketedHosts<T extends { start: number; end: number }>(text: string, hits: T[]): T[] {
  return hits.filter(
    (h) =>
      !(
        /[(（]/.test(text[h.start - 1] ?? '') &&
        /[)）]/.test(text[h.end] ?? '') &&
        hits.some((o) => o.end === h.start - 1)
      ),
  );
}

export interface Extraction {
  annotation: Annotation;
  /** One row per entity and relation: which rule produced it and the span that shows it (for `--explain`). */
  trace: TraceRow[];
}

/**
 * The rules in order: divisions (gazetteer) and foreign places, titled names, division bodies, names by their
 * ending, canonical anchors and short forms, generic references, title chains and appointments (positions), the
 * byline, events, participation, topics, then structure. Deterministic and offline.
 */
export function extract(article: AnnotatedArticle): Extraction {
  const doc = makeDoc(article);
  doc.page = findPageDivisions(doc);
  const registry = new Registry();
  const titled = findTitledNames(doc);
  // A listed name that is another way of writing a titled person (穆勒 for Hans Müller) is that person.
  const known = new Set(titled.flatMap((t) => [t.name, ...(t.surfaces ?? [])]));
  const listed = findListedNames(doc).filter((l) => !known.has(l.name));
  const counted = findCountedNames(doc).filter(
    (c) => !known.has(c.name) && !listed.some((l) => l.start === c.start),
  );
  // The bracket signing the body names the writers' unit as a credit, not as part of the story.
  const credit = closingCredit(doc);
  const told = <T extends { start: number }>(hits: T[]): T[] =>
    credit ? hits.filter((h) => h.start < credit.start || h.start >= credit.end) : hits;
  const nameSpans = occurrencesOf(
    doc.text,
    [...titled, ...listed, ...counted].map((t) => t.name),
  );
  const divisions = told(withoutBracketedHosts(doc.text, findDivisions(doc, nameSpans)));
  doc.headline = findHeadlineDivisions(doc, divisions);
  // (副局长阙法国: a country inside a person's longer name is no mention of the country.)
  const foreign = findForeign(doc)
    .filter((f) => !nameSpans.some((n) => n.start <= f.start && f.start + f.name.length <= n.end))
    .map((f) => foreignAnchor(f.name, f.kind, f.start));
  const blockers = new Set<number>([
    ...titled.flatMap((t) => [t.end, t.titleEnd]),
    ...foreign.map((f) => f.end),
    ...appointeeEnds(doc),
  ]);
  const divisionEnds = new Set(divisions.filter((d) => !d.short).map((d) => d.end));
  const bodies = findBodies(doc, divisions);
  const divisionStartByEnd = new Map(divisions.map((d) => [d.end, d.start]));
  const divisionStarts = new Set(divisionStartByEnd.values());
  // 特区政府驻X经贸办事处: a region's body named in full wins over the same span read by its ending.
  const sar = findSarBodies(doc, divisionEnds);
  const national = findNational(doc, taiwanPage(doc, divisions));
  // (农业委员会 on a Taiwan page: the 行政院's, by its one name, not a name read by its ending.)
  const renamed = [...sar, ...national].filter((s) => s.canonical);
  const byEnding = findNamed(doc, {
    blockers,
    divisionEnds,
    divisionStartByEnd,
    divisionStarts,
    foreignStartByEnd: new Map(foreign.map((f) => [f.end, f.start])),
  }).filter((n) => !renamed.some((s) => s.start === n.start && s.end === n.end));
  const named = told([
    ...byEnding,
    ...findVenues(doc, divisionEnds, byEnding, divisionStarts),
    ...national,
    ...sar,
    ...findNumberedBureaus(doc),
    ...findListedCompanies(doc),
    ...findListedSettlements(doc),
    ...findTitledBrands(doc),
  ]);
  // 议长柯文村 … 柯文村议长: a name read after a title is the person wherever written, not a village of that name.
  const placesNamedAsPeople = new Set(
    named.filter((n) => n.type === 'Place' && known.has(doc.text.slice(n.start, n.end))).map((n) => n.start),
  );
  if (placesNamedAsPeople.size > 0)
    named.splice(0, named.length, ...named.filter((n) => !placesNamedAsPeople.has(n.start)));
  markInNames(divisions, named);
  // 《X人民政府关于…的意见》: the author opening a document's title is no mention of a body (the parties named in an
  // agreement's title are).
  const anchors = withoutBareLevelNames(
    ownerPartyGroups(
      doc,
      resolveAliases(doc, democraticPartyBodies(doc, buildAnchors(doc, divisions, bodies, named, foreign))),
    ),
  ).filter(
    (a) => a.type !== 'Organization' || a.source === 'reference' || !authorOfDocumentTitle(doc.text, a),
  );
  registerAnchors(registry, anchors);
  const references = findReferences(doc, anchors);
  const all: Anchor[] = [...anchors, ...references].sort((a, b) => a.start - b.start);

  const outlet = outletRef(doc);
  if (outlet) registry.add({ ...outlet, surface: outlet.name, at: 0, rule: 'org:outlet' });
  registerReporters(doc, registry, outlet);

  const byEnd = anchorsByEnd(all.filter((a) => registry.has(a.id)));
  // 上海市经信委韩立平副主任: the name between the organisation and the title.
  const inverted = findTitlesAfterNames(doc, byEnd).filter(
    (c) => !titled.some((t) => t.start < c.person.end && c.person.start < t.end),
  );
  const opening = findNamesBeforeTitles(
    doc,
    all,
    new Set([...known, ...inverted.map((c) => c.person.name), ...listed.map((l) => l.name)]),
  ).filter((c) => !inverted.some((i) => i.person.start < c.person.end && c.person.start < i.person.end));
  const councillors = findListsBeforeTitles(doc, [...listed, ...counted]);
  const chains = [...titled.map((t) => readChain(doc, t, byEnd)), ...inverted, ...opening, ...councillors];
  const appointed = [...findAppointments(doc, byEnd), ...findHeldBy(doc, byEnd), ...findActing(doc, byEnd)];
  const chainPositions = readPositions(doc, chains, divisions, outlet, all);
  const appointedPositions = readPositions(doc, appointed, divisions, outlet, all);
  const positions = [...chainPositions, ...appointedPositions];
  const removed = findRemovals(doc).map((r) => ({ ...r, titleStart: r.start, titleEnd: r.start }));
  registerPeople(registry, [...titled, ...inverted.map((c) => c.person)], 'person:titled');
  registerPeople(
    registry,
    opening.map((c) => c.person),
    'person:name-then-title',
  );
  registerPeople(
    registry,
    appointed.map((c) => c.person),
    'person:appointed',
  );
  registerPeople(registry, removed, 'person:removed');
  registerPeople(registry, listed, 'person:listed');
  registerPeople(registry, counted, 'person:counted');
  // Last: only names no other reader found (the names the registry holds are known).
  const names = new Set([...registry.entities.values()].map((e) => e.name));
  registerPeople(registry, findSetOffNames(doc, names), 'person:set-off');
  registerPositions(doc, registry, chainPositions, 'position:title-chain');
  registerPositions(doc, registry, appointedPositions, 'position:appointment');
  anchorSurfaces(doc, registry, anchors);

  const chainAnchors = new Set(
    [...chains, ...appointed].flatMap((c) => c.segments.flatMap((s) => (s.anchor ? [s.anchor.start] : []))),
  );
  const people = knownNameOccurrences(doc, registry);
  // Who may lead a visit: a titled name, or a person known from the article at the head of a delegation (X一行).
  const leaders = new Set([
    ...titled.map((t) => t.end),
    ...people.filter((p) => doc.text.startsWith('一行', p.end)).map((p) => p.end),
  ]);
  const events = findEvents(
    doc,
    all,
    visitNamer(titled, positions, divisions, all, doc.page),
    leaders,
    hostDivisions(titled, positions, all),
    people,
  );
  registerEvents(doc, registry, events, all);
  const organisations = all.filter(
    (a) =>
      a.type === 'Organization' &&
      (a.introduces || a.source === 'reference') &&
      !chainAnchors.has(a.start) &&
      a.kind !== 'media',
  );
  participations(doc, registry, events, { people, organisations }, all);
  findTopics(doc, registry, all);
  structuralRelations(doc, registry, all);

  const annotation = buildAnnotation(doc, registry);
  const trace = traceRows(doc, registry, annotation);
  return { annotation, trace };
}

/** The annotation of one article (review status draft). */
export function extractAnnotation(article: AnnotatedArticle): Annotation {
  return extract(article).annotation;
}
