import type { GraphDb } from '../db/connection.ts';
import { entityDetail } from './entity.ts';
import { edgeEvidence } from './evidence.ts';
import { type NeighborhoodParams, neighborhood } from './neighborhood.ts';
import { type SearchParams, search } from './search.ts';
import { stats } from './stats.ts';

/** The named reads the HTTP API may perform. Route handlers call these and nothing else. */
export class GraphRepository {
  constructor(readonly db: GraphDb) {}

  stats() {
    return stats(this.db);
  }

  search(params: SearchParams) {
    return search(this.db, params);
  }

  entity(id: string) {
    return entityDetail(this.db, id);
  }

  neighborhood(params: NeighborhoodParams) {
    return neighborhood(this.db, params);
  }

  edgeEvidence(id: string) {
    return edgeEvidence(this.db, id);
  }

  isUp() {
    return this.db.isUp();
  }
}
