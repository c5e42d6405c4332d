import { decodeCursor } from '../../contract/api/cursor.ts';
import type { EmbedTarget } from '../../contract/api/embed-url.ts';
import type { GraphPayload, SnapshotInput } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';
import { articleDetail } from './article-detail.ts';
import { type ArticleListParams, listArticles } from './article-list.ts';
import { entityDetail } from './entity.ts';
import { type EntitySummaryParams, entitySummary } from './entity-summary.ts';
import { edgeEvidence } from './evidence.ts';
import { type NeighborhoodParams, neighborhood } from './neighborhood.ts';
import { corpusOverview } from './overview.ts';
import { findPaths, type PathsParams } from './paths.ts';
import { relatedArticles } from './related.ts';
import { type SearchParams, search } from './search.ts';
import { loadSnapshot, saveSnapshot } from './snapshots.ts';
import { stats } from './stats.ts';
import { type EdgeFilter, edgesAmong, nodesByIds } from './subgraph.ts';

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

  /** An entity's relationship counts and one page of its strongest relationships (cheap on hubs). */
  entitySummary(params: EntitySummaryParams) {
    return entitySummary(this.db, params);
  }

  /** The corpus at a glance, for the start page. */
  overview() {
    return corpusOverview(this.db);
  }

  neighborhood(params: NeighborhoodParams) {
    return neighborhood(this.db, params);
  }

  /** A chosen set of entities and the relationships among them (the explorer's current view). */
  async subgraph(ids: string[], filter: EdgeFilter): Promise<GraphPayload> {
    const [nodes, edges] = await Promise.all([nodesByIds(this.db, ids), edgesAmong(this.db, ids, filter)]);
    return { nodes, edges, truncated: false };
  }

  edgeEvidence(id: string, limit: number) {
    return edgeEvidence(this.db, id, limit);
  }

  paths(params: PathsParams) {
    return findPaths(this.db, params);
  }

  /** Undefined when the cursor is not one this API gave out. */
  articles(params: ArticleListParams) {
    const cursor = params.cursor ? decodeCursor(params.cursor) : undefined;
    if (params.cursor && !cursor) return undefined;
    return listArticles(this.db, params, cursor);
  }

  article(id: string) {
    return articleDetail(this.db, id);
  }

  relatedArticles(id: string, limit: number) {
    return relatedArticles(this.db, id, limit);
  }

  /** The caption of an embeddable thing, or undefined when it does not exist. */
  async embedTitle(target: EmbedTarget): Promise<string | undefined> {
    const name = async (id: string) =>
      (
        await this.db.read<{ name: string }>('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id })
      ).records[0]?.get('name');
    switch (target.kind) {
      case 'entity':
        return name(target.id);
      case 'article': {
        const result = await this.db.read<{ title: string }>(
          'MATCH (a:Article {id: $id}) RETURN a.title AS title',
          {
            id: target.id,
          },
        );
        return result.records[0]?.get('title');
      }
      case 'path': {
        const [from, to] = await Promise.all([name(target.from), name(target.to)]);
        return from && to ? `${from} → ${to}` : undefined;
      }
      case 'view':
        return (await loadSnapshot(this.db, target.id))?.title;
    }
  }

  saveSnapshot(input: SnapshotInput) {
    return saveSnapshot(this.db, input);
  }

  snapshot(id: string) {
    return loadSnapshot(this.db, id);
  }

  isUp(withinMs?: number) {
    return this.db.isUp(withinMs);
  }
}
