import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { entityId } from '../../../contract/annotation/ids.ts';
import type { Annotation } from '../../../contract/annotation/types.ts';
import type { EntityType } from '../../../contract/model.ts';
import { articleRows, type EntityRow, type LinkRow, mergeEntityRow } from '../prepare.ts';
import { CsvFile } from './csv-file.ts';
import { type FactState, type UnitedEntity, writeEntities, writeFacts, writeLinks } from './united-files.ts';

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

/**
 * Writes a corpus as the CSV files of Neo4j's bulk importer, in the graph model the loader writes (same ids,
 * labels, properties and counters), for a first load into an empty database. Per-article rows (articles,
 * mentions, supports, bylines) are written as they come; entities and facts are united across articles in
 * memory (about half a kilobyte each) and written at the end with their counters, as are link stubs.
 */
export class ImportFileWriter {
  private readonly entities = new Map<string, UnitedEntity>();
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
      a.fingerprint,
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
      (this.entities.get(entity.id) as UnitedEntity).articles = articles;
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
    const stubs = await writeLinks(this.dir, this.links, this.titles, this.now);
    const entities = await writeEntities(this.dir, this.entities, this.facts, this.now);
    const facts = await writeFacts(this.dir, this.facts, this.now);
    this.counts.stubs = stubs.stubs;
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
  'fingerprint',
  'language',
  'text',
  'reporters:string[]',
  'images',
  'imageCaptions:string[]',
  'stub:boolean',
  'createdAt:datetime',
  'updatedAt:datetime',
];
