import path from 'node:path';
import {
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  NEIGHBOUR_TOTAL_PROPERTY,
  neighbourCountProperty,
  RELATION_TYPES,
  type RelationType,
} from '../../../contract/model.ts';
import type { EntityRow, LinkRow } from '../prepare.ts';
import { CsvFile } from './csv-file.ts';

/**
 * The import files written at the end of a bulk load (import-files.ts): what is united across articles —
 * entities with their neighbour counters, facts with their weights and first and last days — and the link stubs.
 */

export type Primitive = string | number | boolean;

/** An entity united across the articles that mention it. */
export type UnitedEntity = EntityRow & { articles: number };

/** A fact united across the articles that support it. */
export interface FactState {
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, Primitive>;
  weight: number;
  first: string | null;
  last: string | null;
}

/** Links to an article of the corpus point at it; the others at one stub per title (as the loader's MERGE). */
export async function writeLinks(
  dir: string,
  all: LinkRow[],
  titles: Map<string, string>,
  now: string,
): Promise<{ nodes: string; links: string; stubs: number }> {
  const stubs = new CsvFile(path.join(dir, 'stubs.csv'), [
    'id:ID(Article)',
    ':LABEL',
    'title',
    'titleKey',
    'publishedAt:datetime',
    'url',
    'stub:boolean',
    'createdAt:datetime',
  ]);
  const links = new CsvFile(path.join(dir, 'links.csv'), [
    ':START_ID(Article)',
    ':END_ID(Article)',
    'relation',
    'date',
  ]);
  const madeStubs = new Set<string>();
  const written = new Set<string>();
  for (const link of all) {
    const real = titles.get(link.titleKey);
    if (real === link.from) continue;
    const target = real ?? link.stubId;
    const key = `${link.from}|${target}|${link.relation}`;
    if (written.has(key)) continue;
    written.add(key);
    if (!real && !madeStubs.has(link.stubId)) {
      madeStubs.add(link.stubId);
      const publishedAt = link.date ? `${link.date}T00:00:00+08:00` : null;
      await stubs.write([
        link.stubId,
        'Article',
        link.title,
        link.titleKey,
        publishedAt,
        link.url,
        true,
        now,
      ]);
    }
    await links.write([link.from, target, link.relation, link.date]);
  }
  await Promise.all([stubs.close(), links.close()]);
  return { nodes: stubs.path, links: links.path, stubs: madeStubs.size };
}

export async function writeEntities(
  dir: string,
  entities: Map<string, UnitedEntity>,
  facts: Map<string, FactState>,
  now: string,
): Promise<string> {
  const neighbours = neighbourCounts(entities, facts);
  const props = columns([...entities.values()].map((e) => e.props));
  const file = new CsvFile(path.join(dir, 'entities.csv'), [
    'id:ID(Entity)',
    ':LABEL',
    'name',
    'aliases:string[]',
    'pinyin:string[]',
    'pinyinInitials:string[]',
    'variants:string[]',
    'articleCount:long',
    'createdAt:datetime',
    ...ENTITY_TYPES.map((t) => `${neighbourCountProperty(t)}:long`),
    `${NEIGHBOUR_TOTAL_PROPERTY}:long`,
    ...props.map((c) => c.header),
  ]);
  for (const e of entities.values()) {
    const counts = neighbours.get(e.id);
    await file.write([
      e.id,
      ['Entity', e.label, ...e.kindLabels],
      e.name,
      e.aliases.filter((alias) => alias !== e.name),
      e.pinyin,
      e.pinyinInitials,
      e.variants,
      e.articles,
      now,
      ...ENTITY_TYPES.map((t) => counts?.[t] ?? 0),
      ENTITY_TYPES.reduce((sum, t) => sum + (counts?.[t] ?? 0), 0),
      ...props.map((c) => e.props[c.key]),
    ]);
  }
  await file.close();
  return file.path;
}

/** Distinct neighbours of each entity by the other's type, from the unique pairs of facts. */
function neighbourCounts(
  entities: Map<string, UnitedEntity>,
  facts: Map<string, FactState>,
): Map<string, Record<EntityType, number>> {
  const pairs = new Set<string>();
  const counts = new Map<string, Record<EntityType, number>>();
  const bump = (id: string, other: string) => {
    const type = entities.get(other)?.label;
    if (!type || !isEntityType(type)) return;
    const row =
      counts.get(id) ?? (Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>);
    row[type] += 1;
    counts.set(id, row);
  };
  for (const fact of facts.values()) {
    if (fact.from === fact.to) continue;
    const key = fact.from < fact.to ? `${fact.from}\u0000${fact.to}` : `${fact.to}\u0000${fact.from}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    bump(fact.from, fact.to);
    bump(fact.to, fact.from);
  }
  return counts;
}

export async function writeFacts(
  dir: string,
  all: Map<string, FactState>,
  now: string,
): Promise<{ nodes: string; relationships: { type: string; file: string }[] }> {
  const nodes = new CsvFile(path.join(dir, 'facts.csv'), [
    'id:ID(Fact)',
    ':LABEL',
    'type',
    'fromId',
    'toId',
    'weight:long',
  ]);
  const relationships: { type: string; file: string }[] = [];
  for (const type of RELATION_TYPES) {
    const facts = [...all].filter(([, f]) => f.type === type);
    if (facts.length === 0) continue;
    const props = columns(facts.map(([, f]) => f.props));
    const file = new CsvFile(path.join(dir, `rel-${type.toLowerCase()}.csv`), [
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      'id',
      'weight:long',
      'firstReported',
      'lastReported',
      'fromId',
      'toId',
      'createdAt:datetime',
      ...props.map((c) => c.header),
    ]);
    for (const [id, f] of facts) {
      await nodes.write([id, 'Fact', f.type, f.from, f.to, f.weight]);
      await file.write([
        f.from,
        f.to,
        id,
        f.weight,
        f.first,
        f.last,
        f.from,
        f.to,
        now,
        ...props.map((c) => f.props[c.key]),
      ]);
    }
    await file.close();
    relationships.push({ type, file: file.path });
  }
  await nodes.close();
  return { nodes: nodes.path, relationships };
}

/** The columns for free-form properties: every key seen, typed `long`, `double` or `boolean` when all its values are. */
function columns(rows: Record<string, Primitive>[]): { key: string; header: string }[] {
  const kinds = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      const kind = typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : typeof value;
      const set = kinds.get(key) ?? new Set<string>();
      set.add(kind);
      kinds.set(key, set);
    }
  }
  return [...kinds].map(([key, set]) => {
    const only =
      set.size === 1
        ? [...set][0]
        : set.size === 2 && set.has('long') && set.has('double')
          ? 'double'
          : 'string';
    return { key, header: only === 'string' ? key : `${key}:${only}` };
  });
}
