import { createHash } from 'node:crypto';
import type { EntityType } from '../model.ts';

const PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Event: 'event',
  Topic: 'topic',
};

/** NFKC folds full-width brackets, digits and Latin letters, and trims inner whitespace runs. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Quotation marks decorate names (“数智炬生”…联盟) but do not tell entities apart. */
const DECORATION = /[“”‘’「」『』《》〈〉"'`]/g;

/** Keys already made: an article asks for the same names' ids many times (bounded, cleared when full). */
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

/** The part of an id after the prefix: NFKC, no quotation marks, no spaces around CJK. */
export function idKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = normalizeName(name)
      .replace(DECORATION, '')
      .replace(/\s*([\u3400-\u9fff()])\s*/g, '$1');
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/**
 * Canonical entity id: `<prefix>:<canonical name>`, e.g. `person:李红珍`, `org:普陀区委组织部`,
 * `place:上海市普陀区` (administrative divisions carry their parents so the two 普陀区 differ),
 * `event:2023-04-23:…`. The resolver decides the canonical name; this only formats it.
 */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${PREFIX[type]}:${idKey(canonicalName)}`;
}

/** The canonical name an id was made from: `org:上海市普陀区委` → 上海市普陀区委, `event:2023-04-23:X成立` → X成立. */
export function canonicalNameOfId(id: string): string {
  return id.slice(id.indexOf(':') + 1).replace(/^\d{4}-\d{2}-\d{2}:/, '');
}

export function entityTypeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return (Object.keys(PREFIX) as EntityType[]).find((type) => PREFIX[type] === prefix);
}

export interface ArticleIdentity {
  url?: string | null;
  source?: string | null;
  title: string;
  publishedAt?: string | null;
}

/** Stable article id (16 hex digits, safe in file names and URLs): from the URL when there is one, else from source + title + publishedAt. */
export function articleId(article: ArticleIdentity): string {
  const key = article.url?.trim()
    ? `url|${article.url.trim()}`
    : `doc|${normalizeName(article.source ?? '')}|${normalizeName(article.title)}|${article.publishedAt ?? ''}`;
  return `${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * The page an article was read from, hashed (24 hex digits): a page file's bytes as they came (so a parser
 * that reads them differently, into another title or date and so another id, still knows the same page) or
 * a JSON record as written. For a file that holds one article these are the first digits of the sha256 the
 * archive keeps its bytes under.
 */
export function pageFingerprint(page: Uint8Array | string): string {
  return createHash('sha256').update(page).digest('hex').slice(0, 24);
}
