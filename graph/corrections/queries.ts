import type { Annotation } from '../../contract/annotation/types.ts';
import type {
  Correction,
  CorrectionList,
  ReviewArticle,
  ReviewQueue,
  ReviewSide,
} from '../../contract/api/corrections.ts';
import { QUALIFIER } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { factId } from '../loader/prepare.ts';
import { applyCorrections } from './apply-to-annotations.ts';
import { type CorrectionRow, MAX_CORRECTIONS, toCorrection } from './store.ts';

const FIELDS = `c.id AS id, c.seq AS seq, c.change AS change, c.by AS by, c.at AS at, c.note AS note,
       c.undoneBy AS undoneBy, c.articles AS articles, c.status AS status`;

const LIST = `
MATCH (c:Correction)
WHERE ($entity IS NULL OR $entity IN c.entities)
  AND ($article IS NULL OR c.article = $article OR $article IN c.articles)
WITH c ORDER BY c.seq DESC
WITH collect(c) AS found
RETURN size(found) AS total,
       [c IN found[0..$limit] | {id: c.id, seq: c.seq, change: c.change, by: c.by, at: c.at, note: c.note,
                               undoneBy: c.undoneBy, articles: c.articles, status: c.status}] AS rows`;

/** Corrections about an entity or an article (or all), newest first. */
export async function listCorrections(
  db: GraphDb,
  filter: { entity?: string; article?: string; limit: number },
): Promise<CorrectionList> {
  const record = (
    await db.read(LIST, {
      entity: filter.entity ?? null,
      article: filter.article ?? null,
      limit: filter.limit,
    })
  ).records[0];
  const rows = (record?.get('rows') as CorrectionRow[] | undefined) ?? [];
  return { corrections: rows.map(toCorrection), total: Number(record?.get('total') ?? 0) };
}

const ALL = `MATCH (c:Correction) RETURN ${FIELDS} ORDER BY c.seq LIMIT $limit`;

export async function allCorrections(db: GraphDb): Promise<Correction[]> {
  const result = await db.read(ALL, { limit: MAX_CORRECTIONS });
  return result.records.map((r) => toCorrection(r.toObject() as unknown as CorrectionRow));
}

const QUEUE = `
MATCH (a:Article)
WHERE a.stub = false
  AND NOT EXISTS { MATCH (c:Correction {article: a.id}) WHERE c.op = 'review' AND c.undoneBy IS NULL }
WITH a ORDER BY a.publishedAt DESC, a.id
WITH collect(a) AS found
UNWIND found[$offset..$offset + $limit] AS a
RETURN size(found) AS total, a.id AS id, a.title AS title, toString(a.publishedAt) AS publishedAt, a.source AS source,
       COUNT { (a)-[:MENTIONS]->() } AS entities,
       COUNT { (a)-[:SUPPORTS]->() } AS relations,
       COUNT { (a)-[:MENTIONS]->(n:Entity) WHERE n.articleCount = 1 } AS newEntities,
       COUNT { MATCH (c:Correction) WHERE c.article = a.id OR a.id IN c.articles } AS corrections`;

/** Articles nobody has marked reviewed, newest first, with what each brought into the graph. */
export async function reviewQueue(
  db: GraphDb,
  params: { limit: number; offset: number },
): Promise<ReviewQueue> {
  const result = await db.read(QUEUE, params);
  const items = result.records.map((r) => ({
    id: r.get('id') as string,
    title: r.get('title') as string,
    publishedAt: (r.get('publishedAt') as string | null) ?? null,
    source: (r.get('source') as string | null) ?? null,
    entities: Number(r.get('entities')),
    relations: Number(r.get('relations')),
    newEntities: Number(r.get('newEntities')),
    corrections: Number(r.get('corrections')),
  }));
  const total = result.records[0] ? Number(result.records[0].get('total')) : await countUnreviewed(db);
  return { items, total };
}

async function countUnreviewed(db: GraphDb): Promise<number> {
  const result = await db.read(`
MATCH (a:Article) WHERE a.stub = false
  AND NOT EXISTS { MATCH (c:Correction {article: a.id}) WHERE c.op = 'review' AND c.undoneBy IS NULL }
RETURN count(a) AS n`);
  return Number(result.records[0]?.get('n') ?? 0);
}

const REVIEW = `
MATCH (a:Article {id: $id}) WHERE a.stub = false
OPTIONAL MATCH (x:Extraction {article: a.id})
RETURN a.id AS id, a.title AS title, a.text AS text, toString(a.publishedAt) AS publishedAt, a.source AS source,
       x.annotation AS annotation`;

const ARTICLE_CORRECTIONS = `
MATCH (c:Correction)
WHERE c.op <> 'undo'
RETURN ${FIELDS}
ORDER BY c.seq
LIMIT $limit`;

function side(annotation: Annotation): ReviewSide {
  return {
    entities: annotation.entities.map((e) => ({
      id: e.id,
      type: e.type,
      kind: e.kind ?? null,
      name: e.name,
      mentions: (e.mentions ?? []).map((m) => ({ start: m.start, end: m.end })),
    })),
    relations: annotation.relations.map((r) => {
      const key = QUALIFIER[r.type];
      const qualifier = key ? r.properties?.[key] : undefined;
      return {
        id: factId(r),
        type: r.type,
        from: r.from,
        to: r.to,
        qualifier: typeof qualifier === 'string' ? qualifier : null,
        evidence: { start: r.evidence.start, end: r.evidence.end, text: r.evidence.text },
      };
    }),
  };
}

/**
 * An article for review: what the extractor said and what the graph holds after corrections (the same
 * corrections applied the same way as on load), and the corrections that concern it.
 */
export async function reviewArticle(db: GraphDb, id: string): Promise<ReviewArticle | undefined> {
  const record = (await db.read(REVIEW, { id })).records[0];
  if (!record) return undefined;
  const text = record.get('text') as string;
  const article = {
    id,
    title: record.get('title') as string,
    text,
    publishedAt: (record.get('publishedAt') as string | null) ?? null,
    source: (record.get('source') as string | null) ?? null,
  };
  const json = record.get('annotation') as string | null;
  const all = (await db.read(ARTICLE_CORRECTIONS, { limit: MAX_CORRECTIONS })).records.map((r) =>
    toCorrection(r.toObject() as unknown as CorrectionRow),
  );
  if (json === null) {
    const empty = { entities: [], relations: [] };
    return { article, extraction: empty, corrected: empty, corrections: [], reviewed: null };
  }
  const extracted = JSON.parse(json) as Annotation;
  extracted.article.text = text;
  const { annotations, matched } = applyCorrections([extracted], all);
  const corrected = annotations[0] ?? extracted;
  const here = all.filter((c) => {
    const keys = c.change as { article?: string | null };
    return matched.get(c.id)?.has(id) || keys.article === id || c.articles.includes(id);
  });
  const reviewed = here.find((c) => c.change.op === 'review' && c.undoneBy === null) ?? null;
  return { article, extraction: side(extracted), corrected: side(corrected), corrections: here, reviewed };
}
