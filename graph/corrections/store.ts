import type { Annotation } from '../../contract/annotation/types.ts';
import type { Correction, CorrectionChange } from '../../contract/api/corrections.ts';
import type { Transaction } from '../db/connection.ts';

/**
 * Where corrections live: `:Correction` nodes (the change as JSON, who, when, why, where it applied),
 * `:Redirect` nodes for ids merged away, and `:Extraction` nodes with what the extractor said about each
 * article, so an article can be loaded again with every correction applied. None of them is connected to
 * the graph: loading and deleting articles never touches them (a corrected load drops the extraction of an
 * article a later reading of its page replaced).
 */

/** More corrections than people can make: a guard, not a page size. */
export const MAX_CORRECTIONS = 200_000;

/**
 * Every correction and every corrected load writes this one node first: they apply one after another, and
 * what a transaction reads after it sees everything committed before.
 */
const LOCK = `
MERGE (l:CorrectionLog {id: 'corrections'})
ON CREATE SET l.seq = 0
SET l.seq = l.seq + $step
RETURN l.seq AS seq`;

export async function lockCorrections(tx: Transaction, forNewCorrection: boolean): Promise<number> {
  const result = await tx.run<{ seq: number }>(LOCK, { step: forNewCorrection ? 1 : 0 });
  return Number(result.records[0]?.get('seq') ?? 0);
}

const READ_ALL = `
MATCH (c:Correction)
RETURN c.id AS id, c.seq AS seq, c.change AS change, c.by AS by, c.at AS at, c.note AS note,
       c.undoneBy AS undoneBy, c.articles AS articles, c.status AS status
ORDER BY c.seq
LIMIT $limit`;

export interface CorrectionRow {
  id: string;
  seq: number;
  change: string;
  by: string;
  at: string;
  note: string | null;
  undoneBy: string | null;
  articles: string[] | null;
  status: Correction['status'];
}

export function toCorrection(row: CorrectionRow): Correction {
  return {
    id: row.id,
    seq: Number(row.seq),
    change: JSON.parse(row.change) as CorrectionChange,
    by: row.by,
    at: row.at,
    note: row.note ?? null,
    undoneBy: row.undoneBy ?? null,
    articles: row.articles ?? [],
    status: row.status,
  };
}

export async function readCorrections(tx: Transaction): Promise<Correction[]> {
  const result = await tx.run(READ_ALL, { limit: MAX_CORRECTIONS });
  return result.records.map((r) => toCorrection(r.toObject() as unknown as CorrectionRow));
}

/** Entity ids and the article a correction names: what `GET /api/corrections?entity=&article=` finds it by. */
export function correctionKeys(change: CorrectionChange): { entities: string[]; article: string | null } {
  switch (change.op) {
    case 'merge':
      return { entities: [change.entity.id, change.into.id], article: null };
    case 'split':
      return { entities: [change.entity.id, change.created.id], article: null };
    case 'rename':
    case 'retype':
      return { entities: [change.entity.id], article: null };
    case 'reject':
      return { entities: [change.entity.id], article: change.article };
    case 'accept':
    case 'respan':
    case 'addEntity':
      return { entities: [change.entity.id], article: change.article };
    case 'addRelation':
    case 'removeRelation':
      return { entities: [change.from.id, change.to.id], article: change.article };
    case 'review':
      return { entities: [], article: change.article };
    case 'undo':
      return { entities: [], article: null };
  }
}

const SAVE = `
UNWIND $rows AS row
MERGE (c:Correction {id: row.id})
SET c.seq = row.seq, c.op = row.op, c.change = row.change, c.by = row.by, c.at = row.at, c.note = row.note,
    c.undoneBy = row.undoneBy, c.articles = row.articles, c.status = row.status,
    c.entities = row.entities, c.article = row.article`;

/** Writes corrections whole (made now, or imported from a file: the same id is the same correction). */
export async function saveCorrections(tx: Transaction, corrections: Correction[]): Promise<void> {
  if (corrections.length === 0) return;
  const rows = corrections.map((c) => {
    const keys = correctionKeys(c.change);
    return {
      id: c.id,
      seq: c.seq,
      op: c.change.op,
      change: JSON.stringify(c.change),
      by: c.by,
      at: c.at,
      note: c.note,
      undoneBy: c.undoneBy,
      articles: c.articles,
      status: c.status,
      entities: keys.entities,
      article: keys.article,
    };
  });
  await tx.run(SAVE, { rows });
}

const SET_APPLICATION = `
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.articles = row.articles, c.status = row.status, c.undoneBy = row.undoneBy`;

export async function saveApplication(
  tx: Transaction,
  rows: { id: string; articles: string[]; status: Correction['status']; undoneBy: string | null }[],
): Promise<void> {
  if (rows.length) await tx.run(SET_APPLICATION, { rows });
}

const STORE_EXTRACTIONS = `
UNWIND $rows AS row
MERGE (x:Extraction {article: row.article})
SET x.annotation = row.annotation, x.storedAt = datetime.transaction()`;

/** Keeps what the extractor said (the article's text stays on the article only). */
export async function storeExtractions(tx: Transaction, annotations: Annotation[]): Promise<void> {
  const rows = annotations.map((a) => ({
    article: a.article.id,
    annotation: JSON.stringify({ ...a, article: { ...a.article, text: '' } }),
  }));
  if (rows.length) await tx.run(STORE_EXTRACTIONS, { rows });
}

const DROP_EXTRACTIONS = `
UNWIND $ids AS id
MATCH (x:Extraction {article: id})
WHERE NOT EXISTS { MATCH (:Article {id: id}) }
DELETE x`;

/** What the extractor said about articles a later reading of their page replaced: nothing is left to correct. */
export async function dropExtractions(tx: Transaction, ids: string[]): Promise<void> {
  if (ids.length) await tx.run(DROP_EXTRACTIONS, { ids });
}

const READ_EXTRACTIONS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (x:Extraction {article: id})
RETURN id, x.annotation AS annotation, a.text AS text`;

/**
 * The extractions of some articles; `missing` lists the articles that have none. An id the graph no longer
 * holds (an article replaced by a later reading of its page) is passed over: nothing is left to correct.
 */
export async function readExtractions(
  tx: Transaction,
  ids: string[],
): Promise<{ annotations: Annotation[]; missing: string[] }> {
  const result = await tx.run<{ id: string; annotation: string | null; text: string | null }>(
    READ_EXTRACTIONS,
    { ids },
  );
  const annotations: Annotation[] = [];
  const missing: string[] = [];
  for (const record of result.records) {
    const json = record.get('annotation');
    const text = record.get('text');
    if (json === null || text === null) {
      missing.push(record.get('id'));
      continue;
    }
    const annotation = JSON.parse(json) as Annotation;
    annotation.article.text = text;
    annotations.push(annotation);
  }
  return { annotations, missing };
}

const SYNC_REDIRECTS = `
CALL () {
  MATCH (r:Redirect) WHERE NOT r.id IN $ids
  DELETE r
}
UNWIND $rows AS row
MERGE (r:Redirect {id: row.id})
SET r.to = row.to, r.correction = row.correction`;

/** Redirects from the merges that are not undone; a chain (A into B, B into C) leads to its end. */
export async function syncRedirects(tx: Transaction, corrections: Correction[]): Promise<void> {
  const into = new Map<string, { to: string; correction: string }>();
  for (const c of corrections) {
    if (c.undoneBy === null && c.change.op === 'merge') {
      into.set(c.change.entity.id, { to: c.change.into.id, correction: c.id });
    }
  }
  const rows = [...into].map(([id, { correction }]) => {
    let to = id;
    const seen = new Set<string>([id]);
    for (let next = into.get(to); next && !seen.has(next.to); next = into.get(to)) {
      to = next.to;
      seen.add(to);
    }
    return { id, to, correction };
  });
  await tx.run(SYNC_REDIRECTS, { ids: rows.map((r) => r.id), rows });
}
