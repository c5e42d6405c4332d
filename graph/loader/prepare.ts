import { createHash } from 'node:crypto';
import { entityId, normalizeName } from '../../contract/annotation/ids.ts';
import type { AnnotatedEntity, AnnotatedRelation, Annotation } from '../../contract/annotation/types.ts';
import type { RelationType } from '../../contract/model.ts';
import {
  kindLabel,
  QUALIFIER,
  RESERVED_PROPERTIES,
  RESERVED_RELATIONSHIP_PROPERTIES,
} from '../../contract/model.ts';
import { type SearchKeys, searchKeys, simplifiedForm } from '../names/search-keys.ts';

/** Everything one batch writes, as Cypher parameters: plain values, grouped by label or type. */
export interface BatchParams {
  articleIds: string[];
  /** Articles of the batch that a later reading of their page in the same batch replaces (not loaded). */
  replacedIds: string[];
  articles: ArticleRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: Partial<Record<RelationType, FactRow[]>>;
  links: LinkRow[];
}

export interface ArticleRow {
  id: string;
  title: string;
  titleKey: string;
  publishedAt: string | null;
  source: string | null;
  site: string | null;
  url: string | null;
  fingerprint: string | null;
  language: string;
  text: string;
  reporters: string[];
  images: string;
  imageCaptions: string[];
  reporterIds: string[];
  sourceId: string | null;
}

export interface EntityRow {
  id: string;
  label: string;
  kindLabels: string[];
  name: string;
  aliases: string[];
  props: Record<string, string | number | boolean>;
  pinyin: string[];
  pinyinInitials: string[];
  variants: string[];
}

export interface MentionRow {
  article: string;
  entity: string;
  count: number;
  starts: number[];
  ends: number[];
}

/** One article's support of a fact: the sentence that states it. */
export interface SupportRow {
  article: string;
  /** The article's publication time, UTC ISO (so strings compare as times); '' when it has none. */
  date: string;
  text: string;
  start: number;
  end: number;
}

/** One relationship (fact) of the batch with the support of every article in the batch that states it. */
export interface FactRow {
  id: string;
  from: string;
  to: string;
  props: Record<string, string | number | boolean>;
  supports: SupportRow[];
}

export interface LinkRow {
  from: string;
  relation: string;
  titleKey: string;
  stubId: string;
  title: string;
  date: string | null;
  url: string | null;
}

const RESERVED: ReadonlySet<string> = new Set(RESERVED_PROPERTIES);
const RESERVED_ON_RELATIONSHIPS: ReadonlySet<string> = new Set(RESERVED_RELATIONSHIP_PROPERTIES);
const PROPERTY_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;

/** The key that lets a stub (title and date from another page's link list) meet its article. */
export function titleKey(title: string): string {
  return normalizeName(title).replace(/[\s“”‘’"'《》「」:：,，!！?？·.、]/g, '');
}

/** Qualifiers seen so far in their simplified form (a few hundred titles recur across a whole corpus). */
const qualifierKeys = new Map<string, string>();

/** A title as a traditional page writes it (書記) and as a simplified one does (书记) qualify the same fact. */
function qualifierKey<T>(qualifier: T): T | string {
  if (typeof qualifier !== 'string') return qualifier;
  let key = qualifierKeys.get(qualifier);
  if (key === undefined) {
    if (qualifierKeys.size > 10_000) qualifierKeys.clear();
    key = simplifiedForm(qualifier);
    qualifierKeys.set(qualifier, key);
  }
  return key;
}

export function relationId(type: RelationType, from: string, to: string, qualifier: unknown): string {
  const key = [type, from, to, qualifierKey(qualifier) ?? ''].join('|');
  return `r${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}

/** The id of the fact an annotated relation states: its type, ends and qualifier (title or role). */
export function factId(relation: AnnotatedRelation): string {
  const props = primitives(relation.properties, RESERVED_ON_RELATIONSHIPS);
  return relationId(relation.type, relation.from, relation.to, props[QUALIFIER[relation.type] ?? '']);
}

/** One statement of a fact by one article. */
export interface FactStatement {
  type: RelationType;
  id: string;
  from: string;
  to: string;
  props: Record<string, string | number | boolean>;
  support: SupportRow;
}

/** Everything one article writes, before articles are grouped into batches (or into import files). */
export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  /** One per fact the article states (its first sentence for it). */
  facts: FactStatement[];
  links: LinkRow[];
}

export function articleRows(annotation: Annotation): ArticleRows {
  const { article } = annotation;
  const facts = new Map<string, FactStatement>();
  for (const relation of annotation.relations) {
    const props = primitives(relation.properties, RESERVED_ON_RELATIONSHIPS);
    // The fact keeps its title in the form its id compares (书记 for 書記 and 书记), whichever article came last.
    const qualifier = QUALIFIER[relation.type];
    if (qualifier && typeof props[qualifier] === 'string') props[qualifier] = qualifierKey(props[qualifier]);
    const id = factId(relation);
    if (facts.has(id)) continue;
    facts.set(id, {
      type: relation.type,
      id,
      from: relation.from,
      to: relation.to,
      props,
      support: {
        article: article.id,
        date: utcIso(article.publishedAt),
        text: relation.evidence.text,
        start: relation.evidence.start,
        end: relation.evidence.end,
      },
    });
  }
  return {
    article: articleRow(annotation),
    entities: annotation.entities.map(entityRow),
    mentions: annotation.entities.map((entity) => ({
      article: article.id,
      entity: entity.id,
      count: Math.max(1, entity.mentions?.length ?? 0),
      starts: entity.mentions?.map((m) => m.start) ?? [],
      ends: entity.mentions?.map((m) => m.end) ?? [],
    })),
    facts: [...facts.values()],
    links: (article.links ?? []).map((link) => {
      const key = titleKey(link.title);
      return {
        from: article.id,
        relation: link.relation,
        titleKey: key,
        stubId: stubId(key),
        title: link.title,
        date: link.date ?? null,
        url: link.url ?? null,
      };
    }),
  };
}

/** The id of the stub article a link makes before the article it names is loaded. */
export function stubId(key: string): string {
  return `stub-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

export function prepareBatch(annotations: Annotation[]): BatchParams {
  const params: BatchParams = {
    articleIds: [],
    replacedIds: [],
    articles: [],
    entities: [],
    mentions: [],
    relations: {},
    links: [],
  };
  const entities = new Map<string, EntityRow>();
  const facts = new Map<string, FactRow>();
  // An article twice in one batch (the same file given twice) is loaded once, as its last copy says; of two
  // readings of one page (one fingerprint, two ids) the later replaces the earlier, as it would a batch later.
  const latest = new Map(annotations.map((a) => [a.article.id, a]));
  const lastReading = new Map<string, string>();
  for (const { article } of annotations)
    if (article.fingerprint) lastReading.set(article.fingerprint, article.id);
  for (const annotation of latest.values()) {
    const { id, fingerprint } = annotation.article;
    if (fingerprint && lastReading.get(fingerprint) !== id) {
      params.replacedIds.push(id);
      continue;
    }
    const rows = articleRows(annotation);
    params.articleIds.push(rows.article.id);
    params.articles.push(rows.article);
    for (const entity of rows.entities) mergeEntityRow(entities, entity);
    params.mentions.push(...rows.mentions);
    params.links.push(...rows.links);
    for (const statement of rows.facts) {
      let fact = facts.get(statement.id);
      if (!fact) {
        fact = {
          id: statement.id,
          from: statement.from,
          to: statement.to,
          props: statement.props,
          supports: [],
        };
        facts.set(statement.id, fact);
        const list = params.relations[statement.type] ?? [];
        params.relations[statement.type] = list;
        list.push(fact);
      }
      fact.supports.push(statement.support);
    }
  }
  params.entities = [...entities.values()];
  return params;
}

function articleRow(annotation: Annotation): ArticleRow {
  const { article } = annotation;
  return {
    id: article.id,
    title: article.title,
    titleKey: titleKey(article.title),
    publishedAt: article.publishedAt,
    source: article.source,
    site: article.site ?? null,
    url: article.url ?? null,
    fingerprint: article.fingerprint ?? null,
    language: article.language,
    text: article.text,
    reporters: article.reporters,
    images: JSON.stringify(article.images ?? []),
    imageCaptions: (article.images ?? []).map((i) => i.caption ?? '').filter(Boolean),
    reporterIds: article.reporters.map((name) => entityId('Person', name)),
    sourceId: article.source ? entityId('Organization', article.source) : null,
  };
}

/**
 * Search keys of the names seen lately: pinyin and script conversion cost more than anything else the
 * loader does in Node, and the same entities recur article after article.
 */
const KEYS_CACHE = new Map<string, SearchKeys>();
const KEYS_CACHE_SIZE = 100_000;

function cachedSearchKeys(names: string[], person: boolean): SearchKeys {
  const key = `${person ? 'p' : 'o'}\u0001${names.join('\u0001')}`;
  let keys = KEYS_CACHE.get(key);
  if (!keys) {
    if (KEYS_CACHE.size >= KEYS_CACHE_SIZE) KEYS_CACHE.clear();
    keys = searchKeys(names, { person });
    KEYS_CACHE.set(key, keys);
  }
  return keys;
}

function entityRow(entity: AnnotatedEntity): EntityRow {
  const aliases = [...new Set(entity.aliases ?? [])].filter((a) => a !== entity.name);
  const keys = cachedSearchKeys([entity.name, ...aliases], entity.type === 'Person');
  const kind = entity.kind ? kindLabel(entity.kind) : undefined;
  return {
    id: entity.id,
    label: entity.type,
    kindLabels: kind ? [kind] : [],
    name: entity.name,
    aliases,
    props: { ...primitives(entity.properties, RESERVED), ...(entity.kind ? { kind: entity.kind } : {}) },
    ...keys,
  };
}

/** One entity may appear in several annotations of a batch: one row, lists united. */
export function mergeEntityRow(rows: Map<string, EntityRow>, row: EntityRow): void {
  const existing = rows.get(row.id);
  if (!existing) {
    rows.set(row.id, row);
    return;
  }
  const longer = row.name.length > existing.name.length ? row.name : existing.name;
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  rows.set(row.id, {
    ...existing,
    name: longer,
    aliases: union(existing.aliases, [...row.aliases, row.name, existing.name]).filter((a) => a !== longer),
    kindLabels: union(existing.kindLabels, row.kindLabels),
    props: { ...row.props, ...existing.props },
    pinyin: union(existing.pinyin, row.pinyin),
    pinyinInitials: union(existing.pinyinInitials, row.pinyinInitials),
    variants: union(existing.variants, row.variants),
  });
}

function primitives(
  value: Record<string, unknown> | undefined,
  reserved: ReadonlySet<string>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, v] of Object.entries(value ?? {})) {
    if (reserved.has(key) || !PROPERTY_KEY.test(key)) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

export function utcIso(value: string | null): string {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}
