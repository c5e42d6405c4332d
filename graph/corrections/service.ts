import type { Correction, CorrectionInput } from '../../contract/api/corrections.ts';
import type { GraphDb } from '../db/connection.ts';
import { applyCorrection, importCorrections } from './apply-correction.ts';
import type { CorrectionJournal } from './journal.ts';
import { allCorrections, listCorrections, reviewArticle, reviewQueue } from './queries.ts';

const REDIRECT = `MATCH (r:Redirect {id: $id}) RETURN r.to AS to`;

/** What the HTTP API and the commands do with corrections. */
export class CorrectionService {
  /** With a journal (the archive's), every correction made or imported is kept there before it commits. */
  constructor(
    readonly db: GraphDb,
    private readonly journal?: CorrectionJournal,
  ) {}

  apply(input: CorrectionInput, by: string) {
    return applyCorrection(this.db, input, by, this.journal);
  }

  import(corrections: Correction[]) {
    return importCorrections(this.db, corrections, this.journal);
  }

  list(filter: { entity?: string; article?: string; limit: number }) {
    return listCorrections(this.db, filter);
  }

  all() {
    return allCorrections(this.db);
  }

  reviewQueue(params: { limit: number; offset: number }) {
    return reviewQueue(this.db, params);
  }

  reviewArticle(id: string) {
    return reviewArticle(this.db, id);
  }

  /** Where an id merged away now leads, if it was. */
  async redirectOf(id: string): Promise<string | undefined> {
    return (await this.db.read<{ to: string }>(REDIRECT, { id })).records[0]?.get('to');
  }
}
