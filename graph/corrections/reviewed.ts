import type { Annotation } from '../../contract/annotation/types.ts';
import type { GraphDb } from '../db/connection.ts';
import { applyCorrections } from './apply-to-annotations.ts';
import { allCorrections } from './queries.ts';
import { readExtractions } from './store.ts';

/** More reviewed articles than an evaluation reads at once: a guard, not a page size. */
export const MAX_REVIEWED = 10_000;

const REVIEWED = `
MATCH (c:Correction {op: 'review'})
WHERE c.undoneBy IS NULL
WITH DISTINCT c.article AS id ORDER BY id LIMIT $limit
RETURN collect(id) AS ids`;

export interface ReviewedAnnotations {
  /** What the graph holds for each reviewed article: what the extractor said, with every correction applied. */
  annotations: Annotation[];
  /** Reviewed articles whose extraction is not kept (loaded before corrections were): left out. */
  missing: string[];
}

/**
 * The articles a reviewer marked reviewed, as the reviewers left them: `npm run eval -- --set reviewed` scores
 * the extractor against these.
 */
export async function reviewedAnnotations(db: GraphDb, limit = MAX_REVIEWED): Promise<ReviewedAnnotations> {
  const ids = ((await db.read(REVIEWED, { limit })).records[0]?.get('ids') as string[] | undefined) ?? [];
  if (ids.length === 0) return { annotations: [], missing: [] };
  const corrections = await allCorrections(db);
  const { annotations, missing } = await readExtractions(
    { run: (cypher, params) => db.read(cypher, params) },
    ids,
  );
  return { annotations: applyCorrections(annotations, corrections).annotations, missing };
}
