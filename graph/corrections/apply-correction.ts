import { randomUUID } from 'node:crypto';
import type {
  Correction,
  CorrectionChange,
  CorrectionInput,
  CorrectionResult,
} from '../../contract/api/corrections.ts';
import type { GraphDb, Transaction } from '../db/connection.ts';
import { type CorrectionJournal, journaledWrite } from './journal.ts';
import { statusOf, writeWithCorrections } from './reapply.ts';
import { CorrectionError, resolveCorrection } from './resolve.ts';
import { lockCorrections, readCorrections, readExtractions, saveCorrections } from './store.ts';

const MENTIONING = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
RETURN collect(DISTINCT a.id) AS articles`;

const SUPPORTING = `
MATCH (a:Article)-[:SUPPORTS]->(:Fact {id: $id})
RETURN collect(a.id) AS articles`;

/** The articles whose corrected annotation a change can alter (those to load again). */
async function affectedArticles(tx: Transaction, change: CorrectionChange): Promise<string[]> {
  const mentioning = async (ids: string[]) =>
    ((await tx.run(MENTIONING, { ids })).records[0]?.get('articles') as string[] | undefined) ?? [];
  switch (change.op) {
    case 'merge':
      // The survivor's articles too when its type changes, so every article agrees on it.
      return mentioning(
        change.type !== change.into.type || change.kind !== change.into.kind
          ? [change.entity.id, change.into.id]
          : [change.entity.id],
      );
    case 'split':
    case 'rename':
    case 'retype':
      return mentioning([change.entity.id]);
    case 'reject':
      return change.article ? [change.article] : mentioning([change.entity.id]);
    case 'removeRelation':
      return change.article
        ? [change.article]
        : (((await tx.run(SUPPORTING, { id: change.relation })).records[0]?.get('articles') as string[]) ??
            []);
    case 'accept':
    case 'respan':
    case 'addEntity':
    case 'addRelation':
    case 'review':
      return [change.article];
    case 'undo':
      return [];
  }
}

/**
 * Makes one correction in one transaction: checks it against the graph as it is (after taking the
 * correction lock, so a concurrent correction of the same entity is seen and answered with a 409), records
 * it, and loads the articles it touches again from what the extractor said, with every correction applied.
 * With a journal, the correction (and the one it undoes) is kept there before the transaction commits.
 */
export async function applyCorrection(
  db: GraphDb,
  input: CorrectionInput,
  by: string,
  journal?: CorrectionJournal,
): Promise<CorrectionResult> {
  return journaledWrite(db, journal, async (tx, keep) => {
    const seq = await lockCorrections(tx, true);
    const corrections = await readCorrections(tx);
    const change = await resolveCorrection(tx, input, corrections);
    const correction: Correction = {
      id: randomUUID(),
      seq,
      change,
      by,
      at: new Date().toISOString(),
      note: input.note?.trim() ? input.note.trim() : null,
      undoneBy: null,
      articles: [],
      status: 'recorded',
    };
    let affected: string[];
    let undone: Correction | undefined;
    if (change.op === 'undo') {
      const target = corrections.find((c) => c.id === change.correction) as Correction;
      affected = [...new Set([...target.articles, ...(await affectedArticles(tx, target.change))])];
      target.undoneBy = correction.id;
      target.status = statusOf(target);
      await saveCorrections(tx, [target]);
      undone = target;
    } else {
      affected = await affectedArticles(tx, change);
    }
    const { annotations, missing } = await readExtractions(tx, affected.sort());
    if (missing.length) {
      throw new CorrectionError(
        409,
        'article',
        `article: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} ` +
          'were loaded before corrections were kept; ingest them again first',
        { missing },
      );
    }
    const all = [...corrections, correction];
    await saveCorrections(tx, [correction]);
    await writeWithCorrections(tx, annotations, all);
    correction.status = statusOf(correction);
    await saveCorrections(tx, [correction]);
    await keep([correction.id], undone ? [correction, undone] : [correction]);
    return {
      correction,
      reloaded: annotations.map((a) => a.article.id),
      ...(change.op === 'merge' ? { redirect: { from: change.entity.id, to: change.into.id } } : {}),
    };
  });
}

/**
 * A correction whose id already exists is the same correction: an import adds only what is new (kept in
 * the journal, when there is one, before the transaction commits).
 */
export async function importCorrections(
  db: GraphDb,
  incoming: Correction[],
  journal?: CorrectionJournal,
): Promise<{ added: number; known: number; reloaded: number }> {
  return journaledWrite(db, journal, async (tx, keep) => {
    await lockCorrections(tx, false);
    const existing = await readCorrections(tx);
    const known = new Set(existing.map((c) => c.id));
    const fresh = incoming.filter((c) => !known.has(c.id)).sort((a, b) => a.seq - b.seq);
    if (fresh.length === 0) return { added: 0, known: incoming.length, reloaded: 0 };
    let seq = await lockCorrections(tx, false);
    const added = fresh.map((c) => ({ ...c, seq: ++seq, articles: [] as string[] }));
    await tx.run(`MATCH (l:CorrectionLog {id: 'corrections'}) SET l.seq = $seq`, { seq });
    await saveCorrections(tx, added);
    const all = [...existing, ...added];
    const affected = new Set<string>();
    for (const c of added) {
      const change =
        c.change.op === 'undo'
          ? all.find((t) => t.id === (c.change as { correction: string }).correction)?.change
          : c.change;
      if (change) for (const id of await affectedArticles(tx, change)) affected.add(id);
    }
    const { annotations } = await readExtractions(tx, [...affected].sort());
    await writeWithCorrections(tx, annotations, all);
    await keep(
      added.map((c) => c.id),
      added,
    );
    return { added: added.length, known: incoming.length - added.length, reloaded: annotations.length };
  });
}
