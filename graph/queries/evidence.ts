import type { Node, Relationship } from 'neo4j-driver';
import type { EdgeEvidence, EvidenceItem } from '../../contract/api/payloads.ts';
import { RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { toArticleRef, toGraphEdge } from './mappers.ts';

const FACT_PATTERN = RELATION_TYPES.join('|');

/** The relationship of a fact: its ends are on the fact node, so it is found between two index seeks. */
const EDGE = `
MATCH (f:Fact {id: $id})
MATCH (a:Entity {id: f.fromId})-[r:${FACT_PATTERN}]->(b:Entity {id: f.toId})
WHERE r.id = $id
RETURN r, a.id AS source, b.id AS target`;

/** Newest article first (support dates are UTC ISO, '' sorts last), then by article id for a stable order. */
const SUPPORTS = `
MATCH (:Fact {id: $id})<-[s:SUPPORTS]-(a:Article)
RETURN a, s
ORDER BY s.date DESC, a.id
LIMIT $limit`;

/** The newest few sentences of each of several facts (for the steps of paths). */
const SUPPORTS_OF_FACTS = `
UNWIND $ids AS fid
MATCH (f:Fact {id: fid})
RETURN fid, COLLECT {
  MATCH (f)<-[s:SUPPORTS]-(a:Article)
  RETURN {article: a, support: s} ORDER BY s.date DESC, a.id LIMIT $perFact
} AS items`;

function evidenceItem(article: Node, support: Relationship): EvidenceItem {
  const s = support.properties as Record<string, unknown>;
  return {
    article: toArticleRef(article),
    text: String(s.text ?? ''),
    start: Number(s.start ?? 0),
    end: Number(s.end ?? 0),
  };
}

export async function edgeEvidence(
  db: GraphDb,
  id: string,
  limit: number,
): Promise<EdgeEvidence | undefined> {
  const record = (await db.read(EDGE, { id })).records[0];
  if (!record) return undefined;
  const rel = record.get('r') as Relationship;
  const supports = await db.read(SUPPORTS, { id, limit });
  return {
    edge: toGraphEdge(rel, record.get('source') as string, record.get('target') as string),
    evidence: supports.records.map((r) => evidenceItem(r.get('a') as Node, r.get('s') as Relationship)),
    total: Number(rel.properties.weight ?? supports.records.length),
  };
}

/** The newest `perFact` supporting sentences of each fact, by fact id. */
export async function evidenceOfFacts(
  db: GraphDb,
  ids: string[],
  perFact: number,
): Promise<Map<string, EvidenceItem[]>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const result = await db.read(SUPPORTS_OF_FACTS, { ids: unique, perFact });
  return new Map(
    result.records.map((r) => [
      r.get('fid') as string,
      (r.get('items') as { article: Node; support: Relationship }[]).map((i) =>
        evidenceItem(i.article, i.support),
      ),
    ]),
  );
}
