import type { Annotation } from '../../contract/annotation/types.ts';
import type { Correction, CorrectionsReport } from '../../contract/api/corrections.ts';
import type { Transaction } from '../db/connection.ts';
import type { BatchCounts, WriteBatchOptions } from '../loader/write-batch.ts';
import { applyCorrections } from './apply-to-annotations.ts';
import { targetOf } from './describe.ts';
import { saveApplication, syncRedirects } from './store.ts';
import { writeCorrected } from './write-corrected.ts';

export interface Reapplied {
  counts: BatchCounts;
  /** Corrections that changed something in these articles. */
  applied: string[];
  /** Corrections that were about these articles and no longer find their target anywhere. */
  notApplicable: CorrectionsReport['notApplicableList'];
}

/** Undo and accept change nothing themselves; every other correction applies somewhere or nowhere. */
const RECORD_ONLY = new Set(['undo', 'accept']);

export function statusOf(c: Correction): Correction['status'] {
  if (c.undoneBy !== null) return 'undone';
  if (RECORD_ONLY.has(c.change.op)) return 'recorded';
  return c.articles.length > 0 ? 'applied' : 'not-applicable';
}

/**
 * The one step every write of articles goes through: what the extractor said about them, with every
 * correction applied, written by the loader; then each correction remembers the articles it applies in,
 * and says whether it still finds a target. Runs inside the caller's transaction (after the correction lock).
 */
export async function writeWithCorrections(
  tx: Transaction,
  extracted: Annotation[],
  corrections: Correction[],
  how: WriteBatchOptions = {},
): Promise<Reapplied> {
  const { annotations, matched } = applyCorrections(extracted, corrections);
  const counts = await writeCorrected(tx, annotations, corrections, how);
  const loaded = new Set(extracted.map((a) => a.article.id));
  const applied: string[] = [];
  const notApplicable: Reapplied['notApplicable'] = [];
  const updates: Parameters<typeof saveApplication>[1] = [];
  for (const c of corrections) {
    const hits = matched.get(c.id) ?? new Set<string>();
    const elsewhere = c.articles.filter((a) => !loaded.has(a));
    const scope = targetOf(c.change).article;
    const relevant =
      hits.size > 0 || elsewhere.length < c.articles.length || (scope !== null && loaded.has(scope));
    if (!relevant) continue;
    const articles = [...new Set([...elsewhere, ...hits])].sort();
    const next: Correction = { ...c, articles };
    next.status = statusOf(next);
    if (c.undoneBy === null && !RECORD_ONLY.has(c.change.op)) {
      if (hits.size > 0) applied.push(c.id);
      else if (articles.length === 0) {
        notApplicable.push({ id: c.id, op: c.change.op, target: targetOf(c.change).text });
      }
    }
    if (next.status !== c.status || articles.join('\n') !== c.articles.join('\n')) {
      updates.push({ id: c.id, articles, status: next.status, undoneBy: c.undoneBy });
      c.articles = articles;
      c.status = next.status;
    }
  }
  await saveApplication(tx, updates);
  await syncRedirects(tx, corrections);
  return { counts, applied, notApplicable };
}

/** One report for the batches of a load: a correction counts once, as applied if any batch applied it. */
export function summarise(batches: Pick<Reapplied, 'applied' | 'notApplicable'>[]): CorrectionsReport {
  const applied = new Set(batches.flatMap((b) => b.applied));
  const notApplicable = new Map<string, CorrectionsReport['notApplicableList'][number]>();
  for (const b of batches)
    for (const n of b.notApplicable) if (!applied.has(n.id)) notApplicable.set(n.id, n);
  return {
    applied: applied.size,
    notApplicable: notApplicable.size,
    notApplicableList: [...notApplicable.values()],
  };
}
