import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { entityId } from '../../../contract/annotation/ids.ts';
import type { Annotation } from '../../../contract/annotation/types.ts';
import {
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  NEIGHBOUR_TOTAL_PROPERTY,
  neighbourCountProperty,
  RELATION_TYPES,
  type RelationType,
} from '../../../contract/model.ts';
import { articleRows, type EntityRow, type LinkRow, mergeEntityRow } from '../prepare.ts';
import { CsvFile } from './csv-file.ts';

/** What `neo4j-admin database import` is given: node files, and relationship files with their type. */
export interface ImportFiles {
  nodes: string[];
  relationships: { type: string; file: string }[];
}

export interface ImportCounts {
  articles: number;
  duplicates: number;
  stubs: number;
  entities: number;
  facts: number;
  supports: number;
  mentions: number;
}

interface FactState {
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, string | number | boolean>;
  weight: number;
  first: string | null;
  last: string | null;
}

type Primitive = string | number | boolean;

/**
 * Writes a corpus as the CSV files of Neo4j's bulk importer, in the graph model the loader writes (same ids,
 * labels, properties and counters), for a first load into an empty database. Per-article rows (articles,
 * mentions, supports, bylines) are written as they come; entities and facts are united across articles in
 * memory (about half a kilobyte each) and written at the end with their counters, as are link stubs.
 */
export class ImportFileWriter {
  private readonly entities = new Map<string, EntityRow & { articles: number }>();
  private readonly facts = new Map<string, FactState>();
  private readonly titles = new Map<string, string>();
  private readonly links: LinkRow[] = [];
  private readonly seen = new Set<string>();
  private readonly counts: ImportCounts = {
    articles: 0,
    duplicates: 0,
    stubs: 0,
    entities: 0,
    facts: 0,
    supports: 0,
    mentions: 0,
  };
  /** What the loader writes as `datetime.transaction()`: the time the files were written. */
  private readonly now = new Date().toISOString();
  private files?: {
    articles: CsvFile;
    extractions: CsvFile;
    mentions: CsvFile;
    supports: CsvFile;
    wrote: CsvFile;
    published: CsvFile;
  };

  constructor(private readonly dir: string) {}

  private async open() {
    await mkdir(this.dir, { recursive: true });
    const file = (name: string, header: string[]) => new CsvFile(path.join(this.dir, name), header);
    this.files = {
      articles: file('articles.csv', ARTICLE_HEADER),
      // What the extractor said, without the text (as a corrected load keeps it), for corrections made later.
      extractions: file('extractions.csv', [':LABEL', 'article', 'annotation', 'storedAt:datetime']),
      mentions: file('mentions.csv', [
        ':START_ID(Article)',
        ':END_ID(Entity)',
        'count:long',
        'starts:long[]',
        'ends:long[]',
      ]),
      supports: file('supports.csv', [
        ':START_ID(Article)',
        ':END_ID(Fact)',
        'date',
        'text',
        'start:long',
        'end:long',
      ]),
      wrote: file('wrote.csv', [':START_ID(Entity)', ':END_ID(Article)']),
      published: file('published.csv', [':START_ID(Article)', ':END_ID(Entity)']),
    };
    return this.files;
  }

  /** One article; a second copy of an article already written is skipped (and counted). */
  async add(annotation: Annotation): Promise<void> {
    const files = this.files ?? (await this.open());
    const rows = articleRows(annotation);
    const a = rows.article;
    if (this.seen.has(a.id)) {
      this.counts.duplicates += 1;
      return;
    }
    this.seen.add(a.id);
    this.counts.articles += 1;
    this.titles.set(a.titleKey, a.id);
    await files.articles.write([
      a.id,
      'Article',
      a.title,
      a.titleKey,
      a.publishedAt,
      a.source,
      a.site,
      a.url,
      a.language,
      a.text,
      a.reporters,
      a.images,
      a.imageCaptions,
      false,
      this.now,
      this.now,
    ]);
    await files.extractions.write([
      'Extraction',
      a.id,
      JSON.stringify({ ...annotation, article: { ...annotation.article, text: '' } }),
      this.now,
    ]);
    for (const entity of rows.entities) {
      const known = this.entities.get(entity.id);
      const articles = (known?.articles ?? 0) + 1;
      mergeEntityRow(this.entities as Map<string, EntityRow>, entity);
      (this.entities.get(entity.id) as EntityRow & { articles: number }).articles = articles;
    }
    for (const m of rows.mentions) {
      await files.mentions.write([m.article, m.entity, m.count, m.starts, m.ends]);
      this.counts.mentions += 1;
    }
    for (const statement of rows.facts) {
      const s = statement.support;
      let fact = this.facts.get(statement.id);
      if (!fact) {
        fact = {
          type: statement.type,
          from: statement.from,
          to: statement.to,
          props: statement.props,
          weight: 0,
          first: null,
          last: null,
        };
        this.facts.set(statement.id, fact);
      }
      fact.weight += 1;
      if (s.date !== '') {
        if (fact.first === null || s.date < fact.first) fact.first = s.date;
        if (fact.last === null || s.date > fact.last) fact.last = s.date;
      }
      await files.supports.write([a.id, statement.id, s.date, s.text, s.start, s.end]);
      this.counts.supports += 1;
    }
    for (const [i, reporter] of a.reporters.entries()) {
      const id = a.reporterIds[i] ?? entityId('Person', reporter);
      this.byline(id, 'Person', 'Reporter', reporter);
      await files.wrote.write([id, a.id]);
    }
    if (a.sourceId && a.source) {
      this.byline(a.sourceId, 'Organization', 'Media', a.source);
      await files.published.write([a.id, a.sourceId]);
    }
    this.links.push(...rows.links);
  }

  /** A reporter or an outlet the graph does not know from mentions yet (as MERGE … ON CREATE in the loader). */
  private byline(id: string, label: EntityType, kindLabel: string, name: string): void {
    if (this.entities.has(id)) return;
    this.entities.set(id, {
      id,
      label,
      kindLabels: [kindLabel],
      name,
      aliases: [],
      props: { kind: kindLabel.toLowerCase() },
      pinyin: [],
      pinyinInitials: [],
      variants: [],
      articles: 0,
    });
  }

  /** Writes entities, facts, their relationships and the article links; returns the files and counts. */
  async finish(): Promise<{ files: ImportFiles; counts: ImportCounts }> {
    const files = this.files ?? (await this.open());
    const stubs = await this.writeLinks();
    const entities = await this.writeEntities();
    const facts = await this.writeFacts();
    await Promise.all(Object.values(files).map((f) => f.close()));
    this.counts.entities = this.entities.size;
    this.counts.facts = this.facts.size;
    return {
      files: {
        nodes: [files.articles.path, files.extractions.path, stubs.nodes, entities, facts.nodes],
        relationships: [
          { type: 'MENTIONS', file: files.mentions.path },
          { type: 'SUPPORTS', file: files.supports.path },
          { type: 'WROTE', file: files.wrote.path },
          { type: 'PUBLISHED_BY', file: files.published.path },
          { type: 'LINKS_TO', file: stubs.links },
          ...facts.relationships,
        ],
      },
      counts: { ...this.counts },
    };
  }

  /** Links to an article of the corpus point at it; the others at one stub per title (as the loader's MERGE). */
  private async writeLinks(): Promise<{ nodes: string; links: string }> {
    const stubs = new CsvFile(path.join(this.dir, 'stubs.csv'), [
      'id:ID(Article)',
      ':LABEL',
      'title',
      'titleKey',
      'publishedAt:datetime',
      'url',
      'stub:boolean',
      'createdAt:datetime',
    ]);
    const links = new CsvFile(path.join(this.dir, 'links.csv'), [
      ':START_ID(Article)',
      ':END_ID(Article)',
      'relation',
      'date',
    ]);
    const madeStubs = new Set<string>();
    const written = new Set<string>();
    for (const link of this.links) {
      const real = this.titles.get(link.titleKey);
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
          this.now,
        ]);
      }
      await links.write([link.from, target, link.relation, link.date]);
    }
    this.counts.stubs = madeStubs.size;
    await Promise.all([stubs.close(), links.close()]);
    return { nodes: stubs.path, links: links.path };
  }

  private async writeEntities(): Promise<string> {
    const neighbours = this.neighbourCounts();
    const props = columns([...this.entities.values()].map((e) => e.props));
    const file = new CsvFile(path.join(this.dir, 'entities.csv'), [
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
    for (const e of this.entities.values()) {
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
        this.now,
        ...ENTITY_TYPES.map((t) => counts?.[t] ?? 0),
        ENTITY_TYPES.reduce((sum, t) => sum + (counts?.[t] ?? 0), 0),
        ...props.map((c) => e.props[c.key]),
      ]);
    }
    await file.close();
    return file.path;
  }

  /** Distinct neighbours of each entity by the other's type, from the unique pairs of facts. */
  private neighbourCounts(): Map<string, Record<EntityType, number>> {
    const pairs = new Set<string>();
    const counts = new Map<string, Record<EntityType, number>>();
    const bump = (id: string, other: string) => {
      const type = this.entities.get(other)?.label;
      if (!type || !isEntityType(type)) return;
      const row =
        counts.get(id) ?? (Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>);
      row[type] += 1;
      counts.set(id, row);
    };
    for (const fact of this.facts.values()) {
      if (fact.from === fact.to) continue;
      const key = fact.from < fact.to ? `${fact.from}\u0000${fact.to}` : `${fact.to}\u0000${fact.from}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      bump(fact.from, fact.to);
      bump(fact.to, fact.from);
    }
    return counts;
  }

  private async writeFacts(): Promise<{ nodes: string; relationships: { type: string; file: string }[] }> {
    const nodes = new CsvFile(path.join(this.dir, 'facts.csv'), [
      'id:ID(Fact)',
      ':LABEL',
      'type',
      'fromId',
      'toId',
      'weight:long',
    ]);
    const relationships: { type: string; file: string }[] = [];
    for (const type of RELATION_TYPES) {
      const facts = [...this.facts].filter(([, f]) => f.type === type);
      if (facts.length === 0) continue;
      const props = columns(facts.map(([, f]) => f.props));
      const file = new CsvFile(path.join(this.dir, `rel-${type.toLowerCase()}.csv`), [
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
          this.now,
          ...props.map((c) => f.props[c.key]),
        ]);
      }
      await file.close();
      relationships.push({ type, file: file.path });
    }
    await nodes.close();
    return { nodes: nodes.path, relationships };
  }
}

const ARTICLE_HEADER = [
  'id:ID(Article)',
  ':LABEL',
  'title',
  'titleKey',
  'publishedAt:datetime',
  'source',
  'site',
  'url',
  'language',
  'text',
  'reporters:string[]',
  'images',
  'imageCaptions:string[]',
  'stub:boolean',
  'createdAt:datetime',
  'updatedAt:datetime',
];

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
