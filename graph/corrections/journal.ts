import { randomUUID } from 'node:crypto';
import type { Correction } from '../../contract/api/corrections.ts';
import type { GraphDb, Transaction } from '../db/connection.ts';

/**
 * Where corrections are kept outside the graph as they are made (the archive), so the graph can be made
 * again with them. Each attempt of a transaction keeps what it made before it commits; an attempt that
 * did not commit is voided afterwards.
 */
export interface CorrectionJournal {
  /** Inside the transaction, before it commits: the corrections this attempt made or changed. */
  keep(attempt: string, made: string[], corrections: Correction[]): Promise<void>;
  /** Attempts whose transaction did not commit. */
  void(attempts: string[]): Promise<void>;
}

export type Keep = (made: string[], corrections: Correction[]) => Promise<void>;

const EXISTING = `UNWIND $ids AS id MATCH (c:Correction {id: id}) RETURN collect(c.id) AS ids`;

/**
 * A write transaction that records corrections in the journal before it commits. However it ends (a
 * retried attempt, an error, a commit whose answer was lost), the attempts whose corrections are not in
 * the graph afterwards are voided; when the graph cannot be asked, none is, so the journal may hold a
 * correction the graph lacks, never the reverse.
 */
export async function journaledWrite<R>(
  db: GraphDb,
  journal: CorrectionJournal | undefined,
  work: (tx: Transaction, keep: Keep) => Promise<R>,
): Promise<R> {
  if (!journal) return db.writeTransaction((tx) => work(tx, async () => {}));
  const attempts = new Map<string, string[]>();
  try {
    return await db.writeTransaction((tx) => {
      const attempt = randomUUID();
      return work(tx, async (made, corrections) => {
        if (made.length === 0) return;
        await journal.keep(attempt, made, corrections);
        attempts.set(attempt, made);
      });
    });
  } finally {
    if (attempts.size > 0) await voidUncommitted(db, journal, attempts);
  }
}

async function voidUncommitted(db: GraphDb, journal: CorrectionJournal, attempts: Map<string, string[]>) {
  let existing: Set<string>;
  try {
    const ids = [...attempts.values()].flat();
    const result = await db.read<{ ids: string[] }>(EXISTING, { ids });
    existing = new Set(result.records[0]?.get('ids') ?? []);
  } catch {
    return;
  }
  const uncommitted = [...attempts].filter(([, made]) => !made.some((id) => existing.has(id)));
  if (uncommitted.length > 0) await journal.void(uncommitted.map(([attempt]) => attempt));
}
