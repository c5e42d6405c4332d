import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type {
  ArticleListItem,
  ArticleRef,
  GraphEdge,
  GraphNode,
  NodeTypeName,
} from '../../contract/api/payloads.ts';
import { ENTITY_TYPES, FIELD_PROPERTIES } from '../../contract/model.ts';

const FIELD_KEYS: ReadonlySet<string> = new Set(FIELD_PROPERTIES);
/** What an edge shows of its relationship (facts: qualifier and counters; article links: relation, date). */
const EDGE_PROPERTIES = [
  'title',
  'role',
  'weight',
  'firstReported',
  'lastReported',
  'relation',
  'count',
  'date',
];

export function nodeType(labels: string[]): NodeTypeName {
  if (labels.includes('Article')) return 'Article';
  return ENTITY_TYPES.find((l) => labels.includes(l)) ?? 'Topic';
}

/** Temporal values become ISO strings; other values pass through. */
export function plain(value: unknown): unknown {
  if (
    neo4j.isDateTime(value as never) ||
    neo4j.isDate(value as never) ||
    neo4j.isLocalDateTime(value as never)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** An entity's article count is the loader's counter (0 for articles and stubs) unless the query counted it. */
export function toGraphNode(node: Node, articleCount?: number): GraphNode {
  const p = node.properties as Record<string, unknown>;
  const type = nodeType(node.labels);
  const properties: GraphNode['properties'] = {};
  for (const [key, value] of Object.entries(p)) {
    const v = plain(value);
    if (!FIELD_KEYS.has(key) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
      properties[key] = v;
    }
  }
  return {
    id: String(p.id),
    type,
    kind: typeof p.kind === 'string' ? p.kind : null,
    name: String(type === 'Article' ? p.title : p.name),
    aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
    pinyin: Array.isArray(p.pinyin) ? ((p.pinyin as string[])[0] ?? null) : null,
    nameEn: typeof p.nameEn === 'string' ? p.nameEn : null,
    properties,
    articleCount: articleCount ?? (typeof p.articleCount === 'number' ? p.articleCount : 0),
  };
}

export function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  const p = rel.properties as Record<string, unknown>;
  const properties: GraphEdge['properties'] = {};
  for (const key of EDGE_PROPERTIES) {
    const v = plain(p[key]);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') properties[key] = v;
  }
  return {
    id: typeof p.id === 'string' ? p.id : `${rel.type}:${source}->${target}`,
    type: rel.type,
    source,
    target,
    properties,
  };
}

export function toArticleListItem(node: Node): ArticleListItem {
  const p = node.properties as Record<string, unknown>;
  return {
    ...toArticleRef(node),
    reporters: Array.isArray(p.reporters) ? (p.reporters as string[]) : [],
    stub: p.stub === true,
  };
}

export function toArticleRef(node: Node): ArticleRef {
  const p = node.properties as Record<string, unknown>;
  return {
    id: String(p.id),
    title: String(p.title),
    publishedAt: (plain(p.publishedAt) as string | undefined) ?? null,
    source: typeof p.source === 'string' ? p.source : null,
  };
}
