import type { Annotation } from '../../contract/annotation/types.ts';
import type { CorrectionsReport } from '../../contract/api/corrections.ts';
import type { GraphDb } from '../db/connection.ts';
import { type LoadOptions, type LoadSummary, loadAnnotationStream } from '../loader/load-annotations.ts';
import { type Reapplied, summarise, writeWithCorrections } from './reapply.ts';
import { dropExtractions, lockCorrections, readCorrections, storeExtractions } from './store.ts';

export interface CorrectedLoadSummary extends LoadSummary {
  corrections: CorrectionsReport;
}

/**
 * Load, then apply corrections: the one way articles enter the graph (`npm run ingest`, `npm run seed`,
 * seeding at start, `POST /api/ingest`). In each batch's transaction it keeps what the extractor said,
 * applies every correction to it and lets the loader write the result, so a re-ingest never brings back
 * a rejected entity, undoes a merge or loses an added relation.
 */
export async function loadCorrected(
  db: GraphDb,
  annotations: AsyncIterable<Annotation> | Iterable<Annotation>,
  options: Omit<LoadOptions, 'writer'> = {},
): Promise<CorrectedLoadSummary> {
  const batches: Pick<Reapplied, 'applied' | 'notApplicable'>[] = [];
  let pending: Pick<Reapplied, 'applied' | 'notApplicable'> | undefined;
  const summary = await loadAnnotationStream(db, annotations, {
    ...options,
    writer: async (tx, extracted, how) => {
      await lockCorrections(tx, false);
      const corrections = await readCorrections(tx);
      await storeExtractions(tx, extracted);
      const { counts, applied, notApplicable } = await writeWithCorrections(tx, extracted, corrections, how);
      await dropExtractions(tx, counts.replacedIds);
      pending = { applied, notApplicable };
      return counts;
    },
    onProgress: (progress) => {
      // Called after the batch committed: the last attempt's report is the one that counts.
      if (pending) batches.push(pending);
      pending = undefined;
      options.onProgress?.(progress);
    },
  });
  return { ...summary, corrections: summarise(batches) };
}
