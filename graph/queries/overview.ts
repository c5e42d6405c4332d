import type { Node } from 'neo4j-driver';
import type { CorpusOverview, EntityTypeName, TopEntity } from '../../contract/api/payloads.ts';
import { RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { toArticleListItem, toGraphNode } from './mappers.ts';

/** How many of each list the start page shows. */
export const OVERVIEW_LIMITS = { latest: 8, connected: 8, sources: 10, months: 36 } as const;

const COUNTS = `
MATCH (a:Article)
RETURN sum(CASE WHEN a.stub = true THEN 0 ELSE 1 END) AS articles,
       sum(CASE WHEN a.stub = true THEN 1 ELSE 0 END) AS stubs`;

/** Newest first through the range index on publishedAt. */
const LATEST = `
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL AND a.stub = false
RETURN a
ORDER BY a.publishedAt DESC
LIMIT $limit`;

const BY_MONTH = `
MATCH (a:Article)
WHERE a.stub = false AND a.publishedAt IS NOT NULL
WITH datetime({datetime: a.publishedAt, timezone: '+08:00'}) AS t
WITH t.year AS y, t.month AS m, count(*) AS n
RETURN y, m, n
ORDER BY y DESC, m DESC
LIMIT $months`;

const BY_SOURCE = `
MATCH (a:Article)
WHERE a.stub = false AND a.source IS NOT NULL
RETURN a.source AS source, count(*) AS n
ORDER BY n DESC, source
LIMIT $limit`;

/** Relationship counts per node from its degree store (no relationship is read), for one label at a time. */
const DEGREE = RELATION_TYPES.map((t) => `COUNT { (n)-[:${t}]-() }`).join(' + ');
const connected = (label: 'Person' | 'Organization') => `
MATCH (n:${label})
WHERE NOT n:Reporter AND NOT n:Media
WITH n, ${DEGREE} AS degree
ORDER BY degree DESC, n.name
LIMIT $limit
RETURN n, degree, COUNT { (n)<-[:MENTIONS]-() } AS articles`;

function topEntity(node: Node, degree: number, articles: number): TopEntity {
  const n = toGraphNode(node, articles);
  return {
    id: n.id,
    type: n.type as EntityTypeName,
    kind: n.kind,
    name: n.name,
    pinyin: n.pinyin,
    nameEn: n.nameEn,
    degree,
    articleCount: articles,
  };
}

/** The corpus at a glance: how many articles (stubs apart), the newest, by month and source, who is most connected. */
export async function corpusOverview(db: GraphDb): Promise<CorpusOverview> {
  const [counts, latest, months, sources, people, organizations] = await Promise.all([
    db.read(COUNTS),
    db.read(LATEST, { limit: OVERVIEW_LIMITS.latest }),
    db.read(BY_MONTH, { months: OVERVIEW_LIMITS.months }),
    db.read(BY_SOURCE, { limit: OVERVIEW_LIMITS.sources }),
    db.read(connected('Person'), { limit: OVERVIEW_LIMITS.connected }),
    db.read(connected('Organization'), { limit: OVERVIEW_LIMITS.connected }),
  ]);
  const count = counts.records[0];
  const top = (r: { get(k: string): unknown }) =>
    topEntity(r.get('n') as Node, r.get('degree') as number, r.get('articles') as number);
  return {
    articles: (count?.get('articles') as number | undefined) ?? 0,
    stubs: (count?.get('stubs') as number | undefined) ?? 0,
    latest: latest.records.map((r) => toArticleListItem(r.get('a') as Node)),
    byMonth: months.records
      .map((r) => ({
        month: `${r.get('y')}-${String(r.get('m')).padStart(2, '0')}`,
        count: r.get('n') as number,
      }))
      .reverse(),
    bySource: sources.records.map((r) => ({
      source: r.get('source') as string,
      count: r.get('n') as number,
    })),
    connected: {
      people: people.records.map(top).filter((e) => e.degree > 0),
      organizations: organizations.records.map(top).filter((e) => e.degree > 0),
    },
  };
}
